using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using AzLbNsgAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace AzLbNsgAnalyzers.Extraction;

/// <summary>
/// Interpreters are reused from one analysed body to the next, with their heap objects, frames, argument arrays and
/// model builder. A build analyses every method of an infrastructure project in a row; what one body's analysis
/// allocated was, in the main, these, and that garbage made the compiler's own heap be collected more often.
/// Nothing the model holds comes from here (origins and values the model keeps are made anew), and a returned
/// interpreter keeps no symbol, syntax node or operation: no compilation stays reachable through the pool.
/// </summary>
internal sealed partial class Interpreter
{
    // A returned interpreter keeps up to this many heap objects for the next body (a body builds a few dozen to hundreds).
    private const int MaxSpareObjects = 2048;

    // Argument arrays are recycled by length up to this many arguments.
    private const int MaxRecycledArguments = 8;

    // A few interpreters, so that the threads of a concurrent build each find one; a miss just makes a new one.
    private static readonly Interpreter?[] Pool = new Interpreter?[8];

    private readonly List<HeapObject> _spareObjects = new();
    private readonly Stack<Frame> _spareFrames = new();
    private readonly Stack<AbstractValue[]>?[] _spareArguments = new Stack<AbstractValue[]>?[MaxRecycledArguments + 1];
    private ModelBuilder? _modelBuilder;

    public Interpreter(AzureTypes types, SourceOperations sourceOperations, CancellationToken cancellationToken)
    {
        _types = types;
        _sourceOperations = sourceOperations;
        _cancellationToken = cancellationToken;
        _rootFrame = new Frame();
        _frame = _rootFrame;
    }

    /// <summary>An interpreter from the pool (or a new one) for one body; give it back with <see cref="Return"/>.</summary>
    public static Interpreter Rent(AzureTypes types, SourceOperations sourceOperations, CancellationToken cancellationToken)
    {
        for (int i = 0; i < Pool.Length; i++)
        {
            if (Volatile.Read(ref Pool[i]) is not null && Interlocked.Exchange(ref Pool[i], null) is { } pooled)
            {
                pooled._types = types;
                pooled._sourceOperations = sourceOperations;
                pooled._cancellationToken = cancellationToken;
                return pooled;
            }
        }

        return new Interpreter(types, sourceOperations, cancellationToken);
    }

    /// <summary>The model builder this interpreter's heap is read with (reused with the interpreter).</summary>
    public ModelBuilder ModelBuilder => _modelBuilder ??= new ModelBuilder();

    /// <summary>
    /// Clears the interpreter and puts it back in the pool. The heap's objects are recycled: nothing read from
    /// <see cref="Heap"/> may be used after this (the model built from it may).
    /// </summary>
    public void Return()
    {
        foreach (var obj in _heap)
        {
            obj.Recycle();
            if (_spareObjects.Count < MaxSpareObjects)
            {
                _spareObjects.Add(obj);
            }
        }

        _heap.Clear();
        if (_heap.Capacity > MaxSpareObjects)
        {
            _heap.Capacity = MaxSpareObjects;
        }

        // Every call restores its caller's frame on the way out, exceptions included; the root is the one left.
        _frame = _rootFrame;
        _frame.Clear();
        _callSites.Clear();
        _callSiteArray = ImmutableArray<SourcePlace>.Empty;
        _activeMethods.Clear();
        _localFunctions.Clear();
        _calledLocalFunctions.Clear();
        _fieldsBeingRead.Clear();
        _scannedBodies.Clear();
        _unscannedBodies.Clear();
        _sourceBodies.Clear();
        _loopAssignedOuterLocals.Clear();
        _loopScanStack.Clear();
        _faults = null;
        _conditionalDepth = 0;
        _loopDepth = 0;
        _uncertainLoopDepth = 0;
        _steps = 0;
        _nesting = 0;
        _types = null!;
        _sourceOperations = null!;
        _cancellationToken = default;

        for (int i = 0; i < Pool.Length; i++)
        {
            if (Interlocked.CompareExchange(ref Pool[i], this, null) is null)
            {
                return;
            }
        }
    }

    private HeapObject RentObject()
    {
        int last = _spareObjects.Count - 1;
        if (last < 0)
        {
            return new HeapObject();
        }

        var obj = _spareObjects[last];
        _spareObjects.RemoveAt(last);
        return obj;
    }

    private Frame RentFrame(Frame? parent, AbstractValue thisValue)
    {
        var frame = _spareFrames.Count > 0 ? _spareFrames.Pop() : new Frame();
        frame.Enter(parent, thisValue, _conditionalDepth);
        return frame;
    }

    private void ReleaseFrame(Frame frame)
    {
        frame.Clear();
        _spareFrames.Push(frame);
    }

    // Arguments live while their call or creation is evaluated, and calls nest: recycled in that order.
    private AbstractValue[] RentArgumentArray(int length)
    {
        if (length == 0)
        {
            return Array.Empty<AbstractValue>();
        }

        if (length <= MaxRecycledArguments && _spareArguments[length] is { Count: > 0 } spare)
        {
            return spare.Pop();
        }

        return new AbstractValue[length];
    }

    /// <summary>Gives back an argument array once the call or creation is done with it (its values live on where stored).</summary>
    private void Release(Arguments arguments)
    {
        var values = arguments.Values;
        if (values.Length == 0 || values.Length > MaxRecycledArguments)
        {
            return;
        }

        Array.Clear(values, 0, values.Length);
        (_spareArguments[values.Length] ??= new Stack<AbstractValue[]>()).Push(values);
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Extraction;
using Microsoft.CodeAnalysis;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>
/// Extraction and evaluation shared by every rule's analyzer: one per compilation, one result per
/// analysed body, so running thirteen analyzers costs one interpretation of each method.
/// </summary>
internal sealed class AnalysisCache
{
    private static readonly ConditionalWeakTable<Compilation, AnalysisCache> Caches = new();

    private readonly ConcurrentDictionary<SyntaxNode, Entry> _results = new();
    private readonly SourceOperations _sourceOperations;
    private int _consumers;

    private AnalysisCache(Compilation compilation, AzureTypes types)
    {
        _sourceOperations = new SourceOperations(compilation);
        Types = types;
    }

    public AzureTypes Types { get; }

    public static AnalysisCache For(Compilation compilation, AzureTypes types) =>
        Caches.GetValue(compilation, c => new AnalysisCache(c, types));

    /// <summary>Each analyzer that will read bodies registers once per compilation (from its compilation-start action).</summary>
    public void RegisterConsumer() => Interlocked.Increment(ref _consumers);

    /// <summary>
    /// The analysis of a body, computed by the first request. Hand the lease back with <see cref="Release"/> once done
    /// with it: when every registered analyzer has read the body and every lease is back, the model is recycled.
    /// </summary>
    public Lease Get(IOperation body, CancellationToken cancellationToken)
    {
        Entry entry;
        while (true)
        {
            // Looked up first: thirteen of the fourteen requests for a body find it, and make no closure for a factory.
            if (!_results.TryGetValue(body.Syntax, out entry!))
            {
                entry = _results.GetOrAdd(body.Syntax, NewEntry(body, cancellationToken));
            }

            lock (entry)
            {
                // An entry retired between the look-up and here may already be recycled: take the body's next entry.
                if (!entry.Retired)
                {
                    entry.Leases++;
                    break;
                }
            }
        }

        NetworkAnalysis? value;
        try
        {
            value = entry.Value.Value;
        }
        catch (OperationCanceledException)
        {
            // A cancelled computation must not be cached for the next request (and it built no model to recycle).
            Retire(body.Syntax, entry);
            lock (entry)
            {
                entry.Leases--;
            }

            throw;
        }

        // Once every registered analyzer has read it, drop it: a build keeps the compilation (and this cache) alive,
        // and holding every method's analysis costs memory and garbage-collection time.
        if (Interlocked.Increment(ref entry.Served) >= Volatile.Read(ref _consumers))
        {
            Retire(body.Syntax, entry);
        }

        return new Lease(value, entry);
    }

    /// <summary>
    /// Gives a lease back. The last lease of a retired entry returns its model's objects for the next body: nobody can
    /// read that analysis any more (a later request for the body computes a new one).
    /// </summary>
    public static void Release(in Lease lease)
    {
        if (lease.Entry is not { } entry)
        {
            return;
        }

        bool recycle;
        lock (entry)
        {
            entry.Leases--;
            recycle = entry.Retired && entry.Leases == 0 && !entry.Recycled;
            entry.Recycled |= recycle;
        }

        if (recycle && lease.Analysis is { } analysis)
        {
            ModelParts.Return(analysis.Topology);
        }
    }

    private void Retire(SyntaxNode key, Entry entry)
    {
        lock (entry)
        {
            entry.Retired = true;
        }

        // Only this entry: another may already stand for the body.
        ((ICollection<KeyValuePair<SyntaxNode, Entry>>)_results).Remove(new KeyValuePair<SyntaxNode, Entry>(key, entry));
    }

    private Entry NewEntry(IOperation body, CancellationToken cancellationToken) =>
        new(new Lazy<NetworkAnalysis?>(() => Analyze(body, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication));

    private NetworkAnalysis? Analyze(IOperation body, CancellationToken cancellationToken)
    {
        var topology = TopologyExtractor.Extract(body, Types, _sourceOperations, cancellationToken);
        return topology is null ? null : new NetworkAnalysis(topology);
    }

    /// <summary>One analyzer's hold on a body's analysis.</summary>
    public readonly struct Lease
    {
        public Lease(NetworkAnalysis? analysis, Entry entry)
        {
            Analysis = analysis;
            Entry = entry;
        }

        public NetworkAnalysis? Analysis { get; }

        internal Entry? Entry { get; }
    }

    internal sealed class Entry
    {
        public Entry(Lazy<NetworkAnalysis?> value)
        {
            Value = value;
        }

        public Lazy<NetworkAnalysis?> Value { get; }

        public int Served;

        // Guarded by the entry's lock: leases out, retired from the cache, model recycled.
        public int Leases;
        public bool Retired;
        public bool Recycled;
    }
}

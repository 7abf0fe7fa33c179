using System;
using System.Collections.Concurrent;
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

    public NetworkAnalysis? Get(IOperation body, CancellationToken cancellationToken)
    {
        // Looked up first: thirteen of the fourteen requests for a body find it, and make no closure for a factory.
        if (!_results.TryGetValue(body.Syntax, out var entry))
        {
            entry = _results.GetOrAdd(body.Syntax, NewEntry(body, cancellationToken));
        }

        NetworkAnalysis? value;
        try
        {
            value = entry.Value.Value;
        }
        catch (OperationCanceledException)
        {
            // A cancelled computation must not be cached for the next request.
            _results.TryRemove(body.Syntax, out _);
            throw;
        }

        // Once every registered analyzer has read it, drop it: a build keeps the compilation (and this cache) alive,
        // and holding every method's analysis costs memory and garbage-collection time.
        if (Interlocked.Increment(ref entry.Served) >= Volatile.Read(ref _consumers))
        {
            _results.TryRemove(body.Syntax, out _);
        }

        return value;
    }

    private Entry NewEntry(IOperation body, CancellationToken cancellationToken) =>
        new(new Lazy<NetworkAnalysis?>(() => Analyze(body, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication));

    private NetworkAnalysis? Analyze(IOperation body, CancellationToken cancellationToken)
    {
        var topology = TopologyExtractor.Extract(body, Types, _sourceOperations, cancellationToken);
        return topology is null ? null : new NetworkAnalysis(topology);
    }

    private sealed class Entry
    {
        public Entry(Lazy<NetworkAnalysis?> value)
        {
            Value = value;
        }

        public Lazy<NetworkAnalysis?> Value { get; }

        public int Served;
    }
}

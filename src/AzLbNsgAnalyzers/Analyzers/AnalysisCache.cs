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

    private readonly ConcurrentDictionary<SyntaxNode, Lazy<NetworkAnalysis?>> _results = new();
    private readonly Compilation _compilation;

    private AnalysisCache(Compilation compilation, AzureTypes types)
    {
        _compilation = compilation;
        Types = types;
    }

    public AzureTypes Types { get; }

    public static AnalysisCache For(Compilation compilation, AzureTypes types) =>
        Caches.GetValue(compilation, c => new AnalysisCache(c, types));

    public NetworkAnalysis? Get(IOperation body, CancellationToken cancellationToken)
    {
        var lazy = _results.GetOrAdd(body.Syntax, _ => new Lazy<NetworkAnalysis?>(() => Analyze(body, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch (System.OperationCanceledException)
        {
            // A cancelled computation must not be cached for the next request.
            _results.TryRemove(body.Syntax, out _);
            throw;
        }
    }

    private NetworkAnalysis? Analyze(IOperation body, CancellationToken cancellationToken)
    {
        var topology = TopologyExtractor.Extract(body, Types, _compilation, cancellationToken);
        return topology is null ? null : new NetworkAnalysis(topology);
    }
}

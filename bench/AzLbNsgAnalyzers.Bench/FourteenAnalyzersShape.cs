using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using AzLbNsgAnalyzers.Analyzers;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Extraction;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AzLbNsgAnalyzers.Bench;

/// <summary>
/// The registration shape the package had until 2026-12-04 (session 23), kept to measure against the one analyzer in
/// the same process: one analyzer per rule ID, each with its own operation-block action, sharing each body's analysis
/// through a per-compilation cache that drops an entry once every analyzer has read it. Findings are not reported
/// (the variant it is compared with drops them too).
/// </summary>
internal static class FourteenAnalyzersShape
{
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        AllRules.All.Select(rule => (DiagnosticAnalyzer)new TimedAnalyzer(new RuleAnalyzer(rule.Id, rule.Analyze), swallowDiagnostics: true)).ToImmutableArray();

    private sealed class RuleAnalyzer : DiagnosticAnalyzer
    {
        private readonly Func<NetworkAnalysis, IEnumerable<Finding>> _analyze;

        public RuleAnalyzer(string id, Func<NetworkAnalysis, IEnumerable<Finding>> analyze)
        {
            _analyze = analyze;
            SupportedDiagnostics = Descriptors.All.Where(d => d.Id == id).ToImmutableArray();
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var types = AzureTypes.TryCreate(start.Compilation);
                if (types is null)
                {
                    return;
                }

                var cache = SharedCache.For(start.Compilation, types);
                cache.RegisterConsumer();
                start.RegisterOperationBlockAction(block =>
                {
                    foreach (var body in block.OperationBlocks)
                    {
                        if (body is not (IMethodBodyOperation or IConstructorBodyOperation or IBlockOperation) || cache.Get(body, block.CancellationToken) is not { } analysis)
                        {
                            continue;
                        }

                        foreach (var finding in _analyze(analysis))
                        {
                            GC.KeepAlive(finding);
                        }
                    }
                });
            });
        }
    }

    private sealed class SharedCache
    {
        private static readonly ConditionalWeakTable<Compilation, SharedCache> Caches = new();

        private readonly ConcurrentDictionary<SyntaxNode, Entry> _results = new();
        private readonly SourceOperations _sourceOperations;
        private readonly AzureTypes _types;
        private int _consumers;

        private SharedCache(Compilation compilation, AzureTypes types)
        {
            _sourceOperations = new SourceOperations(compilation);
            _types = types;
        }

        public static SharedCache For(Compilation compilation, AzureTypes types) => Caches.GetValue(compilation, c => new SharedCache(c, types));

        public void RegisterConsumer() => Interlocked.Increment(ref _consumers);

        public NetworkAnalysis? Get(IOperation body, CancellationToken cancellationToken)
        {
            if (!_results.TryGetValue(body.Syntax, out var entry))
            {
                entry = _results.GetOrAdd(body.Syntax, new Entry(new Lazy<NetworkAnalysis?>(() => AzureNetworkAnalyzer.AnalyzeBody(body, _types, _sourceOperations, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication)));
            }

            var value = entry.Value.Value;
            if (Interlocked.Increment(ref entry.Served) >= Volatile.Read(ref _consumers))
            {
                _results.TryRemove(body.Syntax, out _);
            }

            return value;
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
}

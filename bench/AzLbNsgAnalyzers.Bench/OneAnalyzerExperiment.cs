using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using AzLbNsgAnalyzers.Analyzers;
using AzLbNsgAnalyzers.Extraction;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AzLbNsgAnalyzers.Bench;

/// <summary>
/// `-- --one-analyzer N`: is the driver's per-analyzer dispatch of our many operation-block analyzers a cost on the
/// dense project? Ours (findings dropped) against the same rules run by a single analyzer with one block action.
/// </summary>
internal static class OneAnalyzerExperiment
{
    public static void Run(int n, int runs)
    {
        var sources = InfraGenerator.DenseProject(n, 20240611, out _, out _);
        var variants = new (string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)[]
        {
            ("none", ImmutableArray<DiagnosticAnalyzer>.Empty),
            ("no-op", Harness.NoOp),
            ("ours, dropped", Harness.OursSwallowing),
            ("one analyzer, dropped", ImmutableArray.Create<DiagnosticAnalyzer>(new TimedAnalyzer(new AllRulesAnalyzer(), swallowDiagnostics: true))),
        };
        foreach (bool concurrent in new[] { true, false })
        {
            var compilation = Harness.Compile(sources, nullable: false, concurrentBuild: concurrent);
            var cpu = variants.ToDictionary(v => v.Name, _ => new List<double>());
            for (int iteration = 0; iteration < runs + 2; iteration++)
            {
                for (int k = 0; k < variants.Length; k++)
                {
                    var variant = variants[(k + iteration) % variants.Length];
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    var start = CpuClock.Process();
                    Harness.Run(compilation, variant.Analyzers, concurrent);
                    if (iteration >= 2)
                    {
                        cpu[variant.Name].Add((CpuClock.Process() - start).TotalMilliseconds);
                    }
                }
            }

            double Ratio(string a, string b) => Median(Enumerable.Range(0, runs).Select(i => (cpu[a][i] - cpu[b][i]) / cpu["none"][i]));
            Console.WriteLine($"{(concurrent ? "concurrent" : "single-threaded")} process CPU, N={n}, medians of {runs}: none {Median(cpu["none"]):F0} ms, no-op {Median(cpu["no-op"]):F0}, ours dropped {Median(cpu["ours, dropped"]):F0}, one analyzer dropped {Median(cpu["one analyzer, dropped"]):F0}; (ours - no-op)/none {Ratio("ours, dropped", "no-op") * 100:F1}%, (one - no-op)/none {Ratio("one analyzer, dropped", "no-op") * 100:F1}%");
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[sorted.Length / 2];
    }

    /// <summary>Every rule of ours behind one operation-block action (reports nothing: the variant drops findings anyway).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class AllRulesAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            Harness.Ours.SelectMany(a => a.SupportedDiagnostics).ToImmutableArray();

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

                var cache = AnalysisCache.For(start.Compilation, types);
                cache.RegisterConsumer();
                start.RegisterOperationBlockAction(block =>
                {
                    foreach (var body in block.OperationBlocks)
                    {
                        if (body is not (IMethodBodyOperation or IConstructorBodyOperation or IBlockOperation) || cache.Get(body, block.CancellationToken) is not { } analysis)
                        {
                            continue;
                        }

                        foreach (AzureNetworkAnalyzer analyzer in Harness.Ours)
                        {
                            foreach (Finding finding in analyzer.Analyze(analysis))
                            {
                                GC.KeepAlive(finding);
                            }
                        }
                    }
                });
            });
        }
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Extraction;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>
/// The package's one analyzer: every rule of <see cref="AllRules"/> on the network each method body builds.
/// Concurrent, no generated code, the Azure.Provisioning types resolved once per compilation and nothing registered
/// without them. Findings come from a per-body callback, so they appear live in the IDE with a lightbulb.
/// </summary>
/// <remarks>
/// One analyzer rather than one per rule: every rule reads the same interpretation of the body, and fourteen
/// analyzers made the driver dispatch, and allocate for, every body fourteen times (bench/results/profile.md).
/// An ID is still configured on its own (.editorconfig, #pragma, [SuppressMessage]); the compiler drops what is off.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AzureNetworkAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

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

            // The helper bodies the analysed methods call, kept for this compilation's analysis.
            var sourceOperations = new SourceOperations(start.Compilation);
            start.RegisterOperationBlockAction(block => AnalyzeBlock(block, types, sourceOperations));
        });
    }

    private static void AnalyzeBlock(OperationBlockAnalysisContext context, AzureTypes types, SourceOperations sourceOperations)
    {
        foreach (var block in context.OperationBlocks)
        {
            if (block is not (IMethodBodyOperation or IConstructorBodyOperation or IBlockOperation))
            {
                continue;
            }

            if (AnalyzeBody(block, types, sourceOperations, context.CancellationToken) is not { } analysis)
            {
                continue;
            }

            foreach (var rule in AllRules.All)
            {
                foreach (var finding in rule.Analyze(analysis))
                {
                    Report(context, block, finding);
                }
            }
        }
    }

    /// <summary>The network a method body builds, with the evaluation its rules share; null when it builds none.</summary>
    internal static NetworkAnalysis? AnalyzeBody(IOperation body, AzureTypes types, SourceOperations sourceOperations, CancellationToken cancellationToken)
    {
        var topology = TopologyExtractor.Extract(body, types, sourceOperations, cancellationToken);
        return topology is null ? null : new NetworkAnalysis(topology);
    }

    private static void Report(OperationBlockAnalysisContext context, IOperation block, Finding finding)
    {
        var location = finding.Primary.ReportLocation;

        // Each finding belongs to the body that contains it (or the call that reached it): report it exactly once, there.
        if (location.SourceTree != block.Syntax.SyntaxTree || !block.Syntax.Span.Contains(location.SourceSpan))
        {
            return;
        }

        var additional = new List<Location>();
        if (finding.Primary.HelperLocation is { } helper)
        {
            additional.Add(helper);
        }

        foreach (var origin in finding.Additional)
        {
            if (origin.Location.IsInSource)
            {
                additional.Add(origin.Location);
            }
        }

        var properties = finding.Primary.IsAspire ? finding.Properties.SetItem(FixData.FrontEndProperty, FixData.AspireFrontEnd) : finding.Properties;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(finding), location, additional, properties, Arguments(finding)));
    }

    private static object[] Arguments(Finding finding)
    {
        var arguments = new object[finding.MessageArguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = finding.MessageArguments[i];
        }

        return arguments;
    }
}

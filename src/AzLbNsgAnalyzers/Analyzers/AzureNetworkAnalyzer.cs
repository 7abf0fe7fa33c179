using System.Collections.Generic;
using System.Collections.Immutable;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Extraction;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>
/// The standard opening every rule's analyzer shares: concurrent, no generated code, the
/// Azure.Provisioning types resolved once per compilation and nothing registered without them.
/// Findings come from per-body callbacks, so they appear live in the IDE with a lightbulb.
/// </summary>
public abstract class AzureNetworkAnalyzer : DiagnosticAnalyzer
{
    private readonly ImmutableArray<DiagnosticDescriptor> _descriptors;

    /// <param name="descriptors">The rule's messages, all of one ID, indexed by <see cref="Finding.Form"/>.</param>
    protected AzureNetworkAnalyzer(params DiagnosticDescriptor[] descriptors)
    {
        _descriptors = ImmutableArray.Create(descriptors);
        SupportedDiagnostics = _descriptors;
    }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
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
            start.RegisterOperationBlockAction(block => AnalyzeBlock(block, cache));
        });
    }

    /// <summary>The rule: a pure function from the analysed network to findings.</summary>
    internal abstract IEnumerable<Finding> Analyze(NetworkAnalysis analysis);

    private void AnalyzeBlock(OperationBlockAnalysisContext context, AnalysisCache cache)
    {
        foreach (var block in context.OperationBlocks)
        {
            if (block is not (IMethodBodyOperation or IConstructorBodyOperation or IBlockOperation))
            {
                continue;
            }

            var analysis = cache.Get(block, context.CancellationToken);
            if (analysis is null)
            {
                continue;
            }

            foreach (var finding in Analyze(analysis))
            {
                var location = finding.Primary.ReportLocation;

                // Each finding belongs to the body that contains it (or the call that reached it): report it exactly once, there.
                if (location.SourceTree != block.Syntax.SyntaxTree || !block.Syntax.Span.Contains(location.SourceSpan))
                {
                    continue;
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
                context.ReportDiagnostic(Diagnostic.Create(_descriptors[finding.Form], location, additional, properties, Arguments(finding)));
            }
        }
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

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AzLbNsgAnalyzers.Analyzers;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Extraction;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AzLbNsgAnalyzers.Bench;

/// <summary>The reference sets, the analyzer sets and the ways a compilation is measured.</summary>
internal static class Harness
{
    public static ImmutableArray<MetadataReference> Net100Only { get; } =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToImmutableArray();

    public static ImmutableArray<MetadataReference> Net100WithProvisioning { get; } =
        Net100Only.AddRange(new[]
            {
                typeof(global::Azure.Provisioning.Infrastructure).Assembly,
                typeof(global::Azure.Core.ResourceIdentifier).Assembly,
                typeof(global::System.ClientModel.ClientResult).Assembly,
                typeof(BinaryData).Assembly,
            }
            .Select(a => a.Location)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)));

    /// <summary>All [DiagnosticAnalyzer] types of the AzLbNsgAnalyzers assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Ours { get; } =
        typeof(AzureNetworkAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .OrderBy(t => t.Name)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>Ours, each wrapped so that the time spent in its callbacks is measured (see <see cref="TimedAnalyzer"/>).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> OursTimed { get; } = Ours.Select(a => (DiagnosticAnalyzer)new TimedAnalyzer(a)).ToImmutableArray();

    /// <summary>Ours, timed, each finding dropped before the driver sees it: attributes the driver's cost of reported diagnostics.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> OursSwallowing { get; } = Ours.Select(a => (DiagnosticAnalyzer)new TimedAnalyzer(a, swallowDiagnostics: true)).ToImmutableArray();

    public static ImmutableArray<DiagnosticAnalyzer> NoOp { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpOperationAnalyzer());

    public static ImmutableArray<DiagnosticAnalyzer> Empty { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer());

    /// <summary>Single-threaded (concurrentBuild off) so that every variant measures the same CPU work.</summary>
    /// <param name="nullable">Nullable reference types on, as in projects made from the current templates.</param>
    /// <param name="concurrentBuild">Bind method bodies in parallel, as csc does in a build.</param>
    public static CSharpCompilation Compile(IEnumerable<(string Path, string Text)> sources, bool withProvisioning = true, bool nullable = true, bool concurrentBuild = false) =>
        CSharpCompilation.Create(
            "Generated",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, new CSharpParseOptions(LanguageVersion.Latest), s.Path)),
            withProvisioning ? Net100WithProvisioning : Net100Only,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable, concurrentBuild: concurrentBuild));

    /// <summary>
    /// Full binding and diagnostics of a fresh copy of <paramref name="compilation"/>, with <paramref name="analyzers"/>
    /// (none: compilation.GetDiagnostics()). Returns the analyzer diagnostics and, with analyzers, their own execution time.
    /// </summary>
    /// <param name="concurrent">Analyze concurrently (concurrentAnalysis), as a build does.</param>
    public static (ImmutableArray<Diagnostic> Diagnostics, TimeSpan AnalyzerTime, TimeSpan AnalyzerGcPauses) Run(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool concurrent = false)
    {
        var fresh = compilation.Clone();
        if (analyzers.IsDefaultOrEmpty)
        {
            var compilerDiagnostics = fresh.GetDiagnostics();
            GC.KeepAlive(compilerDiagnostics);
            return (ImmutableArray<Diagnostic>.Empty, TimeSpan.Zero, TimeSpan.Zero);
        }

        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, diagnostic) => throw new InvalidOperationException("AD0001 from " + analyzer + ": " + exception),
            concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        TimedAnalyzer.Reset();
        var withAnalyzers = fresh.WithAnalyzers(analyzers, options);
        var all = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        return (all.Where(d => d.Id.StartsWith("LBNSG", StringComparison.Ordinal) || d.Id == "AD0001").ToImmutableArray(), TimedAnalyzer.Elapsed, TimedAnalyzer.GcPauses);
    }

    /// <summary>The per-block path the analyzer runs for one body: extraction, the shared analysis, every rule.</summary>
    public static int AnalyzeBody(IOperation body, AzureTypes types, Compilation compilation) =>
        AnalyzeBody(body, types, new SourceOperations(compilation));

    /// <summary>The same with the helper-body cache the analyzer shares across one compilation's bodies.</summary>
    public static int AnalyzeBody(IOperation body, AzureTypes types, SourceOperations sourceOperations)
    {
        if (AzureNetworkAnalyzer.AnalyzeBody(body, types, sourceOperations, CancellationToken.None) is not { } analysis)
        {
            return -1;
        }

        int findings = 0;
        foreach (var rule in AllRules.All)
        {
            foreach (Finding finding in rule.Analyze(analysis))
            {
                GC.KeepAlive(finding);
                findings++;
            }
        }

        return findings;
    }
}

/// <summary>The driver/IOperation floor: an analyzer that asks for every method's operations and does nothing with them.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class NoOpOperationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("NOOP001", "No-op", "No-op", "Bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
            start.RegisterOperationAction(_ => { }, OperationKind.ObjectCreation, OperationKind.Invocation, OperationKind.SimpleAssignment));
    }
}

/// <summary>The driver's own floor: an analyzer that registers nothing at all.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("EMPTY001", "Empty", "Empty", "Bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
    }
}

/// <summary>
/// Captures the compilation the analyzer driver hands to analyzers. That compilation carries the driver's
/// semantic-model cache, so the interpreter's compilation.GetSemanticModel(helperTree) is cached as in a build or
/// the IDE; a plain compilation would bind the helper again on every call.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class CaptureCompilationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("CAPTURE001", "Capture", "Capture", "Bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public Compilation? Compilation { get; private set; }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => Compilation = start.Compilation);
    }

    public static Compilation DriverCompilation(Compilation compilation)
    {
        var capture = new CaptureCompilationAnalyzer();
        compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(capture)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return capture.Compilation ?? throw new InvalidOperationException("no compilation captured");
    }
}

/// <summary>Our registration shape without our work: compilation start, then an operation-block action that does nothing (or only walks the operations).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class NoOpBlockAnalyzer : DiagnosticAnalyzer
{
    private readonly bool _walk;

    /// <param name="walk">Walk every operation of each block: builds the lazily created operation tree our interpreter also builds.</param>
    public NoOpBlockAnalyzer(bool walk = false) => _walk = walk;

    private static readonly DiagnosticDescriptor Rule = new("NOOPBLOCK001", "No-op block", "No-op block", "Bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => start.RegisterOperationBlockAction(block =>
        {
            if (!_walk)
            {
                return;
            }

            int count = 0;
            foreach (var operation in block.OperationBlocks)
            {
                foreach (var _ in operation.DescendantsAndSelf())
                {
                    count++;
                }
            }

            GC.KeepAlive(count);
        }));
    }
}

using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.Tests.Extraction;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Analyzers;

public class AnalyzerFrameTests
{
    [Fact]
    public void Every_descriptor_has_a_rule_page_its_help_link_points_to()
    {
        string root = AnalyzerRunner.RepositoryRoot();
        var descriptors = AnalyzerRunner.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).ToList();
        Assert.NotEmpty(descriptors);
        foreach (var descriptor in descriptors)
        {
            Assert.Equal("https://github.com/azlbnsganalyzers/AzLbNsgAnalyzers/blob/main/docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri);
            string page = Path.Combine(root, "docs", "rules", descriptor.Id + ".md");
            Assert.True(File.Exists(page), "missing rule page " + page);
            Assert.StartsWith("# " + descriptor.Id + ": " + descriptor.Title, File.ReadAllText(page));
        }
    }

    [Fact]
    public void Every_descriptor_is_in_the_release_tracking_file_with_its_category_and_severity()
    {
        string unshipped = File.ReadAllText(Path.Combine(AnalyzerRunner.RepositoryRoot(), "src", "AzLbNsgAnalyzers", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in AnalyzerRunner.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics))
        {
            Assert.Contains(descriptor.Id + " | " + descriptor.Category + " | " + descriptor.DefaultSeverity, unshipped);
        }
    }

    [Fact]
    public void Misconception_rules_are_warnings_in_the_load_balancing_category()
    {
        foreach (var descriptor in AnalyzerRunner.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).Where(d => d.Id.StartsWith("LBNSG00", System.StringComparison.Ordinal)))
        {
            Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
            Assert.Equal("AzureLoadBalancing", descriptor.Category);
            Assert.True(descriptor.IsEnabledByDefault);
        }
    }

    [Fact]
    public async Task Nothing_is_registered_without_Azure_Provisioning()
    {
        var compilation = CSharpCompilation.Create(
            "Plain",
            new[] { CSharpSyntaxTree.ParseText("public static class C { public static int M(int x) { var list = new System.Collections.Generic.List<int> { x }; return list.Count; } }") },
            TestReferences.Net100Only,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var (diagnostics, telemetry) = await RunWithTelemetry(compilation);
        Assert.Empty(diagnostics);
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.OperationBlockActionsCount);
        Assert.Equal(0, telemetry.OperationActionsCount);
        Assert.Equal(0, telemetry.SyntaxNodeActionsCount);
    }

    [Fact]
    public async Task Per_block_callbacks_are_registered_with_Azure_Provisioning()
    {
        var (_, telemetry) = await RunWithTelemetry(AnalyzerRunner.Compile(("Lab.cs", SeedLabSources.InlineStyle)));
        Assert.Equal(1, telemetry.OperationBlockActionsCount);
        Assert.Equal(0, telemetry.CompilationEndActionsCount);
    }

    [Fact]
    public void The_package_ships_one_analyzer_that_declares_every_rule()
    {
        var analyzer = Assert.Single(AnalyzerRunner.AllAnalyzers);
        Assert.IsType<AzLbNsgAnalyzers.Analyzers.AzureNetworkAnalyzer>(analyzer);
        Assert.Equal(
            AzLbNsgAnalyzers.Rules.RuleCatalog.All.Select(e => e.Id).Distinct().OrderBy(id => id),
            analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().OrderBy(id => id));
    }

    [Fact]
    public async Task An_ID_turned_off_is_not_reported_and_every_other_still_is()
    {
        // One analyzer reports every rule: turning one ID off (as .editorconfig, a ruleset or /nowarn do) must drop
        // that rule's findings alone.
        var compilation = SeedLabSampleTests.CompileSample();
        var all = await AnalyzerRunner.RunAsync(compilation);
        var ids = all.Select(d => d.Id).Distinct().OrderBy(id => id).ToList();
        Assert.True(ids.Count >= 3, "the seed lab should report several rules: " + string.Join(", ", ids));
        Assert.DoesNotContain("AD0001", ids);
        foreach (string off in ids)
        {
            var options = compilation.Options.WithSpecificDiagnosticOptions(compilation.Options.SpecificDiagnosticOptions.SetItem(off, ReportDiagnostic.Suppress));
            var rest = await AnalyzerRunner.RunAsync(compilation.WithOptions(options));
            Assert.Equal(
                all.Where(d => d.Id != off).Select(d => d.ToString()).OrderBy(text => text, System.StringComparer.Ordinal),
                rest.Select(d => d.ToString()).OrderBy(text => text, System.StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task With_every_ID_turned_off_nothing_runs()
    {
        var compilation = AnalyzerRunner.Compile(("Lab.cs", SeedLabSources.InlineStyle));
        var analyzer = Assert.Single(AnalyzerRunner.AllAnalyzers);
        var off = compilation.Options.SpecificDiagnosticOptions.SetItems(analyzer.SupportedDiagnostics.Select(d => new System.Collections.Generic.KeyValuePair<string, ReportDiagnostic>(d.Id, ReportDiagnostic.Suppress)));
        foreach (var (options, expectedBlockActions) in new[] { (compilation.Options, 1), (compilation.Options.WithSpecificDiagnosticOptions(off), 0) })
        {
            var (_, telemetry) = await RunWithTelemetry(compilation.WithOptions(options));
            Assert.Equal(expectedBlockActions, telemetry.OperationBlockActionsCount);
        }
    }

    /// <summary>The package's analyzer run single-threaded over a compilation: its diagnostics and what it registered and ran.</summary>
    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, AnalyzerTelemetryInfo Telemetry)> RunWithTelemetry(Compilation compilation)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers(AnalyzerRunner.AllAnalyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        return (diagnostics, await withAnalyzers.GetAnalyzerTelemetryInfoAsync(Assert.Single(AnalyzerRunner.AllAnalyzers), default));
    }

    [Fact]
    public async Task Older_Data_model_generations_do_not_crash_and_report_nothing()
    {
        // Earlier betas used *Data models (SubnetData, SecurityRuleData); they must be ignored, not misread.
        const string source = """
            using Azure.Provisioning;
            using Azure.Provisioning.Primitives;

            namespace Azure.Provisioning.Network
            {
                public class SecurityRuleData : ProvisionableConstruct
                {
                    public BicepValue<int> Priority { get; set; } = 0;
                    public BicepValue<string> SourceAddressPrefix { get; set; } = "";
                }

                public class SubnetData : ProvisionableConstruct
                {
                    public BicepList<SecurityRuleData> Rules { get; set; } = new();
                }
            }

            public static class Old
            {
                public static Infrastructure Build()
                {
                    var infra = new Infrastructure();
                    var subnet = new Azure.Provisioning.Network.SubnetData { Rules = { new Azure.Provisioning.Network.SecurityRuleData { Priority = 2048, SourceAddressPrefix = "*" } } };
                    return infra;
                }
            }
            """;
        var diagnostics = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(("Old.cs", source)));
        Assert.Empty(diagnostics.Where(d => d.Id.StartsWith("LBNSG", System.StringComparison.Ordinal) || d.Id == "AD0001"));
    }
}

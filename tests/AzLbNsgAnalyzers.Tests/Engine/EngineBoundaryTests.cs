using System.Linq;
using AzLbNsgAnalyzers.Analyzers;
using AzLbNsgAnalyzers.Model;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Engine;

/// <summary>The engine (Model, Evaluation, Rules) is one Roslyn-free assembly both front ends share.</summary>
public class EngineBoundaryTests
{
    private static readonly System.Reflection.Assembly Engine = typeof(Topology).Assembly;

    [Fact]
    public void The_engine_assembly_references_no_roslyn_assembly()
    {
        Assert.Equal("AzLbNsgAnalyzers.Engine", Engine.GetName().Name);
        var references = Engine.GetReferencedAssemblies().Select(r => r.Name!).ToList();
        Assert.Contains("System.Collections.Immutable", references);
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.CodeAnalysis", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Model_evaluation_and_rules_live_in_the_engine_and_extraction_in_the_analyzer()
    {
        Assert.Same(Engine, typeof(AzLbNsgAnalyzers.Evaluation.NsgEvaluator).Assembly);
        Assert.Same(Engine, typeof(Finding).Assembly);
        Assert.NotSame(Engine, typeof(AzLbNsgAnalyzers.Extraction.TopologyExtractor).Assembly);
        Assert.DoesNotContain(typeof(AzLbNsgAnalyzers.Extraction.TopologyExtractor).Assembly.GetTypes(), t => t.Namespace is "AzLbNsgAnalyzers.Model" or "AzLbNsgAnalyzers.Rules" or "AzLbNsgAnalyzers.Evaluation");
    }

    [Fact]
    public void Every_compiler_descriptor_is_its_catalog_entry()
    {
        var descriptors = typeof(Descriptors).GetFields().Where(f => f.FieldType == typeof(DiagnosticDescriptor)).ToList();
        Assert.Equal(RuleCatalog.All.Length, descriptors.Count);
        foreach (var field in descriptors)
        {
            var descriptor = (DiagnosticDescriptor)field.GetValue(null)!;
            var entry = (RuleEntry)typeof(RuleCatalog).GetField(field.Name)!.GetValue(null)!;
            Assert.Equal(entry.Id, descriptor.Id);
            Assert.Equal(entry.Category, descriptor.Category);
            Assert.Equal(entry.DefaultSeverity.ToString(), descriptor.DefaultSeverity.ToString());
            Assert.Equal(entry.Title, descriptor.Title.ToString());
            Assert.Equal(entry.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.Equal(entry.HelpLink, descriptor.HelpLinkUri);
            Assert.Contains(entry, RuleCatalog.All);
        }
    }

    [Fact]
    public void The_analyzers_descriptors_follow_the_catalog_and_a_finding_gets_its_forms_descriptor()
    {
        Assert.Equal(RuleCatalog.All.Select(e => e.Id + ": " + e.MessageFormat), Descriptors.All.Select(d => d.Id + ": " + d.MessageFormat));
        var nsgAfterShorthand = new Finding("LBNSG107", Origin.None, default, System.Collections.Immutable.ImmutableArray.Create("web", "web-nsg"), form: 1);
        Assert.Same(Descriptors.LBNSG107NsgAfterShorthand, Descriptors.For(nsgAfterShorthand));
        Assert.Same(Descriptors.LBNSG107, Descriptors.For(new Finding("LBNSG107", Origin.None, default, default)));
        Assert.Same(Descriptors.LBNSG004NsgOnly, Descriptors.For(new Finding("LBNSG004", Origin.None, default, default, form: 1)));
        Assert.Same(Descriptors.LBNSG101, Descriptors.For(new Finding("LBNSG101", Origin.None, default, default)));
    }

    [Fact]
    public void A_finding_is_formatted_with_its_forms_message()
    {
        var finding = new Finding("LBNSG107", Origin.None, default, System.Collections.Immutable.ImmutableArray.Create("web", "web-nsg"), form: 1);
        Assert.Same(RuleCatalog.LBNSG107NsgAfterShorthand, RuleCatalog.For(finding));
        Assert.StartsWith("Subnet 'web' already has NSG 'web-nsg'", RuleCatalog.For(finding).Format(finding));
        Assert.Throws<System.ArgumentException>(() => RuleCatalog.For(new Finding("LBNSG107", Origin.None, default, default, form: 2)));
    }

    [Fact]
    public void The_rule_set_lbnsg_runs_has_every_rule_the_analyzers_run()
    {
        var analyzerIds = AzLbNsgAnalyzers.Tests.Infrastructure.AnalyzerRunner.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().OrderBy(id => id).ToList();
        var ruleSetIds = AllRules.All.Select(r => r.Id).OrderBy(id => id).ToList();
        Assert.Equal(analyzerIds, ruleSetIds);
        Assert.Equal(ruleSetIds, RuleCatalog.All.Select(e => e.Id).Distinct().OrderBy(id => id).ToList());
    }
}

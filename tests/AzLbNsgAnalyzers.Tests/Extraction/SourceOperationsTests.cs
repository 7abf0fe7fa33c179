using System.Linq;
using System.Threading;
using AzLbNsgAnalyzers.Extraction;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Extraction;

/// <summary>Helper bodies shared across one compilation's bodies, and local functions found without scanning every body.</summary>
public class SourceOperationsTests
{
    private const string TwoTopologiesOneHelper = SeedLabSources.Usings + """
        public static class Infra
        {
            public static Infrastructure First()
            {
                var infra = new Infrastructure();
                AddNsg(infra, "nsg-first");
                return infra;
            }

            public static Infrastructure Second()
            {
                var infra = new Infrastructure();
                AddNsg(infra, "nsg-second");
                return infra;
            }

            private static NetworkSecurityGroup AddNsg(Infrastructure infra, string name)
            {
                var nsg = new NetworkSecurityGroup(name.Replace("-", "")) { Name = name };
                infra.Add(nsg);
                return nsg;
            }
        }
        """;

    [Fact]
    public void A_helper_called_from_two_bodies_is_kept_from_its_second_request_and_read_for_each()
    {
        var compilation = TestReferences.Compile(TwoTopologiesOneHelper);
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var methods = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().ToDictionary(m => m.Identifier.ValueText);
        var types = AzureTypes.TryCreate(compilation)!;
        var shared = new SourceOperations(compilation);

        var first = TopologyExtractor.Extract(model.GetOperation(methods["First"])!, types, shared, CancellationToken.None);
        var second = TopologyExtractor.Extract(model.GetOperation(methods["Second"])!, types, shared, CancellationToken.None);

        Assert.Equal("nsg-first", Assert.Single(first!.NetworkSecurityGroups).DisplayName);
        Assert.Equal("nsg-second", Assert.Single(second!.NetworkSecurityGroups).DisplayName);
        var helper = (IMethodSymbol)model.GetDeclaredSymbol(methods["AddNsg"])!;
        Assert.Equal(1, shared.KeptCount);
        var body = shared.MethodBody(helper, CancellationToken.None);
        Assert.NotNull(body);
        Assert.Same(body, shared.MethodBody(helper, CancellationToken.None));
    }

    [Fact]
    public void A_helper_only_one_body_calls_is_bound_for_it_but_not_kept()
    {
        var compilation = TestReferences.Compile(TwoTopologiesOneHelper);
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var first = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "First");
        var shared = new SourceOperations(compilation);

        var topology = TopologyExtractor.Extract(model.GetOperation(first)!, AzureTypes.TryCreate(compilation)!, shared, CancellationToken.None);

        Assert.Equal("nsg-first", Assert.Single(topology!.NetworkSecurityGroups).DisplayName);
        Assert.Equal(0, shared.KeptCount);
    }

    [Fact]
    public void Past_its_limit_the_cache_still_answers_but_keeps_no_more_trees()
    {
        var helpers = string.Join("\n", Enumerable.Range(0, 300).Select(i => $"    public static int H{i}() => {i};"));
        var compilation = TestReferences.Compile("public static class Helpers\n{\n" + helpers + "\n}\n");
        var type = compilation.GetTypeByMetadataName("Helpers")!;
        var sourceOperations = new SourceOperations(compilation);
        var bodies = Enumerable.Range(0, 300).Select(i => (IMethodSymbol)type.GetMembers("H" + i).Single()).ToList();

        // Each requested twice (as by two bodies): the second request keeps it, while there is room.
        Assert.All(bodies.Select(m => sourceOperations.MethodBody(m, CancellationToken.None)), Assert.NotNull);
        var kept = bodies.Select(m => sourceOperations.MethodBody(m, CancellationToken.None)).ToList();

        Assert.All(kept, Assert.NotNull);
        Assert.Equal(256, sourceOperations.KeptCount);
        Assert.Same(kept[0], sourceOperations.MethodBody(bodies[0], CancellationToken.None));
        Assert.NotSame(kept[299], sourceOperations.MethodBody(bodies[299], CancellationToken.None));
    }

    [Fact]
    public void A_method_without_a_body_in_source_has_no_operation()
    {
        var compilation = TestReferences.Compile(TwoTopologiesOneHelper);
        var add = compilation.GetTypeByMetadataName("Azure.Provisioning.Infrastructure")!.GetMembers("Add").OfType<IMethodSymbol>().First();
        Assert.Null(new SourceOperations(compilation).MethodBody(add, CancellationToken.None));
    }

    [Fact]
    public void Local_functions_declared_after_their_call_never_called_or_nested_in_an_uncalled_one_are_all_read()
    {
        string source = SeedLabSources.Usings + """
            public static class Infra
            {
                public static Infrastructure Build()
                {
                    var infra = new Infrastructure();
                    AddCalled("nsg-called");
                    return infra;

                    void AddCalled(string name) => infra.Add(new NetworkSecurityGroup("called") { Name = name });

                    void NeverCalled()
                    {
                        infra.Add(new NetworkSecurityGroup("uncalled") { Name = "nsg-uncalled" });
                        void NestedNeverCalled() => infra.Add(new NetworkSecurityGroup("nested") { Name = "nsg-nested" });
                    }
                }
            }
            """;

        var topology = ExtractionHarness.Extract(source, "Build");

        Assert.Equal(
            new[] { "nsg-called", "nsg-nested", "nsg-uncalled" },
            topology!.NetworkSecurityGroups.Select(n => n.DisplayName).OrderBy(n => n, System.StringComparer.Ordinal).ToArray());
    }
}

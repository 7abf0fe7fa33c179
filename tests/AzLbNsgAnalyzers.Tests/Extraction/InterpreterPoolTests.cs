using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.Extraction;
using AzLbNsgAnalyzers.Model;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Extraction;

/// <summary>
/// Interpreters, their heap objects, frames, argument arrays and model builder are recycled from one analysed body to
/// the next (Interpreter.Rent / Return). A recycled interpreter must give exactly what a new one gives, whatever it
/// analysed before, on any thread, and must keep nothing of a compilation once returned.
/// </summary>
public class InterpreterPoolTests
{
    private static readonly string[] Styles = { SeedLabSources.InlineStyle, SeedLabSources.ParentLinkedStyle, SeedLabSources.HelperStyle };

    [Fact]
    public void A_recycled_interpreter_builds_what_a_new_one_builds_whatever_it_analysed_before()
    {
        var bodies = Styles.Select(Body).ToList();
        var expected = bodies.Select(ExtractWithNewInterpreter).ToList();

        // Interleaved, so each style meets interpreters recycled from the others (and from itself).
        foreach (int index in new[] { 0, 1, 2, 0, 2, 1, 1, 0, 2 })
        {
            var topology = TopologyExtractor.Extract(bodies[index].Body, bodies[index].Types, bodies[index].Sources, CancellationToken.None);
            Assert.NotNull(topology);
            Assert.Equal(expected[index], Describe(topology!));
        }
    }

    [Fact]
    public void Concurrent_extractions_share_the_pool_without_mixing_their_state()
    {
        var bodies = Styles.Select(Body).ToList();
        var expected = bodies.Select(ExtractWithNewInterpreter).ToList();
        var failures = new List<string>();

        Parallel.For(0, 96, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i =>
        {
            var (body, types, sources) = bodies[i % bodies.Count];
            var topology = TopologyExtractor.Extract(body, types, sources, CancellationToken.None);
            string actual = topology is null ? "(null)" : Describe(topology);
            if (actual != expected[i % bodies.Count])
            {
                lock (failures)
                {
                    failures.Add("extraction " + i + ":\n" + actual);
                }
            }
        });

        Assert.Empty(failures);
    }

    [Fact]
    public void A_body_that_exhausts_the_budget_leaves_a_clean_interpreter_for_the_next()
    {
        // 450 nested additions of a value that is not constant pass the interpreter's nesting bound: it gives up (null:
        // better silent than wrong) with frames, arguments and objects in use.
        string deep = "int y = System.Environment.ProcessorCount; var x = " + string.Concat(Enumerable.Repeat("y + (", 450)) + "y" + new string(')', 450) + ";";
        string source = SeedLabSources.Usings + """
            public static class Deep
            {
                public static Infrastructure Build()
                {
                    var infra = new Infrastructure();
                    var nsg = new NetworkSecurityGroup("nsg") { Name = "nsg-deep" };
                    infra.Add(nsg);
            """ + deep + """

                    return infra;
                }
            }
            """;
        var deepBody = Body(source);
        var lab = Body(SeedLabSources.InlineStyle);
        string expected = ExtractWithNewInterpreter(lab);

        for (int round = 0; round < 3; round++)
        {
            Assert.Null(TopologyExtractor.Extract(deepBody.Body, deepBody.Types, deepBody.Sources, CancellationToken.None));
            var topology = TopologyExtractor.Extract(lab.Body, lab.Types, lab.Sources, CancellationToken.None);
            Assert.NotNull(topology);
            Assert.Equal(expected, Describe(topology!));
        }
    }

    [Fact]
    public void A_returned_interpreter_keeps_no_compilation_alive()
    {
        var compilation = AnalyseAndForget();
        for (int i = 0; i < 5 && compilation.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(compilation.IsAlive, "a compilation analysed through the pool is still reachable after its analysis");
    }

    // In its own frame, so that nothing on the test's stack holds the compilation.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference AnalyseAndForget()
    {
        var (body, types, sources) = Body(SeedLabSources.HelperStyle);
        var topology = TopologyExtractor.Extract(body, types, sources, CancellationToken.None);
        Assert.NotNull(topology);
        return new WeakReference(body.SemanticModel!.Compilation);
    }

    private static (IOperation Body, AzureTypes Types, SourceOperations Sources) Body(string source)
    {
        var compilation = TestReferences.Compile(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var tree = compilation.SyntaxTrees.Single();
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First(m => m.Identifier.ValueText == "Build");
        return (compilation.GetSemanticModel(tree).GetOperation(method)!, AzureTypes.TryCreate(compilation)!, new SourceOperations(compilation));
    }

    // The reference: an interpreter made for this body alone and a model builder of its own, never pooled.
    private static string ExtractWithNewInterpreter((IOperation Body, AzureTypes Types, SourceOperations Sources) body)
    {
        var interpreter = new Interpreter(body.Types, body.Sources, CancellationToken.None);
        Assert.True(interpreter.Run(body.Body));
        return Describe(ModelBuilder.Build(interpreter.Heap, interpreter.Faults));
    }

    // The dump plus where every object and rule came from (origins are made lazily from recycled heap objects).
    private static string Describe(Topology topology)
    {
        var text = new StringBuilder(TopologyDump.Write(topology));
        void Origin(string what, Origin origin) =>
            text.Append(what).Append(" @ ").Append(origin.Location.SourceSpan).Append(' ').Append(origin.Location.SourceTree?.FilePath).Append(" via ")
                .Append(string.Join(",", origin.CallSites.Select(c => c.Start))).AppendLine();
        foreach (var nsg in topology.NetworkSecurityGroups)
        {
            Origin("nsg " + nsg.DisplayName, nsg.Origin);
            foreach (var rule in nsg.Rules)
            {
                Origin("  rule " + rule.DisplayName, rule.Origin);
            }
        }

        foreach (var subnet in topology.Subnets)
        {
            Origin("subnet " + subnet.DisplayName, subnet.Origin);
        }

        foreach (var ipConfiguration in topology.IpConfigurations)
        {
            Origin("ipconfig " + ipConfiguration.DisplayName, ipConfiguration.Origin);
        }

        foreach (var loadBalancer in topology.LoadBalancers)
        {
            Origin("lb " + loadBalancer.DisplayName, loadBalancer.Origin);
            foreach (var rule in loadBalancer.Rules)
            {
                Origin("  lb rule " + rule.DisplayName, rule.Origin);
            }
        }

        return text.ToString();
    }
}

using System.Linq;
using System.Text;
using System.Threading;
using AzLbNsgAnalyzers.Extraction;
using AzLbNsgAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Infrastructure;

/// <summary>Extraction of one test body, and a text of everything a topology holds, for the recycling tests.</summary>
internal static class TopologyProbe
{
    /// <summary>The operation tree of the source's Build method, with what extraction needs beside it.</summary>
    public static (IOperation Body, AzureTypes Types, SourceOperations Sources) Body(string source)
    {
        var compilation = TestReferences.Compile(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var tree = compilation.SyntaxTrees.Single();
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First(m => m.Identifier.ValueText == "Build");
        return (compilation.GetSemanticModel(tree).GetOperation(method)!, AzureTypes.TryCreate(compilation)!, new SourceOperations(compilation));
    }

    /// <summary>The reference: an interpreter and a model builder made for this body alone, neither of them pooled.</summary>
    public static string ExtractWithNewInterpreter((IOperation Body, AzureTypes Types, SourceOperations Sources) body)
    {
        var interpreter = new Interpreter(body.Types, body.Sources, CancellationToken.None);
        Assert.True(interpreter.Run(body.Body));
        return Describe(ModelBuilder.Build(interpreter.Heap, interpreter.Faults));
    }

    /// <summary>The dump plus where every resource and rule came from (origins are made lazily, and recycled).</summary>
    public static string Describe(Topology topology)
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

            foreach (var pool in loadBalancer.BackendPools)
            {
                Origin("  pool " + pool.DisplayName, pool.Origin);
            }
        }

        return text.ToString();
    }
}

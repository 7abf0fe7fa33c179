using System.Linq;
using System.Threading;
using AzLbNsgAnalyzers.Extraction;
using AzLbNsgAnalyzers.Model;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Extraction;

/// <summary>Compiles a source against the facade and extracts the topology one method builds.</summary>
internal static class ExtractionHarness
{
    public static Topology? Extract(string source, string methodName)
    {
        var compilation = TestReferences.Compile(source);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join("\n", errors));
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == methodName);
        var body = model.GetOperation(method)!;
        var types = AzureTypes.TryCreate(compilation)!;
        return TopologyExtractor.Extract(body, types, new SourceOperations(compilation), CancellationToken.None);
    }

    public static string Dump(string source, string methodName)
    {
        var topology = Extract(source, methodName);
        Assert.NotNull(topology);
        return TopologyDump.Write(topology!);
    }
}

using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.Extraction;
using AzLbNsgAnalyzers.Model;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Aspire;

/// <summary>
/// AppHost sources for the Aspire front end's tests, in the two shapes AppHosts take: top-level statements (AppHost.cs)
/// and a method that receives the builder; compiled against the Aspire.Hosting.Azure.Network facade.
/// </summary>
internal static class AspireKit
{
    public const string Usings = """
        using System;
        using Aspire.Hosting;
        using Aspire.Hosting.ApplicationModel;
        using Aspire.Hosting.Azure;
        using Azure.Provisioning.Network;

        """;

    /// <summary>The statements as an AppHost's top-level program, or as the body of <c>AppHost.Configure(builder)</c>.</summary>
    public static string AppHost(string statements, bool topLevel, string members = "") => topLevel
        ? Usings + "var builder = DistributedApplication.CreateBuilder(args);\n" + statements + "\nbuilder.Build().Run();\n" + (members.Length == 0 ? string.Empty : "\nstatic partial class Helpers\n{\n" + members + "\n}\n")
        : Usings + "public static class AppHost\n{\n    public static void Configure(IDistributedApplicationBuilder builder)\n    {\n" + statements + "\n    }\n" + members + "\n}\n";

    public static Task VerifyAsync<TRule>(string source, bool topLevel, params DiagnosticResult[] expected)
        where TRule : Verifiers.RuleScope, new() =>
        Verifiers.AnalyzerVerifier<TRule>.VerifyAspireAnalyzerAsync(source, topLevel, expected);

    public static Task VerifyFixAsync<TRule, TCodeFix>(string source, bool topLevel, DiagnosticResult[] expected, string fixedSource)
        where TRule : Verifiers.RuleScope, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new Verifiers.CodeFixVerifier<TRule, TCodeFix>.Test { TestCode = source, FixedCode = fixedSource, Aspire = true, TopLevel = topLevel };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public static Task VerifyNoFixAsync<TRule, TCodeFix>(string source, bool topLevel, params DiagnosticResult[] expected)
        where TRule : Verifiers.RuleScope, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new Verifiers.CodeFixVerifier<TRule, TCodeFix>.Test { TestCode = source, FixedCode = source, Aspire = true, TopLevel = topLevel };
        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>The topology the AppHost's top-level statements or Configure method build, as text.</summary>
    public static string Dump(string source, bool topLevel)
    {
        var topology = Extract(source, topLevel);
        Assert.NotNull(topology);
        return TopologyDump.Write(topology!) + Faults(topology!);
    }

    public static Topology? Extract(string source, bool topLevel)
    {
        var compilation = TestReferences.CompileAspire(source, topLevel);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join("\n", errors));
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        SyntaxNode declaration = topLevel
            ? tree.GetRoot()
            : tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First(m => m.Identifier.ValueText == "Configure");
        var body = model.GetOperation(declaration)!;
        var types = AzureTypes.TryCreate(compilation)!;
        return TopologyExtractor.Extract(body, types, new SourceOperations(compilation), CancellationToken.None);
    }

    private static string Faults(Topology topology) =>
        string.Concat(topology.ConfigurationFaults.Select(f => "fault " + f.Kind + " " + f.NetworkSecurityGroup + " " + f.Subject + "\n"));
}

using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Analyzers;

/// <summary>Pins exactly what the analyzers report on samples/SeedLab, verification by verification (SEED.md's last column).</summary>
public class SeedLabSampleTests
{
    [Fact]
    public async Task SeedLab_reports_exactly_the_expected_diagnostics()
    {
        var compilation = CompileSample();
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostics = await AnalyzerRunner.RunAsync(compilation);
        var actual = diagnostics
            .Select(d => Method(d) + ": " + d.Id + " " + Subject(d))
            .OrderBy(s => s)
            .ToList();

        string[] expected =
        [
            "Supplement_PublicLoadBalancerWithoutNsg: LBNSG005 web-vm1-nic",
            "Supplement_PublicLoadBalancerWithoutNsg: LBNSG005 web-vm2-nic",
            "Verification1_5_DenyAllBlocksProbes: LBNSG003 deny-all",
            "Verification2_OnlyAzureLoadBalancerAllowed: LBNSG004 allow-azure-load-balancer",
            "Verification4_FrontendSubnetNsgIsBypassed: LBNSG001 deny-http-to-lb-frontend",
        ];
        Assert.Equal(expected, actual);
    }

    /// <summary>samples/SeedLab's C# files, compiled as the sample project compiles them.</summary>
    internal static CSharpCompilation CompileSample()
    {
        string folder = Path.Combine(AnalyzerRunner.RepositoryRoot(), "samples", "SeedLab");
        return AnalyzerRunner.Compile(Directory.GetFiles(folder, "*.cs").OrderBy(f => f).Select(f => (f, File.ReadAllText(f))).ToArray());
    }

    // The reported object: the quoted rule name, or the backend named first for LBNSG005.
    private static string Subject(Diagnostic diagnostic)
    {
        string message = diagnostic.GetMessage();
        return diagnostic.Id == "LBNSG005" ? message.Split(' ')[1] : message.Split('\'')[1];
    }

    /// <summary>The SeedLab method whose body holds the diagnostic (one method per verification).</summary>
    internal static string Method(Diagnostic diagnostic)
    {
        var node = diagnostic.Location.SourceTree!.GetRoot().FindNode(diagnostic.Location.SourceSpan);
        return node.AncestorsAndSelf().OfType<MethodDeclarationSyntax>().First().Identifier.ValueText;
    }
}

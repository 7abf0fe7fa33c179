using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Aspire;

/// <summary>Pins exactly what the analyzers report on samples/AspireAppHost, file by file (samples/README.md).</summary>
public class AspireAppHostSampleTests
{
    [Fact]
    public async Task AspireAppHost_reports_exactly_the_expected_diagnostics()
    {
        string folder = Path.Combine(AnalyzerRunner.RepositoryRoot(), "samples", "AspireAppHost");
        var trees = Directory.GetFiles(folder, "*.cs").OrderBy(f => f)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Latest), f));
        var compilation = CSharpCompilation.Create("AspireAppHost", trees, TestReferences.Net100WithAspire, new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostics = await AnalyzerRunner.RunAsync(compilation);
        var actual = diagnostics
            .Select(d => Path.GetFileName(d.Location.SourceTree!.FilePath) + "(" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + "): " + d.Id + " " + d.GetMessage().Split('\'')[1])
            .OrderBy(s => s)
            .ToList();

        string[] expected =
        [
            "AppHost.cs(22): LBNSG004 allow-inbound-443-AzureLoadBalancer",
            "PriorityOverflow.cs(60): LBNSG101 allow-inbound-9041-VirtualNetwork",
            "ShadowedRule.cs(19): LBNSG106 allow-inbound-443-VirtualNetwork",
        ];
        Assert.Equal(expected, actual);
    }
}

using System.Threading;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.Analyzers;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AzLbNsgAnalyzers.Tests.Verifiers;

/// <summary>
/// The one verifier wrapper: the package's analyzer looking at one rule (<see cref="RuleScope"/>); sources compile against .NET 10 reference assemblies and the
/// Azure.Provisioning facade resolved at restore time (no download while tests run); opt-in
/// (<see cref="Test.Aspire"/>, <see cref="Test.TopLevel"/>): Aspire AppHost code in top-level statements.
/// </summary>
public static class AnalyzerVerifier<TRule>
    where TRule : RuleScope, new()
{
    /// <summary>The rule's main message.</summary>
    public static DiagnosticResult Diagnostic() => Diagnostic(new TRule().Id);

    /// <summary>The rule's main message (a rule may have several descriptors of one ID: the first is the main one).</summary>
    public static DiagnosticResult Diagnostic(string id) => Diagnostic(id, 0);

    /// <summary>The rule's message number <paramref name="form"/> (Finding.Form) among its descriptors of that ID.</summary>
    public static DiagnosticResult Diagnostic(string id, int form) => CSharpAnalyzerVerifier<AzureNetworkAnalyzer, DefaultVerifier>.Diagnostic(System.Linq.Enumerable.ElementAt(System.Linq.Enumerable.Where(new AzureNetworkAnalyzer().SupportedDiagnostics, d => d.Id == id), form));

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Aspire AppHost code: compiled against <see cref="TestReferences.Net100WithAspire"/>, as a console application when <paramref name="topLevel"/>.</summary>
    public static Task VerifyAspireAnalyzerAsync(string source, bool topLevel, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, Aspire = true, TopLevel = topLevel };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public sealed class Test : CSharpAnalyzerTest<AzureNetworkAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = new ReferenceAssemblies("none");
            TestState.AdditionalReferences.AddRange(TestReferences.Net100WithProvisioning);
            DisabledDiagnostics.AddRange(new TRule().OtherIds());
        }

        private readonly bool aspire;

        /// <summary>Compile against <see cref="TestReferences.Net100WithAspire"/> (Aspire.Hosting and the Aspire.Hosting.Azure.Network facade).</summary>
        public bool Aspire
        {
            get => aspire;
            init
            {
                aspire = value;
                TestState.AdditionalReferences.Clear();
                TestState.AdditionalReferences.AddRange(value ? TestReferences.Net100WithAspire : TestReferences.Net100WithProvisioning);
            }
        }

        /// <summary>Compile as a console application, so that the source may use top-level statements.</summary>
        public bool TopLevel
        {
            get => TestState.OutputKind == OutputKind.ConsoleApplication;
            init => TestState.OutputKind = value ? OutputKind.ConsoleApplication : null;
        }

        protected override Microsoft.CodeAnalysis.ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);
    }
}

using System.Threading;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.Analyzers;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AzLbNsgAnalyzers.Tests.Verifiers;

/// <summary>
/// Code-fix tests of the package's analyzer looking at one rule (<see cref="RuleScope"/>): the fixed code must compile and the analyzer is re-run on it (no diagnostic of the
/// fixed root cause may remain unless the test expects it). References resolve at restore time.
/// Opt-in (<see cref="Test.Aspire"/>, <see cref="Test.TopLevel"/>): Aspire AppHost code in top-level statements.
/// </summary>
public static class CodeFixVerifier<TRule, TCodeFix>
    where TRule : RuleScope, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>The rule's main message (a rule may have several descriptors of one ID: the first is the main one).</summary>
    public static DiagnosticResult Diagnostic(string id) => Diagnostic(id, 0);

    /// <summary>The rule's message number <paramref name="form"/> (Finding.Form) among its descriptors of that ID.</summary>
    public static DiagnosticResult Diagnostic(string id, int form) => CSharpCodeFixVerifier<AzureNetworkAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(System.Linq.Enumerable.ElementAt(System.Linq.Enumerable.Where(new AzureNetworkAnalyzer().SupportedDiagnostics, d => d.Id == id), form));

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource, int? codeActionIndex = null)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource, CodeActionIndex = codeActionIndex };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public static Task VerifyNoFixAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, FixedCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public sealed class Test : CSharpCodeFixTest<AzureNetworkAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = new ReferenceAssemblies("none");
            DisabledDiagnostics.AddRange(new TRule().OtherIds());
            TestState.AdditionalReferences.AddRange(TestReferences.Net100WithProvisioning);
            FixedState.AdditionalReferences.AddRange(TestReferences.Net100WithProvisioning);
            BatchFixedState.AdditionalReferences.AddRange(TestReferences.Net100WithProvisioning);
        }

        private readonly bool aspire;

        /// <summary>Compile the source and the fixed code against <see cref="TestReferences.Net100WithAspire"/> (Aspire.Hosting and the Aspire.Hosting.Azure.Network facade).</summary>
        public bool Aspire
        {
            get => aspire;
            init
            {
                aspire = value;
                var references = value ? TestReferences.Net100WithAspire : TestReferences.Net100WithProvisioning;
                foreach (var state in new[] { TestState, FixedState, BatchFixedState })
                {
                    state.AdditionalReferences.Clear();
                    state.AdditionalReferences.AddRange(references);
                }
            }
        }

        /// <summary>Compile the source and the fixed code as a console application, so that they may use top-level statements.</summary>
        public bool TopLevel
        {
            get => TestState.OutputKind == OutputKind.ConsoleApplication;
            init
            {
                foreach (var state in new[] { TestState, FixedState, BatchFixedState })
                {
                    state.OutputKind = value ? OutputKind.ConsoleApplication : null;
                }
            }
        }

        protected override Microsoft.CodeAnalysis.ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);
    }
}

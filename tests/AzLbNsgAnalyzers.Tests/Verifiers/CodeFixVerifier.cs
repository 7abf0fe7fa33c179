using System.Threading;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AzLbNsgAnalyzers.Tests.Verifiers;

/// <summary>
/// Code-fix tests: the fixed code must compile and the analyzer is re-run on it (no diagnostic of the
/// fixed root cause may remain unless the test expects it). References resolve at restore time.
/// </summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>The rule's main message (a rule may have several descriptors of one ID: the first is the main one).</summary>
    public static DiagnosticResult Diagnostic(string id) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(System.Linq.Enumerable.First(new TAnalyzer().SupportedDiagnostics, d => d.Id == id));

    /// <summary>The rule's message number <paramref name="form"/> (Finding.Form) among its descriptors of that ID.</summary>
    public static DiagnosticResult Diagnostic(string id, int form) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(System.Linq.Enumerable.ElementAt(System.Linq.Enumerable.Where(new TAnalyzer().SupportedDiagnostics, d => d.Id == id), form));

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

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = new ReferenceAssemblies("none");
            TestState.AdditionalReferences.AddRange(TestReferences.Net100WithProvisioning);
            FixedState.AdditionalReferences.AddRange(TestReferences.Net100WithProvisioning);
            BatchFixedState.AdditionalReferences.AddRange(TestReferences.Net100WithProvisioning);
        }

        protected override Microsoft.CodeAnalysis.ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);
    }
}

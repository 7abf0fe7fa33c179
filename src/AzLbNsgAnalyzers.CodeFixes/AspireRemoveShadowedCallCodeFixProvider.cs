using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>
/// LBNSG106 "Remove unreachable rule" on Aspire code: removes the shorthand call (<c>.AllowInbound(...)</c>) or the
/// <c>.WithSecurityRule(...)</c> call from its chain. The rules after it keep their order: Aspire's automatic
/// priorities only close the gap.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AspireRemoveShadowedCallCodeFixProvider)), Shared]
public sealed class AspireRemoveShadowedCallCodeFixProvider : AspireCallCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("LBNSG106");

    internal override IEnumerable<FixPlan> Plans(Diagnostic diagnostic, InvocationExpressionSyntax call)
    {
        if (AspireSyntax.MethodName(call) is not { } name || AspireSyntax.RemoveCall(call.SyntaxTree.GetRoot(), call) is null)
        {
            yield break;
        }

        string rule = diagnostic.Properties.TryGetValue("RuleName", out var ruleName) && ruleName is not null ? ruleName : name.Identifier.ValueText;
        yield return new FixPlan("Remove unreachable rule '" + rule + "'", "LBNSG106");
    }

    internal override SyntaxNode? Apply(SyntaxNode root, InvocationExpressionSyntax call, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations) =>
        AspireSyntax.RemoveCall(root, call);
}

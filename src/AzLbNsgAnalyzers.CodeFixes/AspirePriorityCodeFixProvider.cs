using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>
/// LBNSG101 "Use priority n" and LBNSG102 "Use next free priority n" on Aspire's shorthand rules: sets the call's
/// <c>priority:</c> argument (Aspire's automatic priority, 100 more than the NSG's largest, becomes explicit).
/// A WithSecurityRule's AzureSecurityRule is fixed by <see cref="UsePriorityCodeFixProvider"/>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AspirePriorityCodeFixProvider)), Shared]
public sealed class AspirePriorityCodeFixProvider : AspireCallCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("LBNSG101", "LBNSG102");

    internal override IEnumerable<FixPlan> Plans(Diagnostic diagnostic, InvocationExpressionSyntax call)
    {
        if (!IsShorthand(call) || UsePriorityCodeFixProvider.Choose(diagnostic, new PriorityReservations().For(diagnostic)) is not { } priority)
        {
            yield break;
        }

        string text = priority.ToString(CultureInfo.InvariantCulture);
        yield return diagnostic.Id == "LBNSG101"
            ? new FixPlan("Use priority " + text, "LBNSG101")
            : new FixPlan("Use next free priority " + text, "LBNSG102");
    }

    internal override SyntaxNode? Apply(SyntaxNode root, InvocationExpressionSyntax call, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations)
    {
        var taken = reservations.For(diagnostic);
        if (!IsShorthand(call) || UsePriorityCodeFixProvider.Choose(diagnostic, taken) is not { } priority)
        {
            return null;
        }

        taken.Add(priority);
        return root.ReplaceNode(call, AspireSyntax.WithPriority(call, priority));
    }

    private static bool IsShorthand(InvocationExpressionSyntax call) =>
        AspireSyntax.MethodName(call) is { } name && AspireSyntax.IsShorthandName(name.Identifier.ValueText);
}

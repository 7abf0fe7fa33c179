using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>
/// LBNSG101 "Use priority n" (nearest free in-range number) and LBNSG102 "Use next free priority n".
/// Offered where the priority is written in the rule's initializer or in a statement after construction
/// (<c>rule.Priority = 5000;</c>: that statement is edited); Fix All reserves numbers per NSG.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UsePriorityCodeFixProvider)), Shared]
public sealed class UsePriorityCodeFixProvider : NetworkCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("LBNSG101", "LBNSG102");

    // Aspire's `new AzureSecurityRule { Priority = 5000 }` is edited as a SecurityRule's initializer is.
    internal override bool EditsAspireRuleObjects => true;

    internal override IEnumerable<FixPlan> Plans(Diagnostic diagnostic, BaseObjectCreationExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
    {
        if (MemberWrites.FinalValue(target, "Priority") is null || Choose(diagnostic, new PriorityReservations().For(diagnostic)) is not { } priority)
        {
            yield break;
        }

        string text = priority.ToString(CultureInfo.InvariantCulture);
        yield return diagnostic.Id == "LBNSG101"
            ? new FixPlan("Use priority " + text, "LBNSG101")
            : new FixPlan("Use next free priority " + text, "LBNSG102");
    }

    internal override SyntaxNode? Apply(SyntaxNode root, BaseObjectCreationExpressionSyntax target, BaseObjectCreationExpressionSyntax? related, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations)
    {
        var taken = reservations.For(diagnostic);
        if (Choose(diagnostic, taken) is not { } priority || MemberWrites.FinalValue(target, "Priority") is null)
        {
            return null;
        }

        taken.Add(priority);
        return MemberWrites.ReplaceFinalValue(root, target, SecurityRuleSyntax.Int(priority), "Priority");
    }

    internal static int? Choose(Diagnostic diagnostic, HashSet<int> taken)
    {
        // Out of range: the nearest valid free number. Duplicate: the next free number after it.
        if (diagnostic.Id == "LBNSG101")
        {
            return PriorityReservations.ParseInt(diagnostic, "CurrentPriority") is { } current ? PriorityReservations.Nearest(taken, current) : null;
        }

        return PriorityReservations.ParseInt(diagnostic, "CurrentPriority") is { } duplicate ? PriorityReservations.NextAfter(taken, duplicate) : null;
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>
/// LBNSG106 "Remove unreachable rule 'name'": removes an inline element, an <c>infra.Add(new SecurityRule(...))</c>
/// statement, or a local whose only uses are <c>infra.Add(local)</c> statements and member writes after construction (removed with it).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveUnreachableRuleCodeFixProvider)), Shared]
public sealed class RemoveUnreachableRuleCodeFixProvider : NetworkCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("LBNSG106");

    internal override IEnumerable<FixPlan> Plans(Diagnostic diagnostic, BaseObjectCreationExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!RuleRemoval.CanRemove(target, model, cancellationToken))
        {
            yield break;
        }

        string name = SecurityRuleSyntax.StringMember(target, "Name") ?? (target.ArgumentList?.Arguments.FirstOrDefault()?.Expression as LiteralExpressionSyntax)?.Token.ValueText ?? "rule";
        yield return new FixPlan("Remove unreachable rule '" + name + "'", "LBNSG106");
    }

    internal override SyntaxNode? Apply(SyntaxNode root, BaseObjectCreationExpressionSyntax target, BaseObjectCreationExpressionSyntax? related, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations) =>
        RuleRemoval.Remove(root, target);
}

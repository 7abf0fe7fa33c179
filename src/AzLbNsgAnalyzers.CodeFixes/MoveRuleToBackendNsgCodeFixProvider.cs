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
/// LBNSG001 "Move rule '&lt;name&gt;' to backend NSG '&lt;nsg&gt;'": removes the rule from the frontend-subnet NSG
/// and adds it to the one NSG on the backends' paths, with the destination rewritten to '*' and the
/// backend port (the packet the backend sees). Offered only when exactly one backend NSG exists and
/// is created in the same document, with inline rules or as a local the rule can be Parent-linked to.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveRuleToBackendNsgCodeFixProvider)), Shared]
public sealed class MoveRuleToBackendNsgCodeFixProvider : NetworkCodeFixProvider
{
    private const string NewNsg = "new";
    private static readonly SyntaxAnnotation Destination = new("AzLbNsgAnalyzers.BackendNsg");

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("LBNSG001");

    internal override IEnumerable<FixPlan> Plans(Diagnostic diagnostic, BaseObjectCreationExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
    {
        diagnostic.Properties.TryGetValue("BackendNsgPosition", out var position);
        diagnostic.Properties.TryGetValue("BackendNsgName", out var nsgName);
        var root = target.SyntaxTree.GetRoot(cancellationToken);
        // Values set after construction travel with the moved rule; one that cannot be carried over (x.List.Add...) blocks the move.
        if (PriorityReservations.ParseInt(diagnostic, "BackendPort") is null || !RuleRemoval.CanRemove(target, model, cancellationToken) || MemberWrites.WithMemberStatementsFolded(target) is null)
        {
            yield break;
        }

        string name = SecurityRuleSyntax.StringMember(target, "Name") ?? "rule";
        var nsg = SecurityRuleSyntax.FindCreationAt(root, position);
        if (nsg is null || nsgName is null)
        {
            // No NSG on the backends yet: create one for their one subnet, holding the moved rule.
            diagnostic.Properties.TryGetValue("BackendSubnetPosition", out var subnetPosition);
            diagnostic.Properties.TryGetValue("BackendSubnetName", out var subnetName);
            var subnet = SecurityRuleSyntax.FindCreationAt(root, subnetPosition);
            if (subnetName is not null && CreateBackendNsgCodeFixProvider.Infrastructure(subnet, model, cancellationToken) is { } infra)
            {
                yield return new FixPlan("Move rule '" + name + "' to a new NSG for backend subnet '" + subnetName + "'", "LBNSG001", option: NewNsg, infrastructure: infra, relatedPosition: subnetPosition);
            }

            yield break;
        }

        string? infrastructure = null;
        if (InlineRules(nsg) is null)
        {
            infrastructure = SecurityRuleSyntax.DeclaredVariable(nsg) is null ? null : FindInfrastructure(nsg, model, cancellationToken);
            if (infrastructure is null)
            {
                yield break;
            }
        }

        yield return new FixPlan("Move rule '" + name + "' to backend NSG '" + nsgName + "'", "LBNSG001", infrastructure: infrastructure, relatedPosition: position);
    }

    internal override SyntaxNode? Apply(SyntaxNode root, BaseObjectCreationExpressionSyntax target, BaseObjectCreationExpressionSyntax? related, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations)
    {
        var nsg = related;
        if (nsg is null || PriorityReservations.ParseInt(diagnostic, "BackendPort") is not { } port)
        {
            return null;
        }

        // The moved rule: destination '*' and the backend port; its priority kept unless the backend NSG uses it.
        var taken = reservations.For(diagnostic);
        if (MemberWrites.WithMemberStatementsFolded(target) is not { } folded)
        {
            return null;
        }

        var moved = SecurityRuleSyntax.SetSingular(folded, "DestinationAddressPrefix", "DestinationAddressPrefixes", SecurityRuleSyntax.String("*"));
        moved = SecurityRuleSyntax.SetSingular(moved, "DestinationPortRange", "DestinationPortRanges", SecurityRuleSyntax.String(port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (SecurityRuleSyntax.FindMember(moved, "Priority")?.Right is LiteralExpressionSyntax { Token.Value: int priority } && PriorityReservations.NextAfter(taken, priority - 1) is { } free)
        {
            taken.Add(free);
            moved = SecurityRuleSyntax.ReplaceMemberValue(moved, "Priority", SecurityRuleSyntax.Int(free));
        }

        if (plan.Option == NewNsg)
        {
            // The subnet is found again through an annotation after the removal, then gets its new NSG with the rule in it.
            diagnostic.Properties.TryGetValue("BackendSubnetName", out var subnetName);
            var markedSubnet = root.ReplaceNode(nsg, nsg.WithAdditionalAnnotations(Destination));
            var rule = SecurityRuleSyntax.FindCreation(markedSubnet, target.Span);
            var withoutRule = rule is null ? null : RuleRemoval.Remove(markedSubnet, rule);
            var rewritten = moved.WithoutTrivia();
            return subnetName is null || withoutRule?.GetAnnotatedNodes(Destination).FirstOrDefault() is not BaseObjectCreationExpressionSyntax subnet
                ? null
                : CreateBackendNsgCodeFixProvider.CreateFor(withoutRule, subnet, subnetName, plan.Infrastructure!, (_, parent) => new[]
                {
                    (ExpressionSyntax)(parent is null ? SecurityRuleSyntax.RemoveMember(rewritten, "Parent") : SecurityRuleSyntax.SetMember(rewritten, "Parent", parent)).WithAdditionalAnnotations(Formatter.Annotation),
                });
        }

        moved = plan.Infrastructure is null
            ? SecurityRuleSyntax.RemoveMember(moved, "Parent")
            : SecurityRuleSyntax.SetMember(moved, "Parent", SyntaxFactory.IdentifierName(SecurityRuleSyntax.DeclaredVariable(nsg)!));
        moved = moved.WithoutTrivia().WithAdditionalAnnotations(Formatter.Annotation);

        // Remove first (the NSG node is found again through an annotation), then add.
        var marked = root.ReplaceNode(nsg, nsg.WithAdditionalAnnotations(Destination));
        var currentTarget = SecurityRuleSyntax.FindCreation(marked, target.Span);
        var removed = currentTarget is null ? null : RuleRemoval.Remove(marked, currentTarget);
        if (removed?.GetAnnotatedNodes(Destination).FirstOrDefault() is not BaseObjectCreationExpressionSyntax destination)
        {
            return null;
        }

        if (plan.Infrastructure is null)
        {
            var rules = InlineRules(destination);
            return rules is not null && SecurityRuleSyntax.AppendElement(rules, moved) is { } appended ? removed.ReplaceNode(rules, appended) : null;
        }

        return SecurityRuleSyntax.InsertStatementAfter(removed, LastStatementOfNsg(destination), SecurityRuleSyntax.AddToInfrastructure(plan.Infrastructure, moved));
    }

    // The NSG's declaration, or the last statement after it that adds the NSG or one of its Parent-linked rules, so the moved rule joins them.
    private static SyntaxNode LastStatementOfNsg(BaseObjectCreationExpressionSyntax nsg)
    {
        var declaration = nsg.FirstAncestorOrSelf<StatementSyntax>(s => s.Parent is BlockSyntax);
        string? variable = SecurityRuleSyntax.DeclaredVariable(nsg);
        if (declaration?.Parent is not BlockSyntax block || variable is null)
        {
            return nsg;
        }

        SyntaxNode anchor = declaration;
        var ruleLocals = new HashSet<string>();
        foreach (var statement in block.Statements.Skip(block.Statements.IndexOf(declaration) + 1))
        {
            bool parentLinked = statement.DescendantNodes().OfType<AssignmentExpressionSyntax>()
                .Any(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "Parent" } && a.Right is IdentifierNameSyntax { Identifier.ValueText: var parent } && parent == variable);
            if (parentLinked)
            {
                anchor = statement;
                if (statement is LocalDeclarationStatementSyntax local)
                {
                    ruleLocals.UnionWith(local.Declaration.Variables.Select(v => v.Identifier.ValueText));
                }
            }
            else if (statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" }, ArgumentList.Arguments: { Count: 1 } arguments } }
                     && arguments[0].Expression is IdentifierNameSyntax added
                     && (added.Identifier.ValueText == variable || ruleLocals.Contains(added.Identifier.ValueText)))
            {
                anchor = statement;
            }
        }

        return anchor;
    }

    private static ExpressionSyntax? InlineRules(BaseObjectCreationExpressionSyntax nsg) =>
        SecurityRuleSyntax.FindMember(nsg, "SecurityRules")?.Right is CollectionExpressionSyntax or InitializerExpressionSyntax ? SecurityRuleSyntax.FindMember(nsg, "SecurityRules")!.Right : null;
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>
/// LBNSG002 "Allow clients from subnet '&lt;name&gt;' (&lt;prefix&gt;)" per candidate subnet, and "Allow VirtualNetwork":
/// replaces the rule's source, keeping the field kind valid (a service tag only in the singular field).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceSourceCodeFixProvider)), Shared]
public sealed class ReplaceSourceCodeFixProvider : NetworkCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("LBNSG002");

    internal override IEnumerable<FixPlan> Plans(Diagnostic diagnostic, BaseObjectCreationExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
    {
        bool singular = SecurityRuleSyntax.FindMember(target, "SourceAddressPrefix") is not null;
        bool plural = SecurityRuleSyntax.FindMember(target, "SourceAddressPrefixes")?.Right is InitializerExpressionSyntax or CollectionExpressionSyntax;
        if (singular == plural)
        {
            yield break;
        }

        foreach (var (name, prefix) in ClientCandidates.Read(diagnostic))
        {
            yield return name == ClientCandidates.VirtualNetwork
                ? new FixPlan("Allow VirtualNetwork", "LBNSG002:" + name, option: prefix)
                : new FixPlan("Allow clients from subnet '" + name + "' (" + prefix + ")", "LBNSG002:" + name, option: prefix);
        }
    }

    internal override SyntaxNode? Apply(SyntaxNode root, BaseObjectCreationExpressionSyntax target, BaseObjectCreationExpressionSyntax? related, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations)
    {
        string prefix = plan.Option!;
        var value = SecurityRuleSyntax.String(prefix);
        if (SecurityRuleSyntax.FindMember(target, "SourceAddressPrefix") is not null)
        {
            return root.ReplaceNode(target, SecurityRuleSyntax.ReplaceMemberValue(target, "SourceAddressPrefix", value));
        }

        var pluralMember = SecurityRuleSyntax.FindMember(target, "SourceAddressPrefixes");
        if (pluralMember is null)
        {
            return null;
        }

        if (prefix == ClientCandidates.VirtualNetwork)
        {
            // A tag cannot stand in the plural list: move to the singular field.
            return root.ReplaceNode(target, SecurityRuleSyntax.SetMember(SecurityRuleSyntax.RemoveMember(target, "SourceAddressPrefixes"), "SourceAddressPrefix", value));
        }

        ExpressionSyntax list = pluralMember.Right is CollectionExpressionSyntax
            ? SyntaxFactory.CollectionExpression(SyntaxFactory.SingletonSeparatedList<CollectionElementSyntax>(SyntaxFactory.ExpressionElement(value)))
            : SyntaxFactory.InitializerExpression(SyntaxKind.CollectionInitializerExpression, SyntaxFactory.SingletonSeparatedList(value));
        return root.ReplaceNode(target, target.ReplaceNode(pluralMember.Right, list.WithTriviaFrom(pluralMember.Right)));
    }
}

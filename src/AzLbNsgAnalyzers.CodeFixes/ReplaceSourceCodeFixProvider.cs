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
/// LBNSG002 "Allow clients from subnet '&lt;name&gt;' (&lt;prefix&gt;)" per candidate subnet, and "Allow VirtualNetwork":
/// replaces the rule's source where it is written (the initializer, or a statement after construction),
/// keeping the field valid: a service tag only in the singular field, and a plural list left with one
/// entry for the client prefix (every entry of a flagged list lies in the frontend subnet).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceSourceCodeFixProvider)), Shared]
public sealed class ReplaceSourceCodeFixProvider : NetworkCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("LBNSG002");

    internal override IEnumerable<FixPlan> Plans(Diagnostic diagnostic, BaseObjectCreationExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
    {
        var singular = MemberWrites.FinalValue(target, "SourceAddressPrefix");
        var entries = MemberWrites.ListEntries(target, "SourceAddressPrefixes");
        bool plural = entries is { Count: > 0 };
        if ((singular is null) == !plural || (singular is null && entries is null))
        {
            yield break;
        }

        // A tag cannot stand in the plural list; it replaces the list only where the list is written whole in the initializer.
        bool tagAllowed = !plural || entries!.All(e => e.AddStatement is null);
        foreach (var (name, prefix) in ClientCandidates.Read(diagnostic))
        {
            if (name == ClientCandidates.VirtualNetwork)
            {
                if (tagAllowed)
                {
                    yield return new FixPlan("Allow VirtualNetwork", "LBNSG002:" + name, option: prefix);
                }
            }
            else
            {
                yield return new FixPlan("Allow clients from subnet '" + name + "' (" + prefix + ")", "LBNSG002:" + name, option: prefix);
            }
        }
    }

    internal override SyntaxNode? Apply(SyntaxNode root, BaseObjectCreationExpressionSyntax target, BaseObjectCreationExpressionSyntax? related, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations)
    {
        string prefix = plan.Option!;
        var value = SecurityRuleSyntax.String(prefix);
        if (MemberWrites.FinalValue(target, "SourceAddressPrefix") is not null)
        {
            return MemberWrites.ReplaceFinalValue(root, target, value, "SourceAddressPrefix");
        }

        var entries = MemberWrites.ListEntries(target, "SourceAddressPrefixes");
        if (entries is not { Count: > 0 })
        {
            return null;
        }

        if (prefix == ClientCandidates.VirtualNetwork)
        {
            // The singular field takes the list's place in the initializer (not beside a singular written elsewhere).
            if (SecurityRuleSyntax.FindMember(target, "SourceAddressPrefixes") is null || SecurityRuleSyntax.FindMember(target, "SourceAddressPrefix") is not null
                || entries.Any(e => e.AddStatement is not null))
            {
                return null;
            }

            return root.ReplaceNode(target, SecurityRuleSyntax.SetSingular(target, "SourceAddressPrefix", "SourceAddressPrefixes", value));
        }

        // The first entry becomes the client prefix where it is written; the others (all in the frontend subnet) go.
        var first = entries[0];
        var removed = entries.Skip(1).Select(e => e.AddStatement ?? (SyntaxNode)(e.Value.Parent as ExpressionElementSyntax ?? (SyntaxNode)e.Value)).ToList();
        var list = first.AddStatement is null ? (first.Value.Parent as ExpressionElementSyntax ?? (SyntaxNode)first.Value).Parent : null;
        var tracked = root.TrackNodes(removed.Append(first.Value).Concat(list is null ? Enumerable.Empty<SyntaxNode>() : new[] { list }));
        tracked = tracked.ReplaceNode(tracked.GetCurrentNode(first.Value)!, value.WithTriviaFrom(first.Value));
        if (removed.Count > 0)
        {
            // A list element keeps the trivia after it (the space or line break before the closing brace); a statement goes whole.
            tracked = tracked.RemoveNodes(removed.Where(n => n is not StatementSyntax).Select(n => tracked.GetCurrentNode(n)!), SyntaxRemoveOptions.KeepTrailingTrivia)!;
            tracked = tracked.RemoveNodes(removed.OfType<StatementSyntax>().Select(n => tracked.GetCurrentNode(n)!), SyntaxRemoveOptions.KeepNoTrivia)!;
        }

        return list is not null && tracked.GetCurrentNode(list) is { } currentList
            ? tracked.ReplaceNode(currentList, currentList.WithAdditionalAnnotations(Formatter.Annotation))
            : tracked;
    }
}

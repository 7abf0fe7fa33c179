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
using Microsoft.CodeAnalysis.Simplification;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>
/// LBNSG006 "Match backend port &lt;b&gt;" (the rule named the frontend port; when it also named the frontend
/// address, that is fixed in the same edit), "Match backend address" (it named the frontend address), or,
/// with floating IP, "Match frontend address" (destination = the frontend address and port). Values are
/// edited where they are written: the initializer, a statement after construction, or the entry of a
/// plural port list. The backend address written is the backends' static addresses when all are known
/// and the destination is set in the initializer, else '*' (the resources behind the NSG).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MatchBackendCodeFixProvider)), Shared]
public sealed class MatchBackendCodeFixProvider : NetworkCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("LBNSG006");

    internal override IEnumerable<FixPlan> Plans(Diagnostic diagnostic, BaseObjectCreationExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
    {
        diagnostic.Properties.TryGetValue("FixKind", out var kind);
        diagnostic.Properties.TryGetValue("BackendPort", out var backendPort);
        diagnostic.Properties.TryGetValue("FrontendAddress", out var frontendAddress);
        bool hasAddress = MemberWrites.FinalValue(target, "DestinationAddressPrefix") is LiteralExpressionSyntax;
        switch (kind)
        {
            case "BackendPort" when !string.IsNullOrEmpty(backendPort) && FrontendPortValue(diagnostic, target) is not null:
                if (!NamesFrontendAddress(diagnostic))
                {
                    yield return new FixPlan("Match backend port " + backendPort, "LBNSG006:BackendPort", option: kind);
                }
                else if (hasAddress)
                {
                    yield return new FixPlan("Match backend port " + backendPort + " and backend address", "LBNSG006:BackendPortAndAddress", option: kind);
                }

                break;
            case "BackendAddress" when hasAddress:
                yield return new FixPlan("Match backend address", "LBNSG006:BackendAddress", option: kind);
                break;
            case "FrontendPortForFloatingIp" when hasAddress && MemberWrites.FinalValue(target, "DestinationPortRange") is LiteralExpressionSyntax && !string.IsNullOrEmpty(frontendAddress):
                yield return new FixPlan("Match frontend address", "LBNSG006:FrontendAddress", option: kind);
                break;
        }
    }

    internal override SyntaxNode? Apply(SyntaxNode root, BaseObjectCreationExpressionSyntax target, BaseObjectCreationExpressionSyntax? related, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations)
    {
        diagnostic.Properties.TryGetValue("BackendPort", out var backendPort);
        diagnostic.Properties.TryGetValue("FrontendAddress", out var frontendAddress);
        diagnostic.Properties.TryGetValue("FrontendPort", out var frontendPort);
        var edits = new Dictionary<SyntaxNode, SyntaxNode>();
        switch (plan.Option)
        {
            case "BackendPort":
                if (FrontendPortValue(diagnostic, target) is not { } port || !AddValue(edits, port, SecurityRuleSyntax.String(backendPort!))
                    || (NamesFrontendAddress(diagnostic) && !AddBackendAddress(edits, target, diagnostic)))
                {
                    return null;
                }

                break;
            case "BackendAddress":
                if (!AddBackendAddress(edits, target, diagnostic))
                {
                    return null;
                }

                break;
            case "FrontendPortForFloatingIp":
                if (!AddValue(edits, MemberWrites.FinalValue(target, "DestinationPortRange"), SecurityRuleSyntax.String(frontendPort!))
                    || !AddValue(edits, MemberWrites.FinalValue(target, "DestinationAddressPrefix"), SecurityRuleSyntax.String(frontendAddress!)))
                {
                    return null;
                }

                break;
            default:
                return null;
        }

        return root.ReplaceNodes(edits.Keys, (original, _) => edits[original]);
    }

    private static bool NamesFrontendAddress(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue("NamesFrontendAddress", out var names) && names == "true";

    // Where the frontend port is written: the singular field's final value, or the plural list's entry that is exactly that port.
    private static ExpressionSyntax? FrontendPortValue(Diagnostic diagnostic, BaseObjectCreationExpressionSyntax target)
    {
        if (!diagnostic.Properties.TryGetValue("FrontendPort", out var frontendPort) || string.IsNullOrEmpty(frontendPort))
        {
            return null;
        }

        if (MemberWrites.FinalValue(target, "DestinationPortRange") is LiteralExpressionSyntax singular)
        {
            return singular;
        }

        var entries = MemberWrites.ListEntries(target, "DestinationPortRanges");
        var matching = entries?.Where(e => e.Text.Trim() == frontendPort).ToList();
        return matching is { Count: 1 } ? matching[0].Value : null;
    }

    private static bool AddValue(Dictionary<SyntaxNode, SyntaxNode> edits, ExpressionSyntax? current, ExpressionSyntax value)
    {
        if (current is null)
        {
            return false;
        }

        edits[current] = value.WithTriviaFrom(current).WithAdditionalAnnotations(Simplifier.Annotation);
        return true;
    }

    // The backends' static addresses (one: the singular field; several: the plural list in the singular's place), else '*'.
    private static bool AddBackendAddress(Dictionary<SyntaxNode, SyntaxNode> edits, BaseObjectCreationExpressionSyntax target, Diagnostic diagnostic)
    {
        var current = MemberWrites.FinalValue(target, "DestinationAddressPrefix");
        diagnostic.Properties.TryGetValue("BackendAddresses", out var known);
        var addresses = string.IsNullOrEmpty(known) ? new string[0] : known!.Split(',');
        var member = SecurityRuleSyntax.FindMember(target, "DestinationAddressPrefix");
        if (addresses.Length > 1 && member is not null && ReferenceEquals(member.Right, current))
        {
            var list = SyntaxFactory.InitializerExpression(SyntaxKind.CollectionInitializerExpression, SyntaxFactory.SeparatedList(addresses.Select(SecurityRuleSyntax.String)));
            edits[member] = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName("DestinationAddressPrefixes"), list)
                .WithTriviaFrom(member).WithAdditionalAnnotations(Formatter.Annotation);
            return true;
        }

        return AddValue(edits, current, SecurityRuleSyntax.String(addresses.Length == 1 ? addresses[0] : "*"));
    }
}

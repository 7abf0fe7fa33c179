using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>
/// LBNSG006 "Match backend port &lt;b&gt;" (the rule named the frontend port), "Match backend address" (it named
/// the frontend address: the destination becomes '*'), or, with floating IP, "Match frontend address"
/// (destination = the frontend address and port). Offered where the rule uses the singular fields.
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
        bool hasPort = SecurityRuleSyntax.FindMember(target, "DestinationPortRange") is not null;
        bool hasAddress = SecurityRuleSyntax.FindMember(target, "DestinationAddressPrefix") is not null;
        switch (kind)
        {
            case "BackendPort" when hasPort && !string.IsNullOrEmpty(backendPort):
                yield return new FixPlan("Match backend port " + backendPort, "LBNSG006:BackendPort", option: kind);
                break;
            case "BackendAddress" when hasAddress:
                yield return new FixPlan("Match backend address", "LBNSG006:BackendAddress", option: kind);
                break;
            case "FrontendPortForFloatingIp" when hasPort && hasAddress && !string.IsNullOrEmpty(frontendAddress):
                yield return new FixPlan("Match frontend address", "LBNSG006:FrontendAddress", option: kind);
                break;
        }
    }

    internal override SyntaxNode? Apply(SyntaxNode root, BaseObjectCreationExpressionSyntax target, BaseObjectCreationExpressionSyntax? related, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations)
    {
        diagnostic.Properties.TryGetValue("BackendPort", out var backendPort);
        diagnostic.Properties.TryGetValue("FrontendAddress", out var frontendAddress);
        diagnostic.Properties.TryGetValue("FrontendPort", out var frontendPort);
        var updated = plan.Option switch
        {
            "BackendPort" => SecurityRuleSyntax.ReplaceMemberValue(target, "DestinationPortRange", SecurityRuleSyntax.String(backendPort!)),
            "BackendAddress" => SecurityRuleSyntax.ReplaceMemberValue(target, "DestinationAddressPrefix", SecurityRuleSyntax.String("*")),
            "FrontendPortForFloatingIp" => SecurityRuleSyntax.ReplaceMemberValue(
                SecurityRuleSyntax.ReplaceMemberValue(target, "DestinationPortRange", SecurityRuleSyntax.String(frontendPort!)),
                "DestinationAddressPrefix",
                SecurityRuleSyntax.String(frontendAddress!)),
            _ => null,
        };
        return updated is null ? null : root.ReplaceNode(target, updated);
    }
}

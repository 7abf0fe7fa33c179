using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>
/// "Allow clients from '&lt;prefix&gt;' to port &lt;backendPort&gt;" for LBNSG004 and LBNSG007: one fix per
/// client candidate (the other subnets of the VNet that host NICs, and VirtualNetwork; Internet for a
/// public frontend), inserting an Allow beside the reported rule (LBNSG004: the AzureLoadBalancer rule;
/// LBNSG007: the custom deny) with a free priority below the deny. Not offered when the rule put no fix
/// data in the diagnostic (the deny is in another NSG, another NSG of the path also drops the clients,
/// only the default DenyAllInbound drops them for LBNSG007) or no free number is left below the deny.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AllowClientsCodeFixProvider)), Shared]
public sealed class AllowClientsCodeFixProvider : NetworkCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("LBNSG004", "LBNSG007");

    internal override IEnumerable<FixPlan> Plans(Diagnostic diagnostic, BaseObjectCreationExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue("DenyInSameNsg", out var sameNsg) || sameNsg != "true"
            || PriorityReservations.ParseInt(diagnostic, "DenyPriority") is not { } deny
            || PriorityReservations.FreeBelow(new PriorityReservations().For(diagnostic), deny) is null)
        {
            yield break;
        }

        if (!SecurityRuleSyntax.CanInsertBeside(target, model, cancellationToken, out var infrastructure))
        {
            yield break;
        }

        string port = Port(diagnostic);
        foreach (var (name, prefix) in ClientCandidates.Read(diagnostic))
        {
            yield return new FixPlan("Allow clients from '" + prefix + "' to port " + port, diagnostic.Id + ":" + name, option: name + "|" + prefix, infrastructure: infrastructure);
        }
    }

    internal override SyntaxNode? Apply(SyntaxNode root, BaseObjectCreationExpressionSyntax target, BaseObjectCreationExpressionSyntax? related, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations)
    {
        var taken = reservations.For(diagnostic);
        if (PriorityReservations.ParseInt(diagnostic, "DenyPriority") is not { } deny || PriorityReservations.FreeBelow(taken, deny) is not { } priority)
        {
            return null;
        }

        taken.Add(priority);
        var option = plan.Option!.Split('|');
        var names = SecurityRuleSyntax.UsedNames(root);
        string slug = ClientCandidates.Slug(option[0]);
        string name = SecurityRuleSyntax.Unique(names, "allow-clients-" + slug);
        string identifier = SecurityRuleSyntax.Unique(names, "allowClients" + char.ToUpperInvariant(slug[0]) + slug.Substring(1).Replace("-", string.Empty));
        diagnostic.Properties.TryGetValue("Protocol", out var protocol);

        var members = SecurityRuleSyntax.InboundAllowMembers(SecurityRuleSyntax.ParentFor(target, plan.Infrastructure), name, priority, protocol ?? "Asterisk", option[1], Port(diagnostic));
        return SecurityRuleSyntax.InsertRuleBeside(root, target, plan.Infrastructure, SecurityRuleSyntax.NewRule(target, identifier, members), identifier);
    }

    private static string Port(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue("BackendPort", out var port) && port is not null && port != "every port" ? port : "*";
}

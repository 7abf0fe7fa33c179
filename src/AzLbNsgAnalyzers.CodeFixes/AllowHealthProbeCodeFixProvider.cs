using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>LBNSG003: inserts an Allow from AzureLoadBalancer to the probe port, with a free priority below the deny.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AllowHealthProbeCodeFixProvider)), Shared]
public sealed class AllowHealthProbeCodeFixProvider : NetworkCodeFixProvider
{
    public const string Title = "Allow Azure Load Balancer health probes";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("LBNSG003");

    internal override IEnumerable<FixPlan> Plans(Diagnostic diagnostic, BaseObjectCreationExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
    {
        // No free number below the deny: no fix (the rule page says what to do instead).
        if (PriorityReservations.ParseInt(diagnostic, "DenyPriority") is not { } deny
            || PriorityReservations.FreeBelow(new PriorityReservations().For(diagnostic), deny) is null)
        {
            yield break;
        }

        if (SecurityRuleSyntax.CanInsertBeside(target, model, cancellationToken, out var infrastructure))
        {
            yield return new FixPlan(Title, "LBNSG003", infrastructure: infrastructure);
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
        string port = diagnostic.Properties.TryGetValue("ProbePort", out var probePort) && probePort is not null ? probePort : "*";
        var names = SecurityRuleSyntax.UsedNames(root);
        string name = SecurityRuleSyntax.Unique(names, "allow-azure-load-balancer-probe");
        string identifier = SecurityRuleSyntax.Unique(names, "allowAzureLoadBalancerProbe");
        var members = SecurityRuleSyntax.InboundAllowMembers(SecurityRuleSyntax.ParentFor(target, plan.Infrastructure), name, priority, "Tcp", "AzureLoadBalancer", port);
        return SecurityRuleSyntax.InsertRuleBeside(root, target, plan.Infrastructure, SecurityRuleSyntax.NewRule(target, identifier, members), identifier);
    }
}

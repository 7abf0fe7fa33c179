using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>
/// LBNSG105 "Use Standard SKU": rewrites the SKU name where it is written (the resource's initializer, or
/// <c>lb.Sku = ...;</c> / <c>lb.Sku.Name = ...;</c> after construction); on a public IP
/// also sets Static allocation (Standard public IPs are static only). A load balancer and its public
/// IPs each carry their own diagnostic, so Fix All leaves them with matching SKUs.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseStandardSkuCodeFixProvider)), Shared]
public sealed class UseStandardSkuCodeFixProvider : NetworkCodeFixProvider
{
    public const string LoadBalancerTitle = "Use Standard SKU (a public Standard load balancer then needs an NSG that allows its clients)";
    public const string PublicIpTitle = "Use Standard SKU with static allocation (a Standard public IP is closed to inbound traffic until an NSG allows it)";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("LBNSG105");

    internal override IEnumerable<FixPlan> Plans(Diagnostic diagnostic, BaseObjectCreationExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
    {
        if (SkuName(target) is null || !diagnostic.Properties.TryGetValue("Kind", out var kind))
        {
            yield break;
        }

        yield return kind == "PublicIPAddress" ? new FixPlan(PublicIpTitle, "LBNSG105") : new FixPlan(LoadBalancerTitle, "LBNSG105");
    }

    internal override SyntaxNode? Apply(SyntaxNode root, BaseObjectCreationExpressionSyntax target, BaseObjectCreationExpressionSyntax? related, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations)
    {
        if (SkuName(target) is not MemberAccessExpressionSyntax name)
        {
            return null;
        }

        var standard = Microsoft.CodeAnalysis.CSharp.SyntaxFactory.IdentifierName("Standard").WithTriviaFrom(name.Name);
        if (!diagnostic.Properties.TryGetValue("Kind", out var kind) || kind != "PublicIPAddress")
        {
            return root.ReplaceNode(name.Name, standard);
        }

        // Standard public IPs are static only: the allocation is set where it is written, else in the initializer.
        var allocation = MemberWrites.FinalValue(target, "PublicIPAllocationMethod");
        var staticAllocation = SecurityRuleSyntax.Enum("NetworkIPAllocationMethod", "Static");
        if (allocation is not null && !target.Span.Contains(allocation.Span))
        {
            return root.ReplaceNodes(new SyntaxNode[] { name.Name, allocation }, (original, _) => original == name.Name ? standard : staticAllocation.WithTriviaFrom(allocation));
        }

        var updated = target.Span.Contains(name.Span) ? target.ReplaceNode(name.Name, standard) : target;
        updated = SecurityRuleSyntax.SetMember(updated, "PublicIPAllocationMethod", staticAllocation);
        return target.Span.Contains(name.Span)
            ? root.ReplaceNode(target, updated)
            : root.ReplaceNodes(new SyntaxNode[] { name.Name, target }, (original, _) => original == name.Name ? standard : updated);
    }

    // Where the SKU name is finally written: Sku = new XSku { Name = XSkuName.Basic } or Sku = { Name = ... } in the
    // initializer, or lb.Sku = new XSku { ... }; / lb.Sku.Name = XSkuName.Basic; after construction: the enum member access.
    private static ExpressionSyntax? SkuName(BaseObjectCreationExpressionSyntax target) =>
        MemberWrites.FinalValue(target, "Sku", "Name") is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Basic" } name ? name : null;
}

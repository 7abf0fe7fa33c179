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
/// LBNSG105 "Use Standard SKU": rewrites the SKU name in the resource's initializer; on a public IP
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

        var updated = target.ReplaceNode(name.Name, Microsoft.CodeAnalysis.CSharp.SyntaxFactory.IdentifierName("Standard").WithTriviaFrom(name.Name));
        if (diagnostic.Properties.TryGetValue("Kind", out var kind) && kind == "PublicIPAddress")
        {
            updated = SecurityRuleSyntax.SetMember(updated, "PublicIPAllocationMethod", SecurityRuleSyntax.Enum("NetworkIPAllocationMethod", "Static"));
        }

        return root.ReplaceNode(target, updated);
    }

    // Sku = new XSku { Name = XSkuName.Basic } or Sku = { Name = XSkuName.Basic }: the enum member access.
    private static ExpressionSyntax? SkuName(BaseObjectCreationExpressionSyntax target)
    {
        var sku = SecurityRuleSyntax.FindMember(target, "Sku")?.Right;
        var initializer = sku switch
        {
            BaseObjectCreationExpressionSyntax creation => creation.Initializer,
            InitializerExpressionSyntax nested => nested,
            _ => null,
        };
        var name = initializer?.Expressions.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "Name" })?.Right;
        return name is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Basic" } ? name : null;
    }
}

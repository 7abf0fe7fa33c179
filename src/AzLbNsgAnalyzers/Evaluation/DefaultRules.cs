using System.Collections.Immutable;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Evaluation;

/// <summary>The rules Azure adds to every NSG (priorities 65000-65500); they cannot be removed.</summary>
public static class DefaultRules
{
    public static readonly ImmutableArray<SecurityRuleModel> Inbound = ImmutableArray.Create(
        Create("AllowVNetInBound", 65000, RuleDirection.Inbound, RuleAccess.Allow, AddressPrefix.VirtualNetworkTag, AddressPrefix.VirtualNetworkTag),
        Create("AllowAzureLoadBalancerInBound", 65001, RuleDirection.Inbound, RuleAccess.Allow, AddressPrefix.AzureLoadBalancerTag, "*"),
        Create("DenyAllInbound", 65500, RuleDirection.Inbound, RuleAccess.Deny, "*", "*"));

    public static readonly ImmutableArray<SecurityRuleModel> Outbound = ImmutableArray.Create(
        Create("AllowVnetOutBound", 65000, RuleDirection.Outbound, RuleAccess.Allow, AddressPrefix.VirtualNetworkTag, AddressPrefix.VirtualNetworkTag),
        Create("AllowInternetOutBound", 65001, RuleDirection.Outbound, RuleAccess.Allow, "*", AddressPrefix.InternetTag),
        Create("DenyAllOutBound", 65500, RuleDirection.Outbound, RuleAccess.Deny, "*", "*"));

    public static ImmutableArray<SecurityRuleModel> For(RuleDirection direction) => direction == RuleDirection.Inbound ? Inbound : Outbound;

    private static SecurityRuleModel Create(string name, int priority, RuleDirection direction, RuleAccess access, string source, string destination)
    {
        var anyPort = new PortField(Known<string?>.Of("*"), Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty));
        return new SecurityRuleModel(
            name,
            Origin.None,
            priority,
            direction,
            access,
            RuleProtocol.Any,
            Address(source),
            anyPort,
            Address(destination),
            anyPort)
        {
            IsDefault = true,
        };
    }

    private static AddressField Address(string prefix) =>
        new(Known<string?>.Of(prefix), Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty), hasApplicationSecurityGroups: false);
}

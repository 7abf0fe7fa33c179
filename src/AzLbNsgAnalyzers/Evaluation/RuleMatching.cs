using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Evaluation;

/// <summary>Questions about one security rule against one flow, beyond the evaluator's walk.</summary>
public static class RuleMatching
{
    /// <summary>
    /// True when the rule certainly matches no packet of the flow, whatever its source: its protocol,
    /// destination address or destination port excludes every flow (Unknown fields never exclude).
    /// </summary>
    public static bool CannotMatch(SecurityRuleModel rule, Flow flow, AddressContext context)
    {
        if (rule.Protocol.TryGet(out var protocol) && protocol != RuleProtocol.Any)
        {
            bool any = false;
            foreach (var flowProtocol in flow.Protocols)
            {
                any |= (int)flowProtocol == (int)protocol;
            }

            if (!any)
            {
                return true;
            }
        }

        if (!flow.DestinationAddresses.Overlaps(context.Resolve(rule.Destination).Possible))
        {
            return true;
        }

        return !flow.DestinationPorts.Overlaps(PortMatch.Resolve(rule.DestinationPorts).Possible);
    }

    /// <summary>True when every destination port of the flow is certainly in the rule's destination ports.</summary>
    public static bool CoversPorts(SecurityRuleModel rule, IntervalSet ports) => ports.IsSubsetOf(PortMatch.Resolve(rule.DestinationPorts).Definite);

    /// <summary>The source is the AzureLoadBalancer tag alone: the singular field, no plural list, no application security groups.</summary>
    public static bool IsOnlyFromAzureLoadBalancer(SecurityRuleModel rule) =>
        rule.Source.Singular.TryGet(out var source) && source is not null && AddressPrefix.Parse(source).IsTag(AddressPrefix.AzureLoadBalancerTag)
        && rule.Source.Plural.TryGet(out var plural) && plural.IsDefaultOrEmpty && !rule.Source.HasApplicationSecurityGroups;

    public static bool IsInbound(SecurityRuleModel rule) => rule.Direction.TryGet(out var direction) && direction == RuleDirection.Inbound;

    public static bool MayBeInbound(SecurityRuleModel rule) => !rule.Direction.TryGet(out var direction) || direction == RuleDirection.Inbound;

    public static bool IsAllow(SecurityRuleModel rule) => rule.Access.TryGet(out var access) && access == RuleAccess.Allow;

    public static bool MayAllow(SecurityRuleModel rule) => !rule.Access.TryGet(out var access) || access == RuleAccess.Allow;
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>
/// LBNSG002: an inbound Allow on a backend's path whose sources all lie in the load balancer's
/// frontend subnet (a subnet that hosts no NIC), on a backend port of the load balancer. Inbound
/// flows keep the client's address, so such a rule admits no client at all.
/// </summary>
internal static class LoadBalancerSubnetAllowedRule
{
    public const string Id = "LBNSG002";
    public const string FrontendSubnetProperty = "FrontendSubnet";

    public static IEnumerable<Finding> Analyze(NetworkAnalysis analysis)
    {
        List<Finding>? findings = null;
        foreach (var group in Find(analysis).All)
        {
            var rule = group.Subject;
            (findings ??= new List<Finding>()).Add(new Finding(
                Id,
                rule.Origin,
                group.Additional.ToImmutableArray(),
                ImmutableArray.Create(
                    rule.DisplayName,
                    RuleText.Priority(rule),
                    RuleText.NsgName(rule),
                    RuleText.Names(group.Details),
                    RuleText.Names(group.LoadBalancers),
                    RuleText.Names(group.Backends)),
                group.PropertiesImmutable));
        }

        return Finding.All(findings);
    }

    /// <summary>The flagged rules with the load balancers and backends they concern (shared with LBNSG004/007).</summary>
    public static FindingGroups<SecurityRuleModel> Find(NetworkAnalysis analysis) => analysis.Memo("LBNSG002", Compute);

    private static FindingGroups<SecurityRuleModel> Compute(NetworkAnalysis analysis)
    {
        var groups = new FindingGroups<SecurityRuleModel>();
        foreach (var loadBalancer in analysis.Topology.LoadBalancers)
        {
            var backendPorts = LoadBalancerPorts.DeliveredPorts(loadBalancer);
            if (backendPorts.IsEmpty)
            {
                continue;
            }

            // Made only when a frontend qualifies (most load balancers' frontends host NICs or are public).
            List<(SecurityRuleModel Rule, List<Backend> Backends)>? backendRules = null;
            foreach (var frontend in loadBalancer.Frontends)
            {
                if (!frontend.IsPublic.TryGet(out bool isPublic) || isPublic || !frontend.Subnet.TryGet(out var subnet) || subnet is null
                    || !analysis.HostsNoNic(subnet) || NetworkAnalysis.SubnetAddresses(subnet) is not { } subnetRange)
                {
                    continue;
                }

                // Each rule once, with every backend whose path holds it (a NIC factory makes many backends share one NSG).
                backendRules ??= LoadBalancerPorts.BackendRulesByRule(analysis, loadBalancer);
                foreach (var (rule, backends) in backendRules)
                {
                    if (!RuleMatching.IsInbound(rule) || !RuleMatching.IsAllow(rule) || rule.NetworkSecurityGroup is not { RulesComplete: true }
                        || !CoversALoadBalancedPort(rule, loadBalancer)
                        || SourceAddresses(rule) is not { } sources || !sources.IsSubsetOf(subnetRange))
                    {
                        continue;
                    }

                    var group = groups.For(rule);
                    if (group.Properties.Count == 0)
                    {
                        group.Properties[FrontendSubnetProperty] = subnet.DisplayName;
                        group.Properties[FixData.ClientCandidatesProperty] = FixData.ClientCandidates(analysis, loadBalancer, backends[0]);
                    }

                    group.Details.Add(subnet.DisplayName);
                    group.LoadBalancers.Add(loadBalancer.DisplayName);
                    foreach (var backend in backends)
                    {
                        group.Backends.Add(backend.DisplayName);
                    }
                }
            }
        }

        return groups;
    }

    // Its destination ports certainly include a port some rule of the load balancer delivers, for that rule's protocol.
    private static bool CoversALoadBalancedPort(SecurityRuleModel rule, LoadBalancerModel loadBalancer)
    {
        if (!rule.Protocol.TryGet(out var protocol))
        {
            return false;
        }

        var ports = PortMatch.Resolve(rule.DestinationPorts).Definite;
        foreach (var lbRule in loadBalancer.Rules)
        {
            if (LoadBalancerPorts.DeliveredPorts(lbRule) is { } delivered && delivered.Overlaps(ports) && lbRule.Protocol.TryGet(out var transport)
                && (protocol == RuleProtocol.Any || Flow.ProtocolsOf(transport).Contains((FlowProtocol)(int)protocol)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The rule's source addresses when every entry is a known IPv4 address or CIDR; else null.</summary>
    private static IntervalSet? SourceAddresses(SecurityRuleModel rule)
    {
        var field = rule.Source;
        if (field.HasApplicationSecurityGroups || !field.Singular.TryGet(out var singular) || !field.Plural.TryGet(out var plural))
        {
            return null;
        }

        if (singular is not null)
        {
            return plural.IsDefaultOrEmpty ? AddressPrefix.Ipv4Addresses(singular) : null;
        }

        if (plural.IsDefaultOrEmpty)
        {
            return null;
        }

        var set = IntervalSet.Empty;
        foreach (var text in plural)
        {
            if (AddressPrefix.Ipv4Addresses(text) is not { } addresses)
            {
                return null;
            }

            set = set.Union(addresses);
        }

        return set;
    }
}

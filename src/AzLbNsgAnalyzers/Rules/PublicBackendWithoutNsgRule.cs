using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>
/// LBNSG005: a backend of a public Standard load balancer has neither a subnet NSG nor a NIC NSG.
/// Standard load balancers and public IPs are closed to inbound flows unless an NSG allows them.
/// </summary>
internal static class PublicBackendWithoutNsgRule
{
    public const string Id = "LBNSG005";
    public const string BackendPortsProperty = "BackendPorts";
    public const string SubnetProperty = "Subnet";
    public const string SubnetPositionProperty = "SubnetPosition";
    public const string ProtocolProperty = "Protocol";

    public static IEnumerable<Finding> Analyze(NetworkAnalysis analysis)
    {
        List<Finding>? findings = null;
        foreach (var group in Find(analysis).All)
        {
            var backend = group.Subject;
            string subnet = backend.Subnet.TryGet(out var s) && s is not null ? s.DisplayName : "?";
            (findings ??= new List<Finding>()).Add(new Finding(
                Id,
                backend.Origin,
                group.Additional.ToImmutableArray(),
                ImmutableArray.Create(backend.DisplayName, RuleText.Names(group.LoadBalancers), RuleText.Names(group.LbRules), subnet),
                ImmutableDictionary<string, string?>.Empty.Add(BackendPortsProperty, string.Join(",", group.Details.Distinct())).Add(SubnetProperty, subnet)
                    .Add(ProtocolProperty, group.Properties.TryGetValue(ProtocolProperty, out var protocol) ? protocol : "Asterisk")
                    .Add(SubnetPositionProperty, backend.Subnet.TryGet(out var known) && known is not null && !known.IsOpen ? FixData.Position(known.Origin) : null)));
        }

        return Finding.All(findings);
    }

    /// <summary>Backends with no NSG behind a public Standard load balancer (shared: it excludes other findings for them).</summary>
    public static FindingGroups<Backend> Find(NetworkAnalysis analysis) => analysis.Memo("LBNSG005", Compute);

    private static FindingGroups<Backend> Compute(NetworkAnalysis analysis)
    {
        var groups = new FindingGroups<Backend>();
        foreach (var loadBalancer in analysis.Topology.LoadBalancers)
        {
            if (!loadBalancer.Sku.TryGet(out var sku) || sku != SkuName.Standard)
            {
                continue;
            }

            foreach (var rule in loadBalancer.Rules)
            {
                if (!rule.Frontend.TryGet(out var frontend) || frontend is null || !frontend.IsPublic.TryGet(out bool isPublic) || !isPublic)
                {
                    continue;
                }

                foreach (var backend in analysis.BackendsOf(rule))
                {
                    // Only NICs the analysis sees: an IP-based member's NIC may have an NSG elsewhere.
                    if (backend.IpConfiguration?.NetworkInterface is null
                        || !backend.Path.SubnetNsg.TryGet(out var subnetNsg) || subnetNsg is not null
                        || !backend.Path.NicNsg.TryGet(out var nicNsg) || nicNsg is not null)
                    {
                        continue;
                    }

                    var group = groups.For(backend);
                    group.LoadBalancers.Add(loadBalancer.DisplayName);
                    group.LbRules.Add(rule.DisplayName);
                    if (LoadBalancerPorts.DeliveredPorts(rule) is { } ports)
                    {
                        group.Details.Add(PortRange.Format(ports));
                    }

                    group.AddAdditional(rule.Origin);
                    if (!group.Properties.ContainsKey(ProtocolProperty) && rule.Protocol.TryGet(out var transport))
                    {
                        group.Properties[ProtocolProperty] = FixData.SecurityRuleProtocol(transport);
                    }
                }
            }
        }

        return groups;
    }
}

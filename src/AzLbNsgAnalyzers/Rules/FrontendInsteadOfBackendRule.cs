using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>
/// LBNSG006: an inbound Allow on a backend's path is evidently meant for a load-balancing rule
/// (it names the rule's frontend port or frontend address; with floating IP, its backend port) but
/// cannot match the flows the backend really receives, and no other rule of the load balancer
/// delivers anything it could match.
/// </summary>
internal static class FrontendInsteadOfBackendRule
{
    public const string Id = "LBNSG006";
    public const string FixKindProperty = "FixKind";
    public const string BackendPortProperty = "BackendPort";
    public const string FrontendAddressProperty = "FrontendAddress";
    public const string FrontendPortProperty = "FrontendPort";

    /// <summary>"true" when the rule's destination is also exactly the frontend address (a port fix must then fix the address too).</summary>
    public const string NamesFrontendAddressProperty = "NamesFrontendAddress";

    /// <summary>The static private addresses of every backend the finding concerns, comma-separated; empty when any is not known.</summary>
    public const string BackendAddressesProperty = "BackendAddresses";

    public static IEnumerable<Finding> Analyze(NetworkAnalysis analysis)
    {
        List<Finding>? findings = null;
        foreach (var group in Find(analysis).All)
        {
            var rule = group.Subject;
            (findings ??= new List<Finding>()).Add(new Finding(
                Id,
                rule.Origin,
                ImmutableArray<Origin>.Empty,
                ImmutableArray.Create(
                    rule.DisplayName,
                    RuleText.Priority(rule),
                    RuleText.NsgName(rule),
                    group.Details[0],
                    RuleText.Names(group.LbRules),
                    group.Details[1],
                    RuleText.Names(group.Backends)),
                group.PropertiesImmutable));
        }

        return Finding.All(findings);
    }

    public static FindingGroups<SecurityRuleModel> Find(NetworkAnalysis analysis) => analysis.Memo("LBNSG006", Compute);

    private static FindingGroups<SecurityRuleModel> Compute(NetworkAnalysis analysis)
    {
        var groups = new FindingGroups<SecurityRuleModel>();
        var cases = ClientFlowCase.All(analysis);
        var sameBackend = new List<ClientFlowCase>();
        foreach (var flowCase in cases)
        {
            var lbRule = flowCase.Rule;
            int frontendPort = lbRule.FrontendPort.Value;
            int backendPort = lbRule.BackendPort.Value;
            bool floating = lbRule.EnableFloatingIp.Value;
            if (frontendPort == 0 && backendPort == 0)
            {
                continue;
            }

            // The cases of the same load balancer and backend (a loop into one reused list: no closure or list per case).
            sameBackend.Clear();
            foreach (var other in cases)
            {
                if (ReferenceEquals(other.LoadBalancer, flowCase.LoadBalancer) && ReferenceEquals(other.Backend, flowCase.Backend))
                {
                    sameBackend.Add(other);
                }
            }

            if (!AllRulesModelled(analysis, flowCase, sameBackend.Count))
            {
                continue;
            }

            foreach (var nsg in flowCase.Backend.Path.InOrder(RuleDirection.Inbound))
            {
                if (!nsg.TryGet(out var known) || known is null || !known.RulesComplete)
                {
                    continue;
                }

                foreach (var rule in known.Rules)
                {
                    if (!RuleMatching.IsInbound(rule) || !RuleMatching.IsAllow(rule))
                    {
                        continue;
                    }

                    var meant = MeantFor(rule, flowCase, frontendPort, backendPort, floating);
                    if (meant is null || !CannotMatchAny(rule, sameBackend) || MayMatchNatRule(rule, flowCase.LoadBalancer, flowCase.Backend))
                    {
                        continue;
                    }

                    var group = groups.For(rule);
                    if (group.Details.Count == 0)
                    {
                        string frontendAddress = flowCase.Frontend.PrivateIpAddress.TryGet(out var ip) && ip is not null ? ip : string.Empty;
                        string seen = floating
                            ? "the frontend address " + frontendAddress + " on port " + Port(frontendPort)
                            : "their own address on port " + Port(backendPort);
                        group.Details.Add(meant.Value.Description);
                        group.Details.Add(seen);
                        group.Properties[FixKindProperty] = meant.Value.FixKind;
                        group.Properties[BackendPortProperty] = Port(backendPort);
                        group.Properties[FrontendAddressProperty] = frontendAddress;
                        group.Properties[FrontendPortProperty] = Port(frontendPort);
                        group.Properties[NamesFrontendAddressProperty] = !floating && meant.Value.FixKind == "BackendPort" && NamesFrontendAddress(rule, flowCase) ? "true" : "false";
                        group.Properties[BackendAddressesProperty] = StaticAddress(flowCase.Backend) ?? string.Empty;
                    }
                    else if (!group.Backends.Contains(flowCase.Backend.DisplayName))
                    {
                        // One unknown (dynamic) address among the backends and the list is unknown.
                        string? addresses = group.Properties[BackendAddressesProperty];
                        string? address = StaticAddress(flowCase.Backend);
                        group.Properties[BackendAddressesProperty] = string.IsNullOrEmpty(addresses) || address is null ? string.Empty
                            : ("," + addresses + ",").Contains("," + address + ",") ? addresses : addresses + "," + address;
                    }

                    group.LbRules.Add("'" + lbRule.DisplayName + "' of '" + flowCase.LoadBalancer.DisplayName + "' (" + Port(frontendPort) + " -> " + Port(backendPort) + (floating ? ", floating IP" : string.Empty) + ")");
                    group.Backends.Add(flowCase.Backend.DisplayName);
                }
            }
        }

        return groups;
    }

    // A loop rather than a lambda over `rule`: the closure would be allocated for every rule of every NSG on every path.
    private static bool CannotMatchAny(SecurityRuleModel rule, List<ClientFlowCase> flowCases)
    {
        foreach (var flowCase in flowCases)
        {
            if (!RuleMatching.CannotMatch(rule, flowCase.Flow, flowCase.Backend.Context))
            {
                return false;
            }
        }

        return true;
    }

    private static (string Description, string FixKind)? MeantFor(SecurityRuleModel rule, ClientFlowCase flowCase, int frontendPort, int backendPort, bool floating)
    {
        var ports = PortMatch.Resolve(rule.DestinationPorts);
        if (floating)
        {
            return backendPort != frontendPort && ports.Definite.Contains((uint)backendPort) && !ports.Definite.Equals(PortRange.All)
                ? ("the backend port " + Port(backendPort), "FrontendPortForFloatingIp")
                : null;
        }

        if (frontendPort != backendPort && ports.Definite.Contains((uint)frontendPort) && !ports.Definite.Equals(PortRange.All))
        {
            return ("the frontend port " + Port(frontendPort), "BackendPort");
        }

        if (NamesFrontendAddress(rule, flowCase))
        {
            return ("the frontend address " + flowCase.Frontend.PrivateIpAddress.Value, "BackendAddress");
        }

        return null;
    }

    private static bool NamesFrontendAddress(SecurityRuleModel rule, ClientFlowCase flowCase) =>
        flowCase.Frontend.PrivateIpAddress.TryGet(out var ip) && ip is not null && Ipv4.TryParseAddress(ip.Trim(), out uint frontendAddress)
        && IsExactly(rule.Destination, frontendAddress);

    // A NIC backend's static private address, as written; null when dynamic or not known.
    private static string? StaticAddress(Backend backend) =>
        backend.IpConfiguration is { } ipConfiguration && ipConfiguration.PrivateIpAddress.TryGet(out var ip) && ip is not null && Ipv4.TryParseAddress(ip.Trim(), out _)
            ? ip.Trim()
            : null;

    private static bool IsExactly(AddressField field, uint address)
    {
        if (field.HasApplicationSecurityGroups || !field.Singular.TryGet(out var singular) || singular is null || !field.Plural.TryGet(out var plural) || plural.Length > 0)
        {
            return false;
        }

        var prefix = AddressPrefix.Parse(singular);
        return prefix.Kind == AddressPrefixKind.Ipv4 && prefix.Addresses is { } set && set.Equals(IntervalSet.Of(address));
    }

    // Every load-balancing rule of the load balancer that delivers to this backend must be modelled, or another may deliver what the NSG rule names.
    private static bool AllRulesModelled(NetworkAnalysis analysis, ClientFlowCase flowCase, int modelled)
    {
        if (flowCase.LoadBalancer.IsOpen)
        {
            return false;
        }

        int delivering = 0;
        foreach (var rule in flowCase.LoadBalancer.Rules)
        {
            if (rule.BackendPools.Any(p => !p.IsKnown))
            {
                return false;
            }

            if (analysis.BackendsOf(rule).Contains(flowCase.Backend))
            {
                delivering++;
            }
        }

        return delivering == modelled;
    }

    // An inbound NAT rule of the load balancer that may deliver the port the NSG rule names to this backend.
    private static bool MayMatchNatRule(SecurityRuleModel rule, LoadBalancerModel loadBalancer, Backend backend)
    {
        var ports = PortMatch.Resolve(rule.DestinationPorts).Possible;
        foreach (var nat in loadBalancer.InboundNatRules)
        {
            if (DeliversTo(nat, backend) && (!nat.BackendPort.TryGet(out int port) || port < 0 || port > PortRange.MaxPort || ports.Contains((uint)port)))
            {
                return true;
            }
        }

        return false;
    }

    // True unless the NAT rule certainly targets other backends: its pool does not hold this one and this IP configuration does not name it.
    private static bool DeliversTo(InboundNatRuleModel nat, Backend backend)
    {
        if (nat.IsOpen || !nat.BackendPool.TryGet(out var pool))
        {
            return true;
        }

        if (pool is not null && (backend.PoolMember is not null ? pool.Addresses.Contains(backend.PoolMember) : backend.IpConfiguration is { } member && member.BackendPools.Any(p => !p.IsKnown || ReferenceEquals(p.Value, pool))))
        {
            return true;
        }

        if (backend.IpConfiguration is not { } ipConfiguration)
        {
            return true;
        }

        return ipConfiguration.InboundNatRules.Any(n => !n.IsKnown || ReferenceEquals(n.Value, nat));
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>
/// LBNSG001: an inbound rule of the NSG on a private frontend's subnet explicitly targets the
/// frontend. The client's host sends load-balanced packets straight to the backend's host, so the
/// frontend subnet is never on their path and the rule filters nothing.
/// </summary>
internal static class FrontendSubnetNsgRule
{
    public const string Id = "LBNSG001";
    public const string BackendNsgPositionProperty = "BackendNsgPosition";
    public const string BackendNsgNameProperty = "BackendNsgName";
    public const string BackendPortProperty = "BackendPort";
    public const string BackendSubnetPositionProperty = "BackendSubnetPosition";
    public const string BackendSubnetNameProperty = "BackendSubnetName";

    public static IEnumerable<Finding> Analyze(NetworkAnalysis analysis)
    {
        List<Finding>? findings = null;
        var groups = new FindingGroups<SecurityRuleModel>();
        foreach (var loadBalancer in analysis.Topology.LoadBalancers)
        {
            var backendSubnets = BackendSubnets(analysis, loadBalancer);
            if (backendSubnets is null)
            {
                continue;
            }

            foreach (var frontend in loadBalancer.Frontends)
            {
                if (!frontend.IsPublic.TryGet(out bool isPublic) || isPublic || !frontend.Subnet.TryGet(out var subnet) || subnet is null
                    || backendSubnets.Contains(subnet) || !subnet.NetworkSecurityGroup.TryGet(out var nsg) || nsg is null || !nsg.RulesComplete
                    || !frontend.PrivateIpAddress.TryGet(out var ip) || ip is null || !Ipv4.TryParseAddress(ip.Trim(), out uint frontendAddress))
                {
                    continue;
                }

                var frontendPorts = FrontendPorts(loadBalancer, frontend);
                bool hostsNoNic = analysis.HostsNoNic(subnet);
                foreach (var rule in nsg.Rules)
                {
                    if (!RuleMatching.IsInbound(rule) || !Targets(rule, frontendAddress, frontendPorts, hostsNoNic, analysis, subnet))
                    {
                        continue;
                    }

                    var group = groups.For(rule);
                    // Fix data from the first frontend the rule targets.
                    if (group.LoadBalancers.Count == 0)
                    {
                        AddBackendNsgFixData(group.Properties, analysis, loadBalancer, frontend);
                    }

                    group.LoadBalancers.Add(loadBalancer.DisplayName);
                    group.Details.Add(subnet.DisplayName);
                    group.Backends.Add(ip + " (" + frontend.DisplayName + ")");
                    group.AddAdditional(frontend.Origin);
                }
            }
        }

        foreach (var group in groups.All)
        {
            var rule = group.Subject;
            (findings ??= new List<Finding>()).Add(new Finding(
                Id,
                rule.Origin,
                group.Additional.ToImmutableArray(),
                ImmutableArray.Create(rule.DisplayName, RuleText.Priority(rule), RuleText.NsgName(rule), RuleText.Names(group.Details), RuleText.Names(group.Backends), RuleText.Names(group.LoadBalancers)),
                group.PropertiesImmutable));
        }

        return Finding.All(findings);
    }

    // The one NSG on the backends' paths and the one port they receive, for the move fix; nothing when not exactly one.
    // When no backend has any NSG and they all sit in one subnet: that subnet, for a fix that creates its NSG.
    private static void AddBackendNsgFixData(Dictionary<string, string?> properties, NetworkAnalysis analysis, LoadBalancerModel loadBalancer, FrontendModel frontend)
    {
        var nsgs = new HashSet<NetworkSecurityGroupModel>();
        var subnets = new HashSet<SubnetModel>();
        bool subnetsKnown = true;
        var ports = IntervalSet.Empty;
        foreach (var rule in loadBalancer.Rules)
        {
            if (!rule.Frontend.TryGet(out var used) || !ReferenceEquals(used, frontend))
            {
                continue;
            }

            if (LoadBalancerPorts.DeliveredPorts(rule) is { } delivered)
            {
                ports = ports.Union(delivered);
            }

            foreach (var backend in analysis.BackendsOf(rule))
            {
                if (backend.Subnet.TryGet(out var subnet) && subnet is not null && !subnet.IsOpen)
                {
                    subnets.Add(subnet);
                }
                else
                {
                    subnetsKnown = false;
                }

                foreach (var nsg in backend.Path.InOrder(RuleDirection.Inbound))
                {
                    if (!nsg.TryGet(out var known))
                    {
                        return;
                    }

                    if (known is not null)
                    {
                        nsgs.Add(known);
                    }
                }
            }
        }

        if (ports.IsEmpty || ports.IntervalCount != 1 || ports.IntervalAt(0).First != ports.IntervalAt(0).Last)
        {
            return;
        }

        if (nsgs.Count == 0)
        {
            if (subnetsKnown && subnets.Count == 1)
            {
                var only = subnets.First();
                properties[BackendSubnetPositionProperty] = FixData.Position(only.Origin);
                properties[BackendSubnetNameProperty] = only.DisplayName;
                properties[FixData.NsgKeyProperty] = FixData.Position(only.Origin);
                properties[BackendPortProperty] = PortRange.Format(ports);
            }

            return;
        }

        if (nsgs.Count != 1)
        {
            return;
        }

        var target = nsgs.First();
        properties[BackendNsgPositionProperty] = FixData.Position(target.Origin);
        properties[BackendNsgNameProperty] = target.DisplayName;
        properties[FixData.UsedPrioritiesProperty] = FixData.UsedPriorities(target, RuleDirection.Inbound);
        properties[FixData.NsgKeyProperty] = FixData.Position(target.Origin);
        properties[BackendPortProperty] = PortRange.Format(ports);
    }

    private static bool Targets(SecurityRuleModel rule, uint frontendAddress, IntervalSet frontendPorts, bool hostsNoNic, NetworkAnalysis analysis, SubnetModel subnet)
    {
        var destination = rule.Destination;
        if (destination.HasApplicationSecurityGroups || !destination.Singular.TryGet(out var singular) || !destination.Plural.TryGet(out var plural))
        {
            return false;
        }

        var prefixes = new List<AddressPrefix>();
        if (singular is not null)
        {
            prefixes.Add(AddressPrefix.Parse(singular));
        }

        foreach (var text in plural)
        {
            prefixes.Add(AddressPrefix.Parse(text));
        }

        // Its destination is exactly the frontend IP.
        if (prefixes.Count == 1 && prefixes[0].Kind == AddressPrefixKind.Ipv4 && prefixes[0].Addresses!.Equals(IntervalSet.Of(frontendAddress)))
        {
            return true;
        }

        // Or: nothing else lives in the subnet, the destination covers the frontend and the rule names a frontend port explicitly.
        if (!hostsNoNic || frontendPorts.IsEmpty)
        {
            return false;
        }

        var context = subnet.VirtualNetwork.TryGet(out var vnet) && vnet is not null ? analysis.ContextOf(vnet) : AddressContext.UnknownNetwork;
        if (!context.Resolve(destination).Definite.Contains(frontendAddress))
        {
            return false;
        }

        var ports = PortMatch.Resolve(rule.DestinationPorts).Definite;
        return !ports.Equals(PortRange.All) && ports.Overlaps(frontendPorts);
    }

    private static IntervalSet FrontendPorts(LoadBalancerModel loadBalancer, FrontendModel frontend)
    {
        var ports = IntervalSet.Empty;
        foreach (var rule in loadBalancer.Rules)
        {
            if (rule.Frontend.TryGet(out var used) && ReferenceEquals(used, frontend) && rule.FrontendPort.TryGet(out int port) && port > 0 && port <= PortRange.MaxPort)
            {
                ports = ports.Union(PortRange.Single(port));
            }
        }

        foreach (var nat in loadBalancer.InboundNatRules)
        {
            if (nat.Frontend.TryGet(out var natFrontend) && ReferenceEquals(natFrontend, frontend) && nat.FrontendPort.TryGet(out int port) && port > 0 && port <= PortRange.MaxPort)
            {
                ports = ports.Union(PortRange.Single(port));
            }
        }

        return ports;
    }

    /// <summary>The subnets of every backend of the load balancer; null when any is not known.</summary>
    private static HashSet<SubnetModel>? BackendSubnets(NetworkAnalysis analysis, LoadBalancerModel loadBalancer)
    {
        var subnets = new HashSet<SubnetModel>();
        foreach (var rule in loadBalancer.Rules)
        {
            foreach (var pool in rule.BackendPools)
            {
                if (!pool.IsKnown)
                {
                    return null;
                }
            }

            foreach (var backend in analysis.BackendsOf(rule))
            {
                if (!backend.Subnet.TryGet(out var subnet) || subnet is null)
                {
                    return null;
                }

                subnets.Add(subnet);
            }
        }

        foreach (var pool in loadBalancer.BackendPools)
        {
            if (pool.IsOpen)
            {
                return null;
            }
        }

        return subnets;
    }
}

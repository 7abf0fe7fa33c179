using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>
/// What code fixes need, computed by the rules and carried in Diagnostic.Properties so that a fixer
/// never re-runs the analysis.
/// </summary>
internal static class FixData
{
    /// <summary>Identifies an NSG across diagnostics, so Fix All can reserve priorities per NSG.</summary>
    public const string NsgKeyProperty = "NsgKey";

    /// <summary>The rule's current priority (out of range or duplicated).</summary>
    public const string CurrentPriorityProperty = "CurrentPriority";

    /// <summary>Comma-separated priorities already used in the NSG for the rule's direction.</summary>
    public const string UsedPrioritiesProperty = "UsedPriorities";

    /// <summary>"Aspire" on findings about code written with Aspire's fluent API (set by the analyzer from the origin).</summary>
    public const string FrontEndProperty = "FrontEnd";

    public const string AspireFrontEnd = "Aspire";

    /// <summary>Client candidates "name=prefix;..." for fixes that allow clients (LBNSG002, LBNSG004).</summary>
    public const string ClientCandidatesProperty = "ClientCandidates";

    /// <summary>The security-rule protocol (enum member name) that matches a load-balancing rule's transport.</summary>
    public static string SecurityRuleProtocol(LbTransportProtocol transport) => transport switch
    {
        LbTransportProtocol.Tcp => "Tcp",
        LbTransportProtocol.Udp or LbTransportProtocol.Quic => "Udp",
        _ => "Asterisk",
    };

    public static string NsgKey(NetworkSecurityGroupModel? nsg) => nsg is null ? string.Empty : Position(nsg.Origin);

    /// <summary>"file@start" of where an object is created, for a fixer to find its creation.</summary>
    public static string Position(Origin origin)
    {
        var place = origin.Place;
        return place.Path + "@" + place.Start.ToString(CultureInfo.InvariantCulture);
    }

    public static string UsedPriorities(NetworkSecurityGroupModel? nsg, RuleDirection direction)
    {
        if (nsg is null)
        {
            return string.Empty;
        }

        var used = new SortedSet<int>();
        foreach (var rule in nsg.Rules)
        {
            if (rule.Priority.TryGet(out int priority) && (!rule.Direction.TryGet(out var d) || d == direction))
            {
                used.Add(priority);
            }
        }

        return string.Join(",", used.Select(p => p.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The client candidates of a flow case: the Internet for a public frontend, else those of <see cref="ClientCandidates(NetworkAnalysis, LoadBalancerModel, Backend)"/>.</summary>
    public static string ClientCandidates(NetworkAnalysis analysis, ClientFlowCase flowCase) =>
        flowCase.IsPublic ? AddressPrefix.InternetTag + "=" + AddressPrefix.InternetTag : ClientCandidates(analysis, flowCase.LoadBalancer, flowCase.Backend);

    /// <summary>
    /// Addresses that are evidently clients of a private load balancer: the other subnets of the
    /// backends' VNet that host NICs and hold no backend of it ("name=prefix"), then "VirtualNetwork".
    /// </summary>
    public static string ClientCandidates(NetworkAnalysis analysis, LoadBalancerModel loadBalancer, Backend backend)
    {
        var candidates = new List<string>();
        if (backend.Subnet.TryGet(out var backendSubnet) && backendSubnet is not null && backendSubnet.VirtualNetwork.TryGet(out var vnet) && vnet is not null)
        {
            var backendSubnets = new HashSet<SubnetModel>();
            foreach (var rule in loadBalancer.Rules)
            {
                foreach (var other in analysis.BackendsOf(rule))
                {
                    if (other.Subnet.TryGet(out var s) && s is not null)
                    {
                        backendSubnets.Add(s);
                    }
                }
            }

            foreach (var subnet in vnet.Subnets)
            {
                if (backendSubnets.Contains(subnet) || analysis.HostsNoNic(subnet) || !subnet.AddressPrefixes.TryGet(out var prefixes) || prefixes.Length != 1
                    || AddressPrefix.Parse(prefixes[0]).Kind != AddressPrefixKind.Ipv4 || !HostsKnownNic(analysis, subnet))
                {
                    continue;
                }

                candidates.Add(subnet.DisplayName.Replace(";", string.Empty).Replace("=", string.Empty) + "=" + prefixes[0].Trim());
            }
        }

        candidates.Add(AddressPrefix.VirtualNetworkTag + "=" + AddressPrefix.VirtualNetworkTag);
        return string.Join(";", candidates);
    }

    private static bool HostsKnownNic(NetworkAnalysis analysis, SubnetModel subnet) =>
        analysis.Topology.IpConfigurations.Any(ip => ip.Subnet.TryGet(out var s) && ReferenceEquals(s, subnet));
}

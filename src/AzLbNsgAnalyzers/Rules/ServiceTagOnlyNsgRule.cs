using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>
/// LBNSG004, NSG-only form, for Aspire NSGs (whose load balancers, Container Apps' or AKS', are not in the code): on the
/// ports of an inbound Allow from AzureLoadBalancer, the NSG admits no source but 168.63.129.16, and custom Denies drop
/// the clients (VirtualNetwork, Internet or *) before the default rules. Only health probes get in; load-balanced
/// clients keep their own address and are denied. Silent when anything on the way is Unknown.
/// </summary>
internal static class ServiceTagOnlyNsgRule
{
    /// <summary>Finding.Form of this variant (the message names no load balancer).</summary>
    public const int Form = 1;

    /// <summary>"true" when Aspire chose every priority of the NSG: a rule inserted in call order then gets the right one.</summary>
    public const string AllAutoPrioritiesProperty = "AllAutoPriorities";

    /// <summary>The NSG's rule names, comma-separated: a new rule's name must differ (Aspire throws otherwise).</summary>
    public const string RuleNamesProperty = "RuleNames";

    private static readonly IntervalSet Probe = AddressContext.AzureLoadBalancer;

    // Load-balanced client traffic: TCP and UDP (a rule of protocol Any is judged on both).
    private static readonly ImmutableArray<FlowProtocol> ClientProtocols = ImmutableArray.Create(FlowProtocol.Tcp, FlowProtocol.Udp);

    public static IEnumerable<Finding> Analyze(NetworkAnalysis analysis)
    {
        List<Finding>? findings = null;
        HashSet<NetworkSecurityGroupModel>? onModelledPaths = null;
        foreach (var nsg in analysis.Topology.NetworkSecurityGroups)
        {
            if (!nsg.IsAspire || !nsg.RulesComplete)
            {
                continue;
            }

            // A modelled load balancer's backends are judged by the load-balancer form, with their real clients.
            onModelledPaths ??= NsgsOnBackendPaths(analysis);
            if (onModelledPaths.Contains(nsg))
            {
                continue;
            }

            var context = analysis.ContextOf(nsg);
            foreach (var rule in NsgEvaluator.OrderedCustomRules(nsg, RuleDirection.Inbound))
            {
                if (SecurityRuleValues.ReportedInThisBody(rule) && Check(nsg, rule, context) is { } finding)
                {
                    (findings ??= new List<Finding>()).Add(finding);
                }
            }
        }

        return Finding.All(findings);
    }

    private static Finding? Check(NetworkSecurityGroupModel nsg, SecurityRuleModel rule, AddressContext context)
    {
        if (!RuleMatching.IsAllow(rule) || !rule.Protocol.TryGet(out var protocol) || !RuleMatching.IsOnlyFromAzureLoadBalancer(rule))
        {
            return null;
        }

        var ports = PortMatch.Resolve(rule.DestinationPorts);
        if (!ports.IsExact || ports.Definite.IsEmpty || context.PeeringExtremes() is not { } extremes)
        {
            return null;
        }

        // Judged at both extremes of the VirtualNetwork tag (peered spaces unknown): the finding must hold at each.
        List<RuleDecision>? denies = null;
        foreach (var extreme in new[] { extremes.Narrow, extremes.Wide })
        {
            var extremeDenies = ProbeOnlyDenies(nsg, rule, protocol, ports.Definite, extreme);
            if (extremeDenies is null)
            {
                return null;
            }

            denies ??= extremeDenies;
        }

        var denyRules = denies!.Select(d => d.Rule).Distinct().ToList();
        var first = denyRules[0];
        return new Finding(
            ServiceTagOnlyRule.Id,
            rule.Origin,
            denyRules.Select(d => d.Origin).ToImmutableArray(),
            ImmutableArray.Create(
                rule.DisplayName,
                RuleText.Priority(rule),
                nsg.DisplayName,
                PortsText(protocol, ports.Definite),
                RuleText.Names(denyRules.Select(d => "'" + d.DisplayName + "' (priority " + RuleText.Priority(d) + ")"))),
            ImmutableDictionary<string, string?>.Empty
                .Add(ServiceTagOnlyRule.BackendPortProperty, PortRange.Format(ports.Definite).Replace(", ", ","))
                .Add(ServiceTagOnlyRule.DenyPriorityProperty, first.Priority.TryGet(out int denyPriority) ? denyPriority.ToString(CultureInfo.InvariantCulture) : null)
                .Add(ServiceTagOnlyRule.ClientsProperty, AddressPrefix.VirtualNetworkTag)
                .Add(ServiceTagOnlyRule.DenyInSameNsgProperty, "true")
                .Add(ServiceTagOnlyRule.ProtocolProperty, ProtocolMember(protocol))
                .Add(FixData.NsgKeyProperty, FixData.NsgKey(nsg))
                .Add(FixData.UsedPrioritiesProperty, FixData.UsedPriorities(nsg, RuleDirection.Inbound))
                .Add(FixData.ClientCandidatesProperty, AddressPrefix.VirtualNetworkTag + "=" + AddressPrefix.VirtualNetworkTag)
                .Add(AllAutoPrioritiesProperty, nsg.Rules.TrueForAll(r => r.HasAutoPriority) ? "true" : "false")
                .Add(RuleNamesProperty, string.Join(",", nsg.Rules.Select(r => r.DisplayName))),
            Form);
    }

    // On the rule's ports the NSG admits no source but 168.63.129.16 (through this rule), and the VNet's own addresses,
    // which the default rules would admit, are dropped by custom Denies: those Denies, in evaluation order; else null.
    private static List<RuleDecision>? ProbeOnlyDenies(NetworkSecurityGroupModel nsg, SecurityRuleModel rule, RuleProtocol protocol, IntervalSet ports, AddressContext context)
    {
        var destinations = context.Resolve(rule.Destination);
        if (!destinations.IsExact || destinations.Definite.IsEmpty)
        {
            return null;
        }

        var protocols = protocol == RuleProtocol.Any ? ClientProtocols : Flow.Only((FlowProtocol)(int)protocol);
        var verdict = NsgEvaluator.EvaluateNsg(Known<NetworkSecurityGroupModel?>.Of(nsg), new Flow(protocols, destinations.Definite, ports), context);
        if (!verdict.Allowed.IsSubsetOf(Probe) || !verdict.Unknown.IsSubsetOf(Probe)
            || !verdict.Decisions.Any(d => ReferenceEquals(d.Rule, rule) && d.Access == RuleAccess.Allow && d.Sources.Overlaps(Probe)))
        {
            return null;
        }

        var vnetClients = context.VirtualNetwork.Definite.Except(Probe);
        var denies = verdict.Decisions.Where(d => d.Access == RuleAccess.Deny && !d.Rule.IsDefault && !d.Sources.IsSubsetOf(Probe)).ToList();
        var denied = IntervalSet.Empty;
        foreach (var deny in denies)
        {
            denied = denied.Union(deny.Sources);
        }

        return vnetClients.IsEmpty || !vnetClients.IsSubsetOf(denied) ? null : denies;
    }

    private static string PortsText(RuleProtocol protocol, IntervalSet ports)
    {
        string transport = protocol switch
        {
            RuleProtocol.Tcp => "TCP ",
            RuleProtocol.Udp => "UDP ",
            _ => string.Empty,
        };
        if (ports.Equals(PortRange.All))
        {
            return "every " + transport + "port";
        }

        return transport + (ports.Count == 1 ? "port " : "ports ") + PortRange.Format(ports);
    }

    private static string ProtocolMember(RuleProtocol protocol) => protocol switch
    {
        RuleProtocol.Tcp => "Tcp",
        RuleProtocol.Udp => "Udp",
        RuleProtocol.Icmp => "Icmp",
        _ => "Asterisk",
    };

    private static HashSet<NetworkSecurityGroupModel> NsgsOnBackendPaths(NetworkAnalysis analysis)
    {
        var nsgs = new HashSet<NetworkSecurityGroupModel>(ReferenceEqualityComparer<NetworkSecurityGroupModel>.Instance);
        foreach (var loadBalancer in analysis.Topology.LoadBalancers)
        {
            foreach (var lbRule in loadBalancer.Rules)
            {
                foreach (var backend in analysis.BackendsOf(lbRule))
                {
                    foreach (var nsg in backend.Path.InOrder(RuleDirection.Inbound))
                    {
                        if (nsg.TryGet(out var known) && known is not null)
                        {
                            nsgs.Add(known);
                        }
                    }
                }
            }
        }

        return nsgs;
    }
}

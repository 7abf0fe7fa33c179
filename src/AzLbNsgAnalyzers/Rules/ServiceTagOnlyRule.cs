using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>
/// LBNSG004: every client flow to a backend is denied and the only custom Allow that covers the
/// delivered port has source AzureLoadBalancer, which is 168.63.129.16, the health probe source only.
/// </summary>
internal static class ServiceTagOnlyRule
{
    public const string Id = "LBNSG004";
    public const string BackendPortProperty = "BackendPort";
    public const string DenyPriorityProperty = "DenyPriority";
    public const string ClientsProperty = "Clients";
    public const string DenyInSameNsgProperty = "DenyInSameNsg";
    public const string ProtocolProperty = "Protocol";

    public static IEnumerable<Finding> Analyze(NetworkAnalysis analysis)
    {
        var groups = new FindingGroups<SecurityRuleModel>();
        var denies = new Dictionary<SecurityRuleModel, SecurityRuleModel>();
        var candidates = new Dictionary<SecurityRuleModel, string>();
        var protocols = new Dictionary<SecurityRuleModel, string>();
        foreach (var (serviceTagRule, flowCase, dropping) in BlockedClientFlows.Find(analysis).ServiceTagOnly)
        {
            var group = groups.For(serviceTagRule);
            if (!candidates.ContainsKey(serviceTagRule))
            {
                candidates[serviceTagRule] = FixData.ClientCandidates(analysis, flowCase.LoadBalancer, flowCase.Backend);
            }

            group.LoadBalancers.Add(flowCase.LoadBalancer.DisplayName);
            group.Backends.Add(flowCase.Backend.DisplayName);
            group.Details.Add(flowCase.DeliveredPorts);
            if (!protocols.ContainsKey(serviceTagRule) && flowCase.Rule.Protocol.TryGet(out var transport))
            {
                protocols[serviceTagRule] = transport switch { LbTransportProtocol.Tcp => "Tcp", LbTransportProtocol.Udp or LbTransportProtocol.Quic => "Udp", _ => "Asterisk" };
            }

            group.LbRules.Add(flowCase.ClientsText);
            foreach (var decision in dropping)
            {
                if (!decision.Rule.IsDefault)
                {
                    group.AddAdditional(decision.Rule.Origin);
                    if (!denies.ContainsKey(serviceTagRule))
                    {
                        denies[serviceTagRule] = decision.Rule;
                    }
                }
            }
        }

        foreach (var group in groups.All)
        {
            var rule = group.Subject;
            denies.TryGetValue(rule, out var deny);
            string denyText = deny is null ? "the default rule DenyAllInbound (65500)" : "'" + deny.DisplayName + "' (priority " + RuleText.Priority(deny) + ")";
            yield return new Finding(
                Id,
                rule.Origin,
                group.Additional.ToImmutableArray(),
                ImmutableArray.Create(
                    rule.DisplayName,
                    RuleText.Priority(rule),
                    RuleText.NsgName(rule),
                    RuleText.Names(group.LoadBalancers),
                    RuleText.Names(group.LbRules),
                    RuleText.Names(group.Backends),
                    RuleText.Names(group.Details),
                    denyText),
                ImmutableDictionary<string, string?>.Empty
                    .Add(BackendPortProperty, group.Details.Count > 0 ? group.Details[0].Replace("port ", string.Empty) : null)
                    .Add(DenyPriorityProperty, deny is not null && deny.Priority.TryGet(out int p) ? p.ToString(CultureInfo.InvariantCulture) : null)
                    .Add(ClientsProperty, group.LbRules.Count > 0 ? group.LbRules[0] : null)
                    .Add(DenyInSameNsgProperty, deny is not null && ReferenceEquals(deny.NetworkSecurityGroup, rule.NetworkSecurityGroup) ? "true" : "false")
                    .Add(FixData.NsgKeyProperty, FixData.NsgKey(rule.NetworkSecurityGroup))
                    .Add(FixData.UsedPrioritiesProperty, FixData.UsedPriorities(rule.NetworkSecurityGroup, RuleDirection.Inbound))
                    .Add(FixData.ClientCandidatesProperty, candidates[rule])
                    .Add(ProtocolProperty, protocols.TryGetValue(rule, out var protocol) ? protocol : "Asterisk"));
        }
    }
}

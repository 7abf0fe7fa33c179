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
        var serviceTagOnly = BlockedClientFlows.Find(analysis).ServiceTagOnly;
        if (serviceTagOnly.Count == 0)
        {
            return Finding.All(null);
        }

        List<Finding>? findings = null;
        var groups = new FindingGroups<SecurityRuleModel>();
        var denies = new Dictionary<SecurityRuleModel, SecurityRuleModel>();
        var firstDrops = new Dictionary<SecurityRuleModel, RuleDecision>();
        var blockedElsewhere = new HashSet<SecurityRuleModel>(ReferenceEqualityComparer<SecurityRuleModel>.Instance);
        foreach (var (serviceTagRule, flowCase, dropping) in serviceTagOnly)
        {
            var group = groups.For(serviceTagRule);
            if (!group.Properties.ContainsKey(FixData.ClientCandidatesProperty))
            {
                // A public frontend's clients are the Internet; an internal one's, the VNet's subnets with clients.
                group.Properties[FixData.ClientCandidatesProperty] = FixData.ClientCandidates(analysis, flowCase);
            }

            group.LoadBalancers.Add(flowCase.LoadBalancer.DisplayName);
            group.Backends.Add(flowCase.Backend.DisplayName);
            group.Details.Add(flowCase.DeliveredPorts);
            if (!group.Properties.ContainsKey(ProtocolProperty) && flowCase.Rule.Protocol.TryGet(out var transport))
            {
                group.Properties[ProtocolProperty] = FixData.SecurityRuleProtocol(transport);
            }

            group.LbRules.Add(flowCase.ClientsText);
            if (serviceTagRule.NetworkSecurityGroup is not { } ownNsg || !flowCase.OtherNsgsAdmitEveryClient(ownNsg))
            {
                // An allow beside the AzureLoadBalancer rule would still be dropped by the other NSG of the path.
                blockedElsewhere.Add(serviceTagRule);
            }

            if (!firstDrops.ContainsKey(serviceTagRule) && dropping.Length > 0)
            {
                firstDrops[serviceTagRule] = dropping[0];
            }

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
            (findings ??= new List<Finding>()).Add(new Finding(
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
                    .Add(DenyPriorityProperty, DenyLimit(rule, deny, firstDrops.TryGetValue(rule, out var first) ? first : null))
                    .Add(ClientsProperty, group.LbRules.Count > 0 ? group.LbRules[0] : null)
                    .Add(DenyInSameNsgProperty, first is not null && ReferenceEquals(first.Nsg, rule.NetworkSecurityGroup) && !blockedElsewhere.Contains(rule) ? "true" : "false")
                    .Add(FixData.NsgKeyProperty, FixData.NsgKey(rule.NetworkSecurityGroup))
                    .Add(FixData.UsedPrioritiesProperty, FixData.UsedPriorities(rule.NetworkSecurityGroup, RuleDirection.Inbound))
                    .Add(FixData.ClientCandidatesProperty, group.Properties[FixData.ClientCandidatesProperty])
                    .Add(ProtocolProperty, group.Properties.TryGetValue(ProtocolProperty, out var protocol) ? protocol : "Asterisk")));
        }

        return Finding.All(findings);
    }

    // The number a new allow must stay below: the custom deny's, or (only the default DenyAllInbound drops them) anything up to 4096.
    private static string? DenyLimit(SecurityRuleModel serviceTagRule, SecurityRuleModel? deny, RuleDecision? first)
    {
        if (deny is not null)
        {
            return deny.Priority.TryGet(out int priority) ? priority.ToString(CultureInfo.InvariantCulture) : null;
        }

        return first is not null && first.Rule.IsDefault && ReferenceEquals(first.Nsg, serviceTagRule.NetworkSecurityGroup) ? "4097" : null;
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>
/// LBNSG007: every client flow of a load-balancing rule to a backend is denied by the backend's NSG
/// path and no more specific rule explains it. Reported at the first custom Deny that drops them in
/// evaluation order (other dropping rules as additional locations), or at the load-balancing rule when
/// only the default rules drop them.
/// </summary>
internal static class UnreachableBackendRule
{
    public const string Id = "LBNSG007";

    public static IEnumerable<Finding> Analyze(NetworkAnalysis analysis)
    {
        var unreachable = BlockedClientFlows.Find(analysis).Unreachable;
        if (unreachable.Count == 0)
        {
            return Finding.All(null);
        }

        List<Finding>? findings = null;
        var groups = new FindingGroups<object>();
        var reasons = new Dictionary<object, string>();
        foreach (var (flowCase, dropping) in unreachable)
        {
            var first = dropping.FirstOrDefault(d => !d.Rule.IsDefault);
            object subject = first is null ? flowCase.Rule : first.Rule;
            var group = groups.For(subject);
            group.LbRules.Add("'" + flowCase.Rule.DisplayName + "' of '" + flowCase.LoadBalancer.DisplayName + "'");
            group.Backends.Add(flowCase.Backend.DisplayName);
            group.Details.Add(flowCase.ClientsText + " on " + flowCase.DeliveredPorts);
            foreach (var decision in dropping)
            {
                if (!decision.Rule.IsDefault && !ReferenceEquals(decision.Rule, subject))
                {
                    group.AddAdditional(decision.Rule.Origin);
                }
            }

            if (!reasons.ContainsKey(subject))
            {
                reasons[subject] = Reason(flowCase, first ?? dropping.FirstOrDefault());
            }

            if (first is not null)
            {
                AddFixData(analysis, group, flowCase, first.Rule);
            }
        }

        foreach (var group in groups.All)
        {
            var origin = group.Subject is SecurityRuleModel rule ? rule.Origin : ((LbRuleModel)group.Subject).Origin;
            (findings ??= new List<Finding>()).Add(new Finding(
                Id,
                origin,
                group.Additional.ToImmutableArray(),
                ImmutableArray.Create(RuleText.Names(group.LbRules), RuleText.Names(group.Backends), reasons[group.Subject], RuleText.Names(group.Details)),
                group.Properties.ContainsKey(Unfixable) ? null : group.PropertiesImmutable));
        }

        return Finding.All(findings);
    }

    // Marks a group whose cases do not all admit one fix (an allow beside the deny); it then carries no fix data.
    private const string Unfixable = "Unfixable";

    /// <summary>
    /// Fix data for "allow the clients just before the deny, in the deny's NSG": only when every case
    /// of the group is the same flow (protocol and port), the other NSG of each path already admits
    /// every client (else one allow would not let them through), and the deny's priority is known.
    /// The default DenyAllInbound alone gets no fix data: there is no deny to insert before.
    /// </summary>
    private static void AddFixData(NetworkAnalysis analysis, FindingGroup<object> group, ClientFlowCase flowCase, SecurityRuleModel deny)
    {
        var properties = group.Properties;
        if (properties.ContainsKey(Unfixable))
        {
            return;
        }

        string port = flowCase.DeliveredPortValue;
        string protocol = flowCase.Rule.Protocol.TryGet(out var transport) ? FixData.SecurityRuleProtocol(transport) : string.Empty;
        if (deny.NetworkSecurityGroup is not { } nsg || !flowCase.OtherNsgsAdmitEveryClient(nsg) || !deny.Priority.TryGet(out int priority) || protocol.Length == 0
            || (properties.TryGetValue(ServiceTagOnlyRule.BackendPortProperty, out var seenPort) && seenPort != port)
            || (properties.TryGetValue(ServiceTagOnlyRule.ProtocolProperty, out var seenProtocol) && seenProtocol != protocol))
        {
            properties.Clear();
            properties[Unfixable] = "true";
            return;
        }

        if (properties.Count > 0)
        {
            return;
        }

        properties[ServiceTagOnlyRule.BackendPortProperty] = port;
        properties[ServiceTagOnlyRule.ProtocolProperty] = protocol;
        properties[ServiceTagOnlyRule.DenyPriorityProperty] = priority.ToString(CultureInfo.InvariantCulture);
        properties[ServiceTagOnlyRule.DenyInSameNsgProperty] = "true";
        properties[FixData.NsgKeyProperty] = FixData.NsgKey(nsg);
        properties[FixData.UsedPrioritiesProperty] = FixData.UsedPriorities(nsg, RuleDirection.Inbound);
        properties[FixData.ClientCandidatesProperty] = FixData.ClientCandidates(analysis, flowCase);
    }

    private static string Reason(ClientFlowCase flowCase, RuleDecision? deciding)
    {
        if (deciding is null)
        {
            return "the NSG path";
        }

        string text = deciding.Rule.IsDefault
            ? "the default rule " + deciding.Rule.DisplayName + " (65500) of '" + deciding.Nsg.DisplayName + "', as no rule allows them"
            : "NSG rule '" + deciding.Rule.DisplayName + "' (priority " + RuleText.Priority(deciding.Rule) + ") in '" + deciding.Nsg.DisplayName + "'";
        var overridden = OverriddenAllows(flowCase, deciding).ToList();
        if (overridden.Count > 0)
        {
            text += ", which overrides " + RuleText.Names(overridden);
        }

        return text;
    }

    // Allows on the path that would admit some client on the delivered port but come after the deciding deny.
    private static IEnumerable<string> OverriddenAllows(ClientFlowCase flowCase, RuleDecision deciding)
    {
        foreach (var nsg in flowCase.Backend.Path.InOrder(RuleDirection.Inbound))
        {
            if (!nsg.TryGet(out var known) || known is null)
            {
                continue;
            }

            foreach (var rule in NsgEvaluator.OrderedCustomRules(known, RuleDirection.Inbound))
            {
                bool decidedAllow = flowCase.Verdict.Decisions.Any(d => ReferenceEquals(d.Rule, rule) && d.Access == RuleAccess.Allow && d.Sources.Overlaps(flowCase.Clients));
                bool sameNsg = ReferenceEquals(known, deciding.Nsg);

                // In the deny's NSG: an allow it shadows. In another NSG of the path: an allow that admitted clients there.
                if (RuleMatching.IsAllow(rule) && !RuleMatching.CannotMatch(rule, flowCase.Flow, flowCase.Backend.Context)
                    && flowCase.Backend.Context.Resolve(rule.Source).Definite.Overlaps(flowCase.Clients)
                    && (sameNsg ? !flowCase.Verdict.Decisions.Any(d => ReferenceEquals(d.Rule, rule)) : decidedAllow))
                {
                    yield return "allow '" + rule.DisplayName + "' (priority " + RuleText.Priority(rule) + (ReferenceEquals(known, deciding.Nsg) ? string.Empty : " in '" + known.DisplayName + "'") + ")";
                }
            }
        }
    }
}

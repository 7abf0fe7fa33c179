using System.Collections.Generic;
using System.Collections.Immutable;
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
        var groups = new FindingGroups<object>();
        var reasons = new Dictionary<object, string>();
        foreach (var (flowCase, dropping) in BlockedClientFlows.Find(analysis).Unreachable)
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
        }

        foreach (var group in groups.All)
        {
            var origin = group.Subject is SecurityRuleModel rule ? rule.Origin : ((LbRuleModel)group.Subject).Origin;
            yield return new Finding(
                Id,
                origin,
                group.Additional.ToImmutableArray(),
                ImmutableArray.Create(RuleText.Names(group.LbRules), RuleText.Names(group.Backends), reasons[group.Subject], RuleText.Names(group.Details)));
        }
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

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>
/// LBNSG102: two rules of one NSG (inline and Parent-linked together) share a priority and a
/// direction (SecurityRuleConflict). Reported at the later rule in source order.
/// </summary>
internal static class DuplicatePriorityRule
{
    public const string Id = "LBNSG102";

    public static IEnumerable<Finding> Analyze(NetworkAnalysis analysis)
    {
        List<Finding>? findings = null;
        foreach (var nsg in analysis.Topology.NetworkSecurityGroups)
        {
            if (RulesSharingAPriority(nsg) is not { } sharing)
            {
                continue;
            }

            foreach (var ordered in sharing)
            {
                ordered.Sort((a, b) => SecurityRuleValues.CompareSourceOrder(a.Origin, b.Origin));
                var first = ordered[0];
                int priority = first.Priority.Value;
                var direction = first.Direction.Value;
                for (int i = 1; i < ordered.Count; i++)
                {
                    var later = ordered[i];
                    if (!SecurityRuleValues.ReportedHere(later, first))
                    {
                        continue;
                    }

                    (findings ??= new List<Finding>()).Add(new Finding(
                        Id,
                        later.Origin,
                        ImmutableArray.Create(first.Origin),
                        ImmutableArray.Create(
                            later.DisplayName,
                            priority.ToString(CultureInfo.InvariantCulture),
                            first.DisplayName,
                            direction == RuleDirection.Inbound ? "inbound" : "outbound",
                            nsg.DisplayName),
                        ImmutableDictionary<string, string?>.Empty
                    .Add(FixData.CurrentPriorityProperty, priority.ToString(CultureInfo.InvariantCulture))
                    .Add(FixData.NsgKeyProperty, FixData.NsgKey(later.NetworkSecurityGroup))
                    .Add(FixData.UsedPrioritiesProperty, FixData.UsedPriorities(later.NetworkSecurityGroup, direction))));
                }
            }
        }

        return Finding.All(findings);
    }

    // The groups of two or more rules with the same known priority and direction, by direction and priority; null when
    // none (the usual case). Read off the NSG's evaluation order, sorted once per NSG and shared with the evaluator:
    // rules of one priority sit side by side there, in source order.
    private static List<List<SecurityRuleModel>>? RulesSharingAPriority(NetworkSecurityGroupModel nsg)
    {
        List<List<SecurityRuleModel>>? groups = null;
        AddGroups(ref groups, NsgEvaluator.OrderedCustomRules(nsg, RuleDirection.Inbound), RuleDirection.Inbound);
        AddGroups(ref groups, NsgEvaluator.OrderedCustomRules(nsg, RuleDirection.Outbound), RuleDirection.Outbound);
        return groups;
    }

    private static void AddGroups(ref List<List<SecurityRuleModel>>? groups, ImmutableArray<SecurityRuleModel> ordered, RuleDirection direction)
    {
        for (int start = 0; start < ordered.Length;)
        {
            // Unknown priorities come first and Unknown directions are in both orders: neither can be a duplicate.
            if (!HasKnown(ordered[start], direction, out int priority))
            {
                start++;
                continue;
            }

            int end = start + 1;
            int members = 1;
            while (end < ordered.Length && ordered[end].Priority.TryGet(out int next) && next == priority)
            {
                members += HasKnown(ordered[end], direction, out _) ? 1 : 0;
                end++;
            }

            if (members > 1)
            {
                var group = new List<SecurityRuleModel>(members);
                for (int k = start; k < end; k++)
                {
                    if (HasKnown(ordered[k], direction, out _))
                    {
                        group.Add(ordered[k]);
                    }
                }

                (groups ??= new List<List<SecurityRuleModel>>()).Add(group);
            }

            start = end;
        }
    }

    private static bool HasKnown(SecurityRuleModel rule, RuleDirection direction, out int priority) =>
        rule.Priority.TryGet(out priority) && rule.Direction.TryGet(out var ruleDirection) && ruleDirection == direction;
}

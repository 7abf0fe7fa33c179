using System;
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
            foreach (var ordered in RulesSharingAPriority(nsg))
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

    // The groups of two or more rules with the same known priority and direction, by priority. One sorted array of
    // keys per NSG (priority, direction, position), so an NSG without duplicates, the usual case, costs no more.
    private static List<List<SecurityRuleModel>> RulesSharingAPriority(NetworkSecurityGroupModel nsg)
    {
        var rules = nsg.Rules;
        var keys = new long[rules.Count];
        int count = 0;
        for (int i = 0; i < rules.Count; i++)
        {
            if (rules[i].Priority.TryGet(out int priority) && rules[i].Direction.TryGet(out var direction))
            {
                keys[count++] = ((long)priority << 32) | ((direction == RuleDirection.Inbound ? 0L : 1L) << 31) | (uint)i;
            }
        }

        Array.Sort(keys, 0, count);
        var groups = new List<List<SecurityRuleModel>>();
        for (int start = 0; start < count;)
        {
            int end = start + 1;
            while (end < count && keys[end] >> 31 == keys[start] >> 31)
            {
                end++;
            }

            if (end - start > 1)
            {
                var group = new List<SecurityRuleModel>(end - start);
                for (int k = start; k < end; k++)
                {
                    group.Add(rules[(int)(keys[k] & 0x7FFFFFFF)]);
                }

                groups.Add(group);
            }

            start = end;
        }

        return groups;
    }
}

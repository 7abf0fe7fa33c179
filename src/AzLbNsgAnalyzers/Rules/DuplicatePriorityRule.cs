using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
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
        foreach (var nsg in analysis.Topology.NetworkSecurityGroups)
        {
            var keyed = nsg.Rules
                .Where(r => r.Priority.IsKnown && r.Direction.IsKnown)
                .GroupBy(r => (r.Priority.Value, r.Direction.Value));
            foreach (var group in keyed)
            {
                var ordered = group.ToList();
                if (ordered.Count < 2)
                {
                    continue;
                }

                ordered.Sort((a, b) => SecurityRuleValues.CompareSourceOrder(a.Origin, b.Origin));
                var first = ordered[0];
                foreach (var later in ordered.Skip(1))
                {
                    if (!SecurityRuleValues.ReportedHere(later.Origin, first.Origin))
                    {
                        continue;
                    }

                    yield return new Finding(
                        Id,
                        later.Origin,
                        ImmutableArray.Create(first.Origin),
                        ImmutableArray.Create(
                            later.DisplayName,
                            group.Key.Item1.ToString(CultureInfo.InvariantCulture),
                            first.DisplayName,
                            group.Key.Item2 == RuleDirection.Inbound ? "inbound" : "outbound",
                            nsg.DisplayName),
                        ImmutableDictionary<string, string?>.Empty
                    .Add(FixData.CurrentPriorityProperty, group.Key.Item1.ToString(CultureInfo.InvariantCulture))
                    .Add(FixData.NsgKeyProperty, FixData.NsgKey(later.NetworkSecurityGroup))
                    .Add(FixData.UsedPrioritiesProperty, FixData.UsedPriorities(later.NetworkSecurityGroup, later.Direction.GetValueOrDefault(RuleDirection.Inbound))));
                }
            }
        }
    }
}

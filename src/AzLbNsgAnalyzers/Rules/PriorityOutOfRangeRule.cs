using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>LBNSG101: a custom security rule's priority is outside 100-4096 (Azure rejects the deployment).</summary>
internal static class PriorityOutOfRangeRule
{
    public const string Id = "LBNSG101";

    public static IEnumerable<Finding> Analyze(NetworkAnalysis analysis)
    {
        List<Finding>? findings = null;
        foreach (var rule in SecurityRuleValues.AllRules(analysis.Topology))
        {
            if (!SecurityRuleValues.ReportedInThisBody(rule) || !rule.Priority.TryGet(out int priority)
                || (priority >= SecurityRuleValues.MinPriority && priority <= SecurityRuleValues.MaxPriority))
            {
                continue;
            }

            (findings ??= new List<Finding>()).Add(new Finding(
                Id,
                rule.Origin,
                ImmutableArray<Origin>.Empty,
                ImmutableArray.Create(rule.DisplayName, priority.ToString(CultureInfo.InvariantCulture), RuleText.NsgName(rule)),
                ImmutableDictionary<string, string?>.Empty
                    .Add(FixData.CurrentPriorityProperty, priority.ToString(CultureInfo.InvariantCulture))
                    .Add(FixData.NsgKeyProperty, FixData.NsgKey(rule.NetworkSecurityGroup))
                    .Add(FixData.UsedPrioritiesProperty, FixData.UsedPriorities(rule.NetworkSecurityGroup, rule.Direction.GetValueOrDefault(RuleDirection.Inbound)))));
        }

        return Finding.All(findings);
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>Small formatting helpers shared by the rules' messages.</summary>
internal static class RuleText
{
    public static string Priority(SecurityRuleModel rule) =>
        rule.Priority.TryGet(out int priority) ? priority.ToString(CultureInfo.InvariantCulture) : "unknown";

    public static string Names(IEnumerable<string> names)
    {
        var distinct = names.Distinct().ToList();
        return distinct.Count switch
        {
            0 => "(none)",
            1 => distinct[0],
            _ => string.Join(", ", distinct.Take(distinct.Count - 1)) + " and " + distinct[distinct.Count - 1],
        };
    }

    public static string NsgName(SecurityRuleModel rule) => rule.NetworkSecurityGroup?.DisplayName ?? "(default rules)";
}

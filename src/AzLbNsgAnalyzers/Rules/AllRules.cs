using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AzLbNsgAnalyzers.Evaluation;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>
/// Every rule, for a front end that runs them all on one topology (lbnsg). The C# analyzer runs each rule from
/// its own DiagnosticAnalyzer, so that an ID can be turned off without paying for it; a test keeps both lists equal.
/// </summary>
public static class AllRules
{
    internal static ImmutableArray<(string Id, Func<NetworkAnalysis, IEnumerable<Finding>> Analyze)> All { get; } = ImmutableArray.Create<(string, Func<NetworkAnalysis, IEnumerable<Finding>>)>(
        (FrontendSubnetNsgRule.Id, FrontendSubnetNsgRule.Analyze),
        (LoadBalancerSubnetAllowedRule.Id, LoadBalancerSubnetAllowedRule.Analyze),
        (HealthProbeBlockedRule.Id, HealthProbeBlockedRule.Analyze),
        (ServiceTagOnlyRule.Id, a => ServiceTagOnlyRule.Analyze(a).Concat(ServiceTagOnlyNsgRule.Analyze(a))),
        (PublicBackendWithoutNsgRule.Id, PublicBackendWithoutNsgRule.Analyze),
        (FrontendInsteadOfBackendRule.Id, FrontendInsteadOfBackendRule.Analyze),
        (UnreachableBackendRule.Id, UnreachableBackendRule.Analyze),
        (PriorityOutOfRangeRule.Id, PriorityOutOfRangeRule.Analyze),
        (DuplicatePriorityRule.Id, DuplicatePriorityRule.Analyze),
        (MalformedValueRule.Id, MalformedValueRule.Analyze),
        (SingularAndPluralRule.Id, SingularAndPluralRule.Analyze),
        (BasicSkuRule.Id, BasicSkuRule.Analyze),
        (UnreachableSecurityRule.Id, UnreachableSecurityRule.Analyze),
        (ConfigurationFaultRule.Id, ConfigurationFaultRule.Analyze));

    /// <summary>The findings of every rule whose ID <paramref name="enabled"/> accepts, in rule order.</summary>
    public static List<Finding> Analyze(NetworkAnalysis analysis, Func<string, bool>? enabled = null)
    {
        var findings = new List<Finding>();
        foreach (var (id, analyze) in All)
        {
            if (enabled is null || enabled(id))
            {
                findings.AddRange(analyze(analysis));
            }
        }

        return findings;
    }
}

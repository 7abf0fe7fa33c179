using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AzLbNsgAnalyzers.Evaluation;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>
/// Every rule, in the order both front ends run them on one topology: the C# analyzer and lbnsg.
/// </summary>
public static class AllRules
{
    internal static ImmutableArray<(string Id, Func<NetworkAnalysis, IEnumerable<Finding>> Analyze)> All { get; } = ImmutableArray.Create<(string, Func<NetworkAnalysis, IEnumerable<Finding>>)>(
        (FrontendSubnetNsgRule.Id, FrontendSubnetNsgRule.Analyze),
        (LoadBalancerSubnetAllowedRule.Id, LoadBalancerSubnetAllowedRule.Analyze),
        (HealthProbeBlockedRule.Id, HealthProbeBlockedRule.Analyze),
        (ServiceTagOnlyRule.Id, ServiceTagOnlyBothForms),
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

    // LBNSG004 has two forms; concatenated only when both found something (nearly always neither did).
    private static IEnumerable<Finding> ServiceTagOnlyBothForms(NetworkAnalysis analysis)
    {
        var ofRules = ServiceTagOnlyRule.Analyze(analysis);
        var ofNsgs = ServiceTagOnlyNsgRule.Analyze(analysis);
        return IsEmpty(ofNsgs) ? ofRules : IsEmpty(ofRules) ? ofNsgs : ofRules.Concat(ofNsgs);
    }

    private static bool IsEmpty(IEnumerable<Finding> findings) => findings is ICollection<Finding> { Count: 0 };

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

using System.Collections.Generic;
using System.Collections.Immutable;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>
/// LBNSG107: what Aspire.Hosting.Azure.Network throws for when the AppHost starts, found by the Aspire front end
/// while it replayed the calls (a duplicate rule name, an explicit NSG after shorthand rules).
/// </summary>
internal static class ConfigurationFaultRule
{
    public const string Id = "LBNSG107";

    /// <summary>Finding.Form of the WithNetworkSecurityGroup-after-shorthand message.</summary>
    public const int NsgAfterShorthandForm = 1;

    public static IEnumerable<Finding> Analyze(NetworkAnalysis analysis)
    {
        List<Finding>? findings = null;
        foreach (var fault in analysis.Topology.ConfigurationFaults)
        {
            if (!SecurityRuleValues.ReportedInThisBody(fault.Origin, fault.Builder))
            {
                continue;
            }

            (findings ??= new List<Finding>()).Add(fault.Kind switch
            {
                ConfigurationFaultKind.NsgAfterShorthandRules => new Finding(
                    Id, fault.Origin, fault.Related, ImmutableArray.Create(fault.Subject, fault.NetworkSecurityGroup), form: NsgAfterShorthandForm),
                _ => new Finding(Id, fault.Origin, fault.Related, ImmutableArray.Create(fault.Subject, fault.NetworkSecurityGroup)),
            });
        }

        return Finding.All(findings);
    }
}

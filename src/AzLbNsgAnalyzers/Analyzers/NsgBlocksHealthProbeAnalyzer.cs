using System.Collections.Generic;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>LBNSG003: NSG blocks the load balancer health probe.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NsgBlocksHealthProbeAnalyzer : AzureNetworkAnalyzer
{
    public NsgBlocksHealthProbeAnalyzer()
        : base(Descriptors.LBNSG003)
    {
    }

    internal override IEnumerable<Finding> Analyze(NetworkAnalysis analysis) => HealthProbeBlockedRule.Analyze(analysis);
}

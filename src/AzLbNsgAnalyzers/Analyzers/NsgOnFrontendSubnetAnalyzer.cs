using System.Collections.Generic;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>LBNSG001: NSG on the load balancer frontend subnet does not filter load-balanced traffic.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NsgOnFrontendSubnetAnalyzer : AzureNetworkAnalyzer
{
    public NsgOnFrontendSubnetAnalyzer()
        : base(Descriptors.LBNSG001)
    {
    }

    internal override IEnumerable<Finding> Analyze(NetworkAnalysis analysis) => FrontendSubnetNsgRule.Analyze(analysis);
}

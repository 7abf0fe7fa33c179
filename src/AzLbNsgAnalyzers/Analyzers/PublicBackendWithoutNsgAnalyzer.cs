using System.Collections.Generic;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>LBNSG005: Public Standard load balancer backend has no NSG.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PublicBackendWithoutNsgAnalyzer : AzureNetworkAnalyzer
{
    public PublicBackendWithoutNsgAnalyzer()
        : base(Descriptors.LBNSG005)
    {
    }

    internal override IEnumerable<Finding> Analyze(NetworkAnalysis analysis) => PublicBackendWithoutNsgRule.Analyze(analysis);
}

using System.Collections.Generic;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>LBNSG105: Basic SKU load balancer or public IP.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BasicSkuAnalyzer : AzureNetworkAnalyzer
{
    public BasicSkuAnalyzer()
        : base(Descriptors.LBNSG105)
    {
    }

    internal override IEnumerable<Finding> Analyze(NetworkAnalysis analysis) => BasicSkuRule.Analyze(analysis);
}

using System.Collections.Generic;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>LBNSG103: Malformed rule name, address prefix, service tag or port range.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MalformedRuleValueAnalyzer : AzureNetworkAnalyzer
{
    public MalformedRuleValueAnalyzer()
        : base(Descriptors.LBNSG103)
    {
    }

    internal override IEnumerable<Finding> Analyze(NetworkAnalysis analysis) => MalformedValueRule.Analyze(analysis);
}

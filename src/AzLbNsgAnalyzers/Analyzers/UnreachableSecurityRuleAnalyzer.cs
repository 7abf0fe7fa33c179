using System.Collections.Generic;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>LBNSG106: Security rule can never match.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnreachableSecurityRuleAnalyzer : AzureNetworkAnalyzer
{
    public UnreachableSecurityRuleAnalyzer()
        : base(Descriptors.LBNSG106)
    {
    }

    internal override IEnumerable<Finding> Analyze(NetworkAnalysis analysis) => UnreachableSecurityRule.Analyze(analysis);
}

using System.Collections.Generic;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>LBNSG006: NSG rule matches the frontend instead of the backend.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NsgRuleTargetsFrontendAnalyzer : AzureNetworkAnalyzer
{
    public NsgRuleTargetsFrontendAnalyzer()
        : base(Descriptors.LBNSG006)
    {
    }

    internal override IEnumerable<Finding> Analyze(NetworkAnalysis analysis) => FrontendInsteadOfBackendRule.Analyze(analysis);
}

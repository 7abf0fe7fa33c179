using System.Collections.Generic;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>LBNSG102: Duplicate security rule priority.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicatePriorityAnalyzer : AzureNetworkAnalyzer
{
    public DuplicatePriorityAnalyzer()
        : base(Descriptors.LBNSG102)
    {
    }

    internal override IEnumerable<Finding> Analyze(NetworkAnalysis analysis) => DuplicatePriorityRule.Analyze(analysis);
}

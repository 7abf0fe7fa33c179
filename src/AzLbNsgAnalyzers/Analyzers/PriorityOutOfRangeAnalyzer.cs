using System.Collections.Generic;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>LBNSG101: Security rule priority out of range.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PriorityOutOfRangeAnalyzer : AzureNetworkAnalyzer
{
    public PriorityOutOfRangeAnalyzer()
        : base(Descriptors.LBNSG101)
    {
    }

    internal override IEnumerable<Finding> Analyze(NetworkAnalysis analysis) => PriorityOutOfRangeRule.Analyze(analysis);
}

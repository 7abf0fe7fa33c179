using System.Collections.Generic;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>LBNSG007: Load-balanced traffic cannot reach the backend.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BackendUnreachableAnalyzer : AzureNetworkAnalyzer
{
    public BackendUnreachableAnalyzer()
        : base(Descriptors.LBNSG007)
    {
    }

    internal override IEnumerable<Finding> Analyze(NetworkAnalysis analysis) => UnreachableBackendRule.Analyze(analysis);
}

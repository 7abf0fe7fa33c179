using System.Collections.Generic;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>LBNSG107: Network configuration the AppHost rejects at start.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AppHostConfigurationFaultAnalyzer : AzureNetworkAnalyzer
{
    public AppHostConfigurationFaultAnalyzer()
        : base(Descriptors.LBNSG107, Descriptors.LBNSG107NsgAfterShorthand)
    {
    }

    internal override IEnumerable<Finding> Analyze(NetworkAnalysis analysis) => ConfigurationFaultRule.Analyze(analysis);
}

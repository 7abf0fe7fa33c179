using System.Collections.Generic;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>LBNSG104: Singular and plural forms both set.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SingularAndPluralAnalyzer : AzureNetworkAnalyzer
{
    public SingularAndPluralAnalyzer()
        : base(Descriptors.LBNSG104)
    {
    }

    internal override IEnumerable<Finding> Analyze(NetworkAnalysis analysis) => SingularAndPluralRule.Analyze(analysis);
}

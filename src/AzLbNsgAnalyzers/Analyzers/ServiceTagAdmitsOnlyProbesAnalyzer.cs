using System.Collections.Generic;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>LBNSG004: AzureLoadBalancer service tag does not admit load-balanced traffic.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ServiceTagAdmitsOnlyProbesAnalyzer : AzureNetworkAnalyzer
{
    public ServiceTagAdmitsOnlyProbesAnalyzer()
        : base(Descriptors.LBNSG004, Descriptors.LBNSG004NsgOnly)
    {
    }

    internal override IEnumerable<Finding> Analyze(NetworkAnalysis analysis) =>
        System.Linq.Enumerable.Concat(ServiceTagOnlyRule.Analyze(analysis), ServiceTagOnlyNsgRule.Analyze(analysis));
}

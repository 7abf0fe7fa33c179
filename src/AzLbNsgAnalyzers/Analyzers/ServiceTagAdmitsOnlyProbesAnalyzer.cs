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

    internal override IEnumerable<Finding> Analyze(NetworkAnalysis analysis)
    {
        // Both forms; concatenated only when both found something (nearly always neither did).
        var ofRules = ServiceTagOnlyRule.Analyze(analysis);
        var ofNsgs = ServiceTagOnlyNsgRule.Analyze(analysis);
        return IsEmpty(ofNsgs) ? ofRules : IsEmpty(ofRules) ? ofNsgs : System.Linq.Enumerable.Concat(ofRules, ofNsgs);
    }

    private static bool IsEmpty(IEnumerable<Finding> findings) => findings is ICollection<Finding> { Count: 0 };
}

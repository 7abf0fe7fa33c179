using System.Collections.Generic;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>LBNSG002: Backend NSG admits the load balancer instead of the clients.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BackendNsgAdmitsLoadBalancerAnalyzer : AzureNetworkAnalyzer
{
    public BackendNsgAdmitsLoadBalancerAnalyzer()
        : base(Descriptors.LBNSG002)
    {
    }

    internal override IEnumerable<Finding> Analyze(NetworkAnalysis analysis) => LoadBalancerSubnetAllowedRule.Analyze(analysis);
}

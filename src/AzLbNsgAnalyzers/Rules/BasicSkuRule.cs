using System.Collections.Generic;
using System.Collections.Immutable;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>LBNSG105: a load balancer or public IP with the Basic SKU, retired on 30 September 2025. An unset SKU stays silent.</summary>
internal static class BasicSkuRule
{
    public const string Id = "LBNSG105";
    public const string KindProperty = "Kind";

    public static IEnumerable<Finding> Analyze(NetworkAnalysis analysis)
    {
        List<Finding>? findings = null;
        foreach (var loadBalancer in analysis.Topology.LoadBalancers)
        {
            if (SecurityRuleValues.CreatedInAnalysedBody(loadBalancer.Origin) && loadBalancer.Sku.TryGet(out var sku) && sku == SkuName.Basic)
            {
                (findings ??= new List<Finding>()).Add(Create(loadBalancer, "Load balancer", "LoadBalancer"));
            }
        }

        foreach (var publicIp in analysis.Topology.PublicIps)
        {
            if (SecurityRuleValues.CreatedInAnalysedBody(publicIp.Origin) && publicIp.Sku.TryGet(out var sku) && sku == SkuName.Basic)
            {
                (findings ??= new List<Finding>()).Add(Create(publicIp, "Public IP address", "PublicIPAddress"));
            }
        }

        return Finding.All(findings);
    }

    private static Finding Create(ResourceModel resource, string kindText, string kind) =>
        new(Id, resource.Origin, ImmutableArray<Origin>.Empty, ImmutableArray.Create(kindText, resource.DisplayName), ImmutableDictionary<string, string?>.Empty.Add(KindProperty, kind));
}

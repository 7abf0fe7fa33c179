using Microsoft.CodeAnalysis;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>Every diagnostic's ID, title, message, category, severity and help link, in one place.</summary>
internal static class Descriptors
{
    /// <summary>The repository the help links point into (docs/rules/ID.md).</summary>
    public const string RepositoryUrl = "https://github.com/azlbnsganalyzers/AzLbNsgAnalyzers";

    public const string LoadBalancingCategory = "AzureLoadBalancing";
    public const string DeploymentCategory = "AzureDeployment";

    public static readonly DiagnosticDescriptor LBNSG003 = Create(
        "LBNSG003",
        "NSG blocks the load balancer health probe",
        "NSG rule '{0}' (priority {1}) in '{2}' denies the health probe of load balancer '{3}' from 168.63.129.16 (AzureLoadBalancer) on {4} to backend {5}: a custom deny below 65001 overrides AllowAzureLoadBalancerInBound, probes fail, every backend is marked down and no traffic is balanced",
        LoadBalancingCategory,
        DiagnosticSeverity.Warning,
        "Azure Load Balancer health probes come from 168.63.129.16 (service tag AzureLoadBalancer). The default rule AllowAzureLoadBalancerInBound sits at priority 65001, so any custom deny with a smaller number that covers the probe port blocks the probes: the backends are marked down and the load balancer stops sending them traffic, although a direct call to a VM still works. Allow source AzureLoadBalancer to the probe port with a smaller number than the deny.");

    public static string HelpLink(string id) => RepositoryUrl + "/blob/main/docs/rules/" + id + ".md";

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id), customTags: WellKnownDiagnosticTags.Telemetry);
}

using System.Collections.Generic;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>Ports and backend-path rules of a load balancer, shared by several rules.</summary>
internal static class LoadBalancerPorts
{
    /// <summary>The ports backends see for every rule of the load balancer whose ports are known.</summary>
    public static IntervalSet DeliveredPorts(LoadBalancerModel loadBalancer)
    {
        var ports = IntervalSet.Empty;
        foreach (var rule in loadBalancer.Rules)
        {
            if (DeliveredPorts(rule) is { } delivered)
            {
                ports = ports.Union(delivered);
            }
        }

        return ports;
    }

    /// <summary>The port(s) a rule delivers to backends: backend port, frontend port with floating IP, every port for HA ports.</summary>
    public static IntervalSet? DeliveredPorts(LbRuleModel rule)
    {
        if (!rule.FrontendPort.TryGet(out int frontendPort) || !rule.BackendPort.TryGet(out int backendPort) || !rule.EnableFloatingIp.TryGet(out bool floating)
            || frontendPort < 0 || backendPort < 0 || frontendPort > PortRange.MaxPort || backendPort > PortRange.MaxPort)
        {
            return null;
        }

        if (frontendPort == 0 && backendPort == 0)
        {
            return PortRange.All;
        }

        return PortRange.Single(floating ? frontendPort : backendPort);
    }

    /// <summary>Each custom security rule on the inbound paths of the load balancer's backends, once, with those backends.</summary>
    /// <remarks>
    /// A rule belongs to one NSG, so the rules of one NSG share one backend list (a backend is listed once per time
    /// the NSG is on its path). Rules come in the order the backends of the load balancer's rules first reach them.
    /// </remarks>
    public static List<(SecurityRuleModel Rule, List<Backend> Backends)> BackendRulesByRule(NetworkAnalysis analysis, LoadBalancerModel loadBalancer)
    {
        var result = new List<(SecurityRuleModel, List<Backend>)>();
        var backendsByNsg = new List<(NetworkSecurityGroupModel Nsg, List<Backend> Backends)>();
        var seen = new List<Backend>();
        foreach (var lbRule in loadBalancer.Rules)
        {
            foreach (var backend in analysis.BackendsOf(lbRule))
            {
                if (ContainsReference(seen, backend))
                {
                    continue;
                }

                seen.Add(backend);
                foreach (var nsg in backend.Path.InOrder(RuleDirection.Inbound))
                {
                    if (!nsg.TryGet(out var known) || known is null || known.Rules.Count == 0)
                    {
                        continue;
                    }

                    var backends = BackendsOf(backendsByNsg, known);
                    if (backends is null)
                    {
                        backends = new List<Backend>();
                        backendsByNsg.Add((known, backends));

                        // Grown to fit the NSG's rules at once, not by doubling from four (NSGs hold tens of rules).
                        if (result.Capacity < result.Count + known.Rules.Count)
                        {
                            result.Capacity = result.Count + known.Rules.Count;
                        }

                        foreach (var rule in known.Rules)
                        {
                            result.Add((rule, backends));
                        }
                    }

                    backends.Add(backend);
                }
            }
        }

        return result;
    }

    // Load balancers have a few backends and NSGs: linear searches, no hash sets.
    private static bool ContainsReference(List<Backend> backends, Backend backend)
    {
        foreach (var existing in backends)
        {
            if (ReferenceEquals(existing, backend))
            {
                return true;
            }
        }

        return false;
    }

    private static List<Backend>? BackendsOf(List<(NetworkSecurityGroupModel Nsg, List<Backend> Backends)> backendsByNsg, NetworkSecurityGroupModel nsg)
    {
        foreach (var (known, backends) in backendsByNsg)
        {
            if (ReferenceEquals(known, nsg))
            {
                return backends;
            }
        }

        return null;
    }
}

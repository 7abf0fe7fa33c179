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

    /// <summary>Each custom security rule on the inbound path of each backend of the load balancer, with that backend.</summary>
    public static IEnumerable<(SecurityRuleModel Rule, Backend Backend)> BackendRules(NetworkAnalysis analysis, LoadBalancerModel loadBalancer)
    {
        var seen = new HashSet<Backend>();
        foreach (var lbRule in loadBalancer.Rules)
        {
            foreach (var backend in analysis.BackendsOf(lbRule))
            {
                if (!seen.Add(backend))
                {
                    continue;
                }

                foreach (var nsg in backend.Path.InOrder(RuleDirection.Inbound))
                {
                    if (nsg.TryGet(out var known) && known is not null)
                    {
                        foreach (var rule in known.Rules)
                        {
                            yield return (rule, backend);
                        }
                    }
                }
            }
        }
    }

    /// <summary>Each custom security rule on the inbound paths of the load balancer's backends, once, with those backends.</summary>
    public static List<(SecurityRuleModel Rule, List<Backend> Backends)> BackendRulesByRule(NetworkAnalysis analysis, LoadBalancerModel loadBalancer)
    {
        var result = new List<(SecurityRuleModel, List<Backend>)>();
        var index = new Dictionary<SecurityRuleModel, List<Backend>>();
        foreach (var (rule, backend) in BackendRules(analysis, loadBalancer))
        {
            if (!index.TryGetValue(rule, out var backends))
            {
                backends = new List<Backend>();
                index.Add(rule, backends);
                result.Add((rule, backends));
            }

            backends.Add(backend);
        }

        return result;
    }
}

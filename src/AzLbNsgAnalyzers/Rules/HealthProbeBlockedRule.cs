using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>
/// LBNSG003: a custom rule on a backend's NSG path denies the health probe (168.63.129.16, TCP, to
/// the backend on the probe port). Reported once per denying rule, naming every backend it blocks.
/// </summary>
internal static class HealthProbeBlockedRule
{
    public const string Id = "LBNSG003";
    public const string ProbePortProperty = "ProbePort";
    public const string DenyPriorityProperty = "DenyPriority";

    private static readonly uint ProbeSource = Ipv4.AzureHostAddress;

    public static IEnumerable<Finding> Analyze(NetworkAnalysis analysis)
    {
        List<Finding>? findings = null;
        Dictionary<SecurityRuleModel, Blocked>? blocked = null;
        foreach (var (rule, backend, probe, denying) in ProbeVerdicts(analysis))
        {
            if (denying is null)
            {
                continue;
            }

            blocked ??= new Dictionary<SecurityRuleModel, Blocked>();
            if (!blocked.TryGetValue(denying, out var entry))
            {
                entry = new Blocked(denying);
                blocked.Add(denying, entry);
            }

            entry.LoadBalancers.Add(rule.LoadBalancer?.DisplayName ?? rule.DisplayName);
            entry.Backends.Add(backend.DisplayName);
            entry.Ports.Add(probe.Port.TryGet(out int port) ? "port " + port.ToString(CultureInfo.InvariantCulture) : "an unknown port");
            if (probe.Port.TryGet(out int knownPort))
            {
                entry.ProbePorts.Add(knownPort);
            }
        }

        if (blocked is null)
        {
            return Finding.All(findings);
        }

        foreach (var entry in blocked.Values)
        {
            var deny = entry.Rule;
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(ProbePortProperty, entry.ProbePorts.Count == 1 ? entry.ProbePorts.First().ToString(CultureInfo.InvariantCulture) : null)
                .Add(DenyPriorityProperty, deny.Priority.TryGet(out int priority) ? priority.ToString(CultureInfo.InvariantCulture) : null)
                .Add(FixData.NsgKeyProperty, FixData.NsgKey(deny.NetworkSecurityGroup))
                .Add(FixData.UsedPrioritiesProperty, FixData.UsedPriorities(deny.NetworkSecurityGroup, RuleDirection.Inbound));
            (findings ??= new List<Finding>()).Add(new Finding(
                Id,
                deny.Origin,
                ImmutableArray<Origin>.Empty,
                ImmutableArray.Create(
                    deny.DisplayName,
                    RuleText.Priority(deny),
                    RuleText.NsgName(deny),
                    RuleText.Names(entry.LoadBalancers),
                    RuleText.Names(entry.Ports),
                    RuleText.Names(entry.Backends)),
                properties));
        }

        return Finding.All(findings);
    }

    /// <summary>The custom rule that certainly denies the probe flow to this backend, if any.</summary>
    public static SecurityRuleModel? DenyingRule(NetworkAnalysis analysis, Backend backend, ProbeModel probe)
    {
        if (backend.Addresses is null)
        {
            return null;
        }

        // An unknown probe port: only a deny that covers every port certainly blocks it.
        var ports = probe.Port.TryGet(out int port) && port >= 0 && port <= PortRange.MaxPort ? PortRange.Single(port) : PortRange.All;
        var verdict = analysis.Evaluate(backend, new Flow(FlowProtocol.Tcp, backend.Addresses, ports));
        if (!verdict.IsDenied(ProbeSource))
        {
            return null;
        }

        var deciding = verdict.DecidingRules(ProbeSource);
        return deciding.Length > 0 && !deciding[0].Rule.IsDefault && deciding[0].Access == RuleAccess.Deny ? deciding[0].Rule : null;
    }

    /// <summary>
    /// Each (load balancer rule, backend, probe) the load balancer certainly probes, with the custom rule that certainly
    /// denies that probe (null when none does); computed once per analysis (LBNSG003 and the LBNSG004/007 outcomes read it).
    /// </summary>
    public static ImmutableArray<(LbRuleModel Rule, Backend Backend, ProbeModel Probe, SecurityRuleModel? Denying)> ProbeVerdicts(NetworkAnalysis analysis) =>
        analysis.Memo("ProbeVerdicts", ComputeProbeVerdicts);

    private static ImmutableArray<(LbRuleModel Rule, Backend Backend, ProbeModel Probe, SecurityRuleModel? Denying)> ComputeProbeVerdicts(NetworkAnalysis analysis)
    {
        // Counted first (the backends of a rule are memoised): one array of the exact size, not a growing one and a copy.
        int count = 0;
        foreach (var loadBalancer in analysis.Topology.LoadBalancers)
        {
            foreach (var rule in loadBalancer.Rules)
            {
                if (rule.Probe.TryGet(out var probe) && probe is not null)
                {
                    count += analysis.BackendsOf(rule).Length;
                }
            }
        }

        if (count == 0)
        {
            return ImmutableArray<(LbRuleModel, Backend, ProbeModel, SecurityRuleModel?)>.Empty;
        }

        var verdicts = ImmutableArray.CreateBuilder<(LbRuleModel, Backend, ProbeModel, SecurityRuleModel?)>(count);
        foreach (var loadBalancer in analysis.Topology.LoadBalancers)
        {
            foreach (var rule in loadBalancer.Rules)
            {
                if (!rule.Probe.TryGet(out var probe) || probe is null)
                {
                    continue;
                }

                foreach (var backend in analysis.BackendsOf(rule))
                {
                    verdicts.Add((rule, backend, probe, DenyingRule(analysis, backend, probe)));
                }
            }
        }

        // The count is exact (memoised backends), but a miscount must not throw from an analyzer.
        return verdicts.Count == verdicts.Capacity ? verdicts.MoveToImmutable() : verdicts.ToImmutable();
    }

    private sealed class Blocked
    {
        public Blocked(SecurityRuleModel rule)
        {
            Rule = rule;
        }

        public SecurityRuleModel Rule { get; }

        public List<string> LoadBalancers { get; } = new();

        public List<string> Backends { get; } = new();

        public List<string> Ports { get; } = new();

        public HashSet<int> ProbePorts { get; } = new();
    }
}

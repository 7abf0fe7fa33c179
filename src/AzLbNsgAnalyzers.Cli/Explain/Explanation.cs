using System.Collections.Generic;
using System.Linq;
using AzLbNsgAnalyzers.Cli.Commands;
using AzLbNsgAnalyzers.Cli.Templates;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Cli.Explain;

/// <summary>One NSG on (or beside) the packet path, as the explanation shows it.</summary>
internal sealed record PathStep(string Role, string Nsg, bool OnPath, SourcePlace? Place)
{
    /// <summary>The rules of this NSG that decided some probe or client flow: "deny-all (2048)" and "allowed"/"denied".</summary>
    public IReadOnlyList<(string Rule, string Verdict)> Decides { get; init; } = System.Array.Empty<(string, string)>();
}

/// <summary>A part of a flow set's sources and what decided it.</summary>
internal sealed record VerdictPart(string Verdict, string Sources, string DecidedBy, SourcePlace? Place);

/// <summary>One load-balancing rule to one backend: the path, the probe's verdict and the clients' verdict.</summary>
internal sealed record BackendExplanation(
    string Rule,
    string Backend,
    string Delivery,
    IReadOnlyList<PathStep> Path,
    VerdictPart? Probe,
    string Clients,
    IReadOnlyList<VerdictPart> ClientParts);

internal sealed record LoadBalancerExplanation(string Name, string Kind, SourcePlace Place, IReadOnlyList<BackendExplanation> Backends, IReadOnlyList<string> Notes);

/// <summary>
/// Why load-balanced traffic does or does not arrive: for each load balancer, rule and backend, the NSGs the
/// backend's host applies (the frontend's subnet is not on the path), the health probe's verdict from
/// 168.63.129.16, and the client flows' verdict as exact source sets with the rule that decided each part.
/// </summary>
internal sealed class Explanation
{
    private Explanation(string path, IReadOnlyList<LoadBalancerExplanation> loadBalancers, IReadOnlyList<ReportedFinding> findings)
    {
        Path = path;
        LoadBalancers = loadBalancers;
        Findings = findings;
    }

    public string Path { get; }

    public IReadOnlyList<LoadBalancerExplanation> LoadBalancers { get; }

    public IReadOnlyList<ReportedFinding> Findings { get; }

    public static Explanation Of(TemplateAnalysis analysis, IReadOnlyList<ReportedFinding> findings)
    {
        var network = analysis.Network;

        // The client flow cases the rules evaluated, by rule and backend (BackendsOf returns the same Backend objects).
        var cases = new Dictionary<(LbRuleModel, Backend), Rules.ClientFlowCase>();
        foreach (var flowCase in Rules.ClientFlowCase.All(network))
        {
            cases.TryAdd((flowCase.Rule, flowCase.Backend), flowCase);
        }

        var loadBalancers = new List<LoadBalancerExplanation>();
        foreach (var loadBalancer in network.Topology.LoadBalancers)
        {
            var backends = new List<BackendExplanation>();
            var notes = new List<string>();
            foreach (var rule in loadBalancer.Rules)
            {
                var explained = network.BackendsOf(rule).Select(backend => Explain(network, rule, backend, cases.GetValueOrDefault((rule, backend)))).ToList();
                if (explained.Count == 0)
                {
                    notes.Add("rule " + rule.DisplayName + ": no backend the template names (its pool is empty, or its members are known only at deployment)");
                }

                backends.AddRange(explained);
            }

            if (loadBalancer.Rules.Count == 0)
            {
                notes.Add("no load-balancing rules");
            }

            string kind = (loadBalancer.Sku.TryGet(out var sku) && sku is { } name ? name + " " : string.Empty)
                + (loadBalancer.Frontends.Any(f => f.IsPublic.TryGet(out bool p) && p) ? "public" : loadBalancer.Frontends.All(f => f.IsPublic.TryGet(out bool p) && !p) ? "internal" : "frontend unknown");
            loadBalancers.Add(new LoadBalancerExplanation(loadBalancer.DisplayName, kind, loadBalancer.Origin.Place, backends, notes));
        }

        return new Explanation(analysis.Path, loadBalancers, findings);
    }

    private static BackendExplanation Explain(NetworkAnalysis network, LbRuleModel rule, Backend backend, Rules.ClientFlowCase? flowCase)
    {
        var frontend = rule.Frontend.TryGet(out var f) ? f : null;
        var path = new List<PathStep>();
        if (frontend is not null && frontend.Subnet.TryGet(out var frontendSubnet) && frontendSubnet is not null)
        {
            path.Add(new PathStep("frontend subnet " + frontendSubnet.DisplayName, NsgText(frontendSubnet.NetworkSecurityGroup), OnPath: false, frontendSubnet.NetworkSecurityGroup.TryGet(out var n) ? n?.Origin.Place : null));
        }

        string subnetName = backend.Subnet.TryGet(out var subnet) && subnet is not null ? subnet.DisplayName : "unknown";
        path.Add(new PathStep("backend subnet " + subnetName, NsgText(backend.Path.SubnetNsg), OnPath: true, backend.Path.SubnetNsg.TryGet(out var s) ? s?.Origin.Place : null));
        path.Add(new PathStep("backend NIC", NsgText(backend.Path.NicNsg), OnPath: true, backend.Path.NicNsg.TryGet(out var nic) ? nic?.Origin.Place : null));

        var deciding = new List<RuleDecision>();
        VerdictPart? probe = null;
        if (rule.Probe.TryGet(out var probeModel) && probeModel is not null && backend.Addresses is { } addresses)
        {
            var ports = probeModel.Port.TryGet(out int port) && port >= 0 && port <= (int)PortRange.MaxPort ? PortRange.Single(port) : PortRange.All;
            var verdict = network.Evaluate(backend, new Flow(FlowProtocol.Tcp, addresses, ports));
            uint source = Ipv4.AzureHostAddress;
            probe = Part(verdict.VerdictOf(source), "168.63.129.16 (AzureLoadBalancer) to port " + PortRange.Format(ports), verdict.DecidingRules(source));
            deciding.AddRange(verdict.DecidingRules(source));
        }

        string delivery = "unknown";
        string clients = "unknown";
        var parts = new List<VerdictPart>();
        if (flowCase is not null)
        {
            delivery = string.Join("/", flowCase.Flow.Protocols) + " to " + Ipv4.Format(flowCase.Flow.DestinationAddresses) + " " + flowCase.DeliveredPorts
                + (rule.EnableFloatingIp.TryGet(out bool floating) && floating ? " (floating IP: the frontend's address and port)" : " (the backend's address and the rule's backend port)");
            clients = flowCase.ClientsText;
            deciding.AddRange(flowCase.Verdict.Decisions.Where(d => d.Sources.Overlaps(flowCase.Clients)));
            parts.AddRange(ClientParts(flowCase));
        }
        else
        {
            parts.Add(new VerdictPart("unknown", "every client", "values known only at deployment (ports, frontend, addresses or the VNet's address space)", null));
        }

        // Each NSG on the path, with the rules of it that decided something.
        for (int i = 0; i < path.Count; i++)
        {
            var nsg = !path[i].OnPath ? null : path[i].Role.StartsWith("backend subnet", System.StringComparison.Ordinal) ? backend.Path.SubnetNsg : backend.Path.NicNsg;
            if (nsg is { IsKnown: true, Value: { } model })
            {
                path[i] = path[i] with
                {
                    Decides = deciding.Where(d => ReferenceEquals(d.Nsg, model))
                        .Select(d => (d.Rule.DisplayName + " (" + (d.Rule.Priority.TryGet(out int p) ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?") + ")", d.Access == RuleAccess.Allow ? "allowed" : "denied"))
                        .Distinct().ToList(),
                };
            }
        }

        return new BackendExplanation(rule.DisplayName, backend.DisplayName, delivery, path, probe, clients, parts);
    }

    private static IEnumerable<VerdictPart> ClientParts(Rules.ClientFlowCase flowCase)
    {
        var verdict = flowCase.Verdict;
        var clients = flowCase.Clients;
        string Describe(IntervalSet set) => set.Equals(clients) ? "all clients (" + flowCase.ClientsText + ")" : Abbreviate(set);

        var allowed = verdict.Allowed.Intersect(clients);
        if (!allowed.IsEmpty)
        {
            var allowing = verdict.Decisions.Where(d => d.Access == RuleAccess.Allow && d.Sources.Overlaps(allowed)).ToList();
            yield return new VerdictPart("allowed", Describe(allowed), allowing.Count == 0 ? "no NSG on the path" : string.Join(", then ", allowing.Select(RuleText)), allowing.FirstOrDefault()?.Rule.Origin.Place);
        }

        var denied = verdict.Denied.Intersect(clients);
        var remaining = denied;
        foreach (var decision in verdict.Decisions)
        {
            if (decision.Access != RuleAccess.Deny || remaining.IsEmpty)
            {
                continue;
            }

            var part = decision.Sources.Intersect(remaining);
            if (!part.IsEmpty)
            {
                yield return new VerdictPart("denied", Describe(part), RuleText(decision), decision.Rule.Origin.Place);
                remaining = remaining.Except(part);
            }
        }

        var unknown = verdict.Unknown.Intersect(clients);
        if (!unknown.IsEmpty)
        {
            yield return new VerdictPart("unknown", Describe(unknown), "rules with values known only at deployment", null);
        }
    }

    private static VerdictPart Part(SourceVerdict verdict, string sources, System.Collections.Immutable.ImmutableArray<RuleDecision> deciding) =>
        verdict switch
        {
            SourceVerdict.Allowed => new VerdictPart("allowed", sources, deciding.IsEmpty ? "no NSG on the path" : string.Join(", then ", deciding.Select(RuleText)), deciding.IsEmpty ? null : deciding[0].Rule.Origin.Place),
            SourceVerdict.Denied => new VerdictPart("denied", sources, RuleText(deciding[0]), deciding[0].Rule.Origin.Place),
            _ => new VerdictPart("unknown", sources, "rules with values known only at deployment", null),
        };

    private static string RuleText(RuleDecision decision)
    {
        var rule = decision.Rule;
        string priority = rule.Priority.TryGet(out int p) ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
        string where = rule.IsDefault ? "default rule" : PlaceText(rule.Origin.Place);
        return "'" + rule.DisplayName + "' (" + priority + ", " + decision.Nsg.DisplayName + (where.Length > 0 ? ", " + where : string.Empty) + ")";
    }

    public static string PlaceText(SourcePlace? place) => place is TextPlace { Line: > 0 } text ? System.IO.Path.GetFileName(text.Path) + ":" + text.Line : string.Empty;

    private static string NsgText(Known<NetworkSecurityGroupModel?> nsg) =>
        !nsg.TryGet(out var model) ? "unknown NSG" : model is null ? "no NSG" : "NSG " + model.DisplayName;

    private static string Abbreviate(IntervalSet set)
    {
        string text = Ipv4.Format(set);
        var parts = text.Split(", ");
        return parts.Length <= 6 ? text : string.Join(", ", parts.Take(6)) + " and " + (parts.Length - 6) + " more ranges";
    }
}

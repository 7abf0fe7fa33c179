using System.Collections.Generic;
using System.Collections.Immutable;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>
/// The client flows of one load-balancing rule R to one backend B, as the backend's host sees them
/// after the load balancer's NAT: the client's own source address (no SNAT), B's address and R's
/// backend port (with floating IP: the frontend address and port), and the verdict of B's NSG path.
/// </summary>
internal sealed class ClientFlowCase
{
    private ClientFlowCase(LoadBalancerModel loadBalancer, LbRuleModel rule, FrontendModel frontend, Backend backend, Flow flow, IntervalSet clients, IntervalSet outsideKnown, FlowVerdict verdict)
    {
        LoadBalancer = loadBalancer;
        Rule = rule;
        Frontend = frontend;
        Backend = backend;
        Flow = flow;
        Clients = clients;
        OutsideKnownSpaces = outsideKnown;
        Verdict = verdict;
    }

    public LoadBalancerModel LoadBalancer { get; }

    public LbRuleModel Rule { get; }

    public FrontendModel Frontend { get; }

    public Backend Backend { get; }

    /// <summary>The flow the backend's NSGs evaluate.</summary>
    public Flow Flow { get; }

    /// <summary>The clients: the VNet's known address spaces (private frontend) or Internet (public frontend).</summary>
    public IntervalSet Clients { get; }

    /// <summary>Addresses outside the VNet's known spaces, other than 168.63.129.16: remote clients through peering or VPN.</summary>
    public IntervalSet OutsideKnownSpaces { get; }

    public FlowVerdict Verdict { get; }

    public bool IsPublic => Frontend.IsPublic.TryGet(out bool isPublic) && isPublic;

    /// <summary>The port(s) the backend sees, for messages.</summary>
    public string DeliveredPorts => Flow.DestinationPorts.Equals(PortRange.All) ? "every port" : "port " + PortRange.Format(Flow.DestinationPorts);

    public string ClientsText => IsPublic ? "Internet" : Ipv4.Format(Clients);

    /// <summary>
    /// Every client flow is certainly denied, and, for a private frontend, no custom Allow on the path
    /// that some flow reaches admits a source outside the known spaces (else the author evidently serves
    /// remote clients through peering or VPN: Unknown). A public frontend's clients are the Internet,
    /// all of it outside the known spaces, so the clause does not apply there.
    /// </summary>
    public bool EveryClientDenied(NetworkAnalysis analysis) =>
        !Clients.IsEmpty && Verdict.IsDenied(Clients) && (IsPublic || !ServesRemoteClients(analysis));

    /// <summary>
    /// Every NSG of the path other than <paramref name="nsg"/> certainly admits every client, so an
    /// allow added to <paramref name="nsg"/> alone lets them through.
    /// </summary>
    public bool OtherNsgsAdmitEveryClient(NetworkSecurityGroupModel nsg)
    {
        foreach (var step in Verdict.Steps)
        {
            bool isThisNsg = step.Nsg.TryGet(out var known) && ReferenceEquals(known, nsg);
            if (!isThisNsg && !Clients.IsSubsetOf(step.Allowed))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The delivered port as a rule writes it ("5000", "every port" for HA ports), for fix data.</summary>
    public string DeliveredPortValue => Flow.DestinationPorts.Equals(PortRange.All) ? "every port" : PortRange.Format(Flow.DestinationPorts);

    private bool ServesRemoteClients(NetworkAnalysis analysis)
    {
        foreach (var nsg in Backend.Path.InOrder(RuleDirection.Inbound))
        {
            if (!nsg.TryGet(out var known) || known is null)
            {
                continue;
            }

            // Sources certainly decided by earlier custom rules never reach a later one.
            var decidedBefore = IntervalSet.Empty;
            foreach (var rule in NsgEvaluator.OrderedCustomRules(known, RuleDirection.Inbound))
            {
                if (RuleMatching.MayAllow(rule) && !RuleMatching.CannotMatch(rule, Flow, Backend.Context))
                {
                    var remote = Backend.Context.Resolve(rule.Source).Possible.Intersect(OutsideKnownSpaces).Except(decidedBefore);
                    if (!remote.IsEmpty)
                    {
                        return true;
                    }
                }

                if (FullyMatches(rule))
                {
                    decidedBefore = decidedBefore.Union(Backend.Context.Resolve(rule.Source).Definite);
                }
            }
        }

        return false;
    }

    private bool FullyMatches(SecurityRuleModel rule) =>
        rule.Priority.IsKnown && rule.Access.IsKnown && RuleMatching.IsInbound(rule)
        && (!rule.Protocol.TryGet(out var protocol) ? false : protocol == RuleProtocol.Any || (Flow.Protocols.Length == 1 && (int)Flow.Protocols[0] == (int)protocol))
        && Flow.DestinationAddresses.IsSubsetOf(Backend.Context.Resolve(rule.Destination).Definite)
        && RuleMatching.CoversPorts(rule, Flow.DestinationPorts)
        && PortMatch.Resolve(rule.SourcePorts).Definite.Equals(PortRange.All);

    /// <summary>Every (R, B) whose client flows the analysis can state exactly.</summary>
    public static ImmutableArray<ClientFlowCase> All(NetworkAnalysis analysis) =>
        analysis.Memo("ClientFlowCases", Compute);

    private static ImmutableArray<ClientFlowCase> Compute(NetworkAnalysis analysis)
    {
        var cases = ImmutableArray.CreateBuilder<ClientFlowCase>();
        foreach (var loadBalancer in analysis.Topology.LoadBalancers)
        {
            foreach (var rule in loadBalancer.Rules)
            {
                if (!rule.Frontend.TryGet(out var frontend) || frontend is null || !frontend.IsPublic.TryGet(out bool isPublic)
                    || !rule.Protocol.TryGet(out var protocol) || !rule.FrontendPort.TryGet(out int frontendPort) || !rule.BackendPort.TryGet(out int backendPort)
                    || !rule.EnableFloatingIp.TryGet(out bool floating) || !IsPort(frontendPort) || !IsPort(backendPort))
                {
                    continue;
                }

                bool haPorts = frontendPort == 0 && backendPort == 0;
                var ports = haPorts ? PortRange.All : PortRange.Single(floating ? frontendPort : backendPort);
                IntervalSet? frontendAddress = null;
                if (floating)
                {
                    if (isPublic || !frontend.PrivateIpAddress.TryGet(out var ip) || ip is null || !Ipv4.TryParseAddress(ip.Trim(), out uint address))
                    {
                        continue;
                    }

                    frontendAddress = IntervalSet.Of(address);
                }

                foreach (var backend in analysis.BackendsOf(rule))
                {
                    var destination = frontendAddress ?? backend.Addresses;
                    var context = backend.Context;
                    if (destination is null || !context.SpacesComplete)
                    {
                        continue;
                    }

                    var flow = new Flow(Flow.ProtocolsOf(protocol), destination, ports);
                    var clients = isPublic ? context.Internet.Definite : context.KnownSpacesWithoutHost;
                    cases.Add(new ClientFlowCase(loadBalancer, rule, frontend, backend, flow, clients, context.OutsideKnownSpaces, analysis.Evaluate(backend, flow)));
                }
            }
        }

        return cases.ToImmutable();
    }

    private static bool IsPort(int port) => port >= 0 && port <= PortRange.MaxPort;

    public override string ToString() => Rule.DisplayName + " -> " + Backend.DisplayName + " (" + Flow + ")";
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>
/// The outcomes LBNSG004 and LBNSG007 share: the (rule, backend) cases whose every client flow is
/// denied and that no cause (LBNSG002, 003, 005, 006) already explains. Each case goes to exactly one
/// of the two rules, so a root cause is reported once.
/// </summary>
internal static class BlockedClientFlows
{
    public static Outcomes Find(NetworkAnalysis analysis) => analysis.Memo("BlockedClientFlows", Compute);

    private static Outcomes Compute(NetworkAnalysis analysis)
    {
        var outcomes = new Outcomes();
        var explained = ExplainedBackends(analysis);
        foreach (var flowCase in ClientFlowCase.All(analysis))
        {
            if (explained.Contains((flowCase.LoadBalancer, flowCase.Backend)) || !flowCase.EveryClientDenied(analysis))
            {
                continue;
            }

            var dropping = DroppingRules(flowCase);
            var azureLoadBalancerRule = OnlyAllowIsAzureLoadBalancer(flowCase);
            if (azureLoadBalancerRule is not null)
            {
                outcomes.ServiceTagOnly.Add((azureLoadBalancerRule, flowCase, dropping));
            }
            else
            {
                outcomes.Unreachable.Add((flowCase, dropping));
            }
        }

        return outcomes;
    }

    /// <summary>Custom rules that deny some client, in evaluation order (subnet NSG first, smaller number first).</summary>
    private static ImmutableArray<RuleDecision> DroppingRules(ClientFlowCase flowCase) =>
        flowCase.Verdict.Decisions.Where(d => d.Access == RuleAccess.Deny && d.Sources.Overlaps(flowCase.Clients)).ToImmutableArray();

    /// <summary>
    /// The Allow rule with source AzureLoadBalancer that covers the delivered port, when it is the only
    /// custom Allow of the path's NSGs that may cover that port (shadowed ones count, default rules do not).
    /// </summary>
    private static SecurityRuleModel? OnlyAllowIsAzureLoadBalancer(ClientFlowCase flowCase)
    {
        SecurityRuleModel? found = null;
        foreach (var nsg in flowCase.Backend.Path.InOrder(RuleDirection.Inbound))
        {
            if (!nsg.TryGet(out var known) || known is null)
            {
                continue;
            }

            foreach (var rule in known.Rules)
            {
                if (!RuleMatching.MayBeInbound(rule) || !RuleMatching.MayAllow(rule) || RuleMatching.CannotMatch(rule, flowCase.Flow, flowCase.Backend.Context))
                {
                    continue;
                }

                bool isServiceTagRule = RuleMatching.IsInbound(rule) && RuleMatching.IsAllow(rule) && RuleMatching.CoversPorts(rule, flowCase.Flow.DestinationPorts)
                    && RuleMatching.IsOnlyFromAzureLoadBalancer(rule);
                if (!isServiceTagRule)
                {
                    return null;
                }

                found ??= rule;
            }
        }

        return found;
    }

    private static HashSet<(LoadBalancerModel, Backend)> ExplainedBackends(NetworkAnalysis analysis)
    {
        var explained = new HashSet<(LoadBalancerModel, Backend)>();
        foreach (var (rule, backend, _, denying) in HealthProbeBlockedRule.ProbeVerdicts(analysis))
        {
            if (rule.LoadBalancer is { } loadBalancer && denying is not null)
            {
                explained.Add((loadBalancer, backend));
            }
        }

        // NSGs holding a rule LBNSG002 or LBNSG006 reports: a backend behind one of them is explained by that cause.
        var nsgsWithCause = new HashSet<NetworkSecurityGroupModel>(ReferenceEqualityComparer<NetworkSecurityGroupModel>.Instance);
        AddOwners(nsgsWithCause, LoadBalancerSubnetAllowedRule.Find(analysis));
        AddOwners(nsgsWithCause, FrontendInsteadOfBackendRule.Find(analysis));

        foreach (var flowCase in ClientFlowCase.All(analysis))
        {
            foreach (var nsg in flowCase.Backend.Path.InOrder(RuleDirection.Inbound))
            {
                if (nsg.TryGet(out var known) && known is not null && nsgsWithCause.Contains(known))
                {
                    explained.Add((flowCase.LoadBalancer, flowCase.Backend));
                }
            }

            if (PublicBackendWithoutNsgRule.Find(analysis).Contains(flowCase.Backend))
            {
                explained.Add((flowCase.LoadBalancer, flowCase.Backend));
            }
        }

        return explained;
    }

    private static void AddOwners(HashSet<NetworkSecurityGroupModel> nsgs, FindingGroups<SecurityRuleModel> cause)
    {
        foreach (var group in cause.All)
        {
            if (group.Subject.NetworkSecurityGroup is { } owner)
            {
                nsgs.Add(owner);
            }
        }
    }

    internal sealed class Outcomes
    {
        public List<(SecurityRuleModel ServiceTagRule, ClientFlowCase Case, ImmutableArray<RuleDecision> Dropping)> ServiceTagOnly { get; } = new();

        public List<(ClientFlowCase Case, ImmutableArray<RuleDecision> Dropping)> Unreachable { get; } = new();
    }
}

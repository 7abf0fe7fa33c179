using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>
/// LBNSG106: every flow a rule matches is decided first by rules with smaller numbers of the same NSG
/// and direction. Exact, through the evaluator: the rule's own match space is evaluated against only
/// the rules before it; any Unknown field (its own or an earlier rule's) keeps it silent.
/// </summary>
internal static class UnreachableSecurityRule
{
    public const string Id = "LBNSG106";

    /// <summary>The rule's name, for the fix's title where the code does not spell it (Aspire's automatic names).</summary>
    public const string RuleNameProperty = "RuleName";

    private static readonly ImmutableArray<FlowProtocol> AllProtocols =
        ImmutableArray.Create(FlowProtocol.Tcp, FlowProtocol.Udp, FlowProtocol.Icmp, FlowProtocol.Esp, FlowProtocol.Ah);

    private static readonly RuleDirection[] Directions = { RuleDirection.Inbound, RuleDirection.Outbound };

    public static IEnumerable<Finding> Analyze(NetworkAnalysis analysis)
    {
        List<Finding>? findings = null;
        // Ports named so far by earlier rules, per protocol a rule can have (index: RuleProtocol), grown rule by rule.
        IntervalSet[]? covered = null;
        foreach (var nsg in analysis.Topology.NetworkSecurityGroups)
        {
            if (!nsg.RulesComplete)
            {
                continue;
            }

            var context = analysis.ContextOf(nsg);
            foreach (var direction in Directions)
            {
                var ordered = NsgEvaluator.OrderedCustomRules(nsg, direction);
                if (ordered.Length < 2)
                {
                    continue;
                }

                covered ??= new IntervalSet[(int)RuleProtocol.Any + 1];
                for (int p = 0; p < covered.Length; p++)
                {
                    covered[p] = IntervalSet.Empty;
                }

                for (int i = 1; i < ordered.Length; i++)
                {
                    var rule = ordered[i];
                    Cover(covered, ordered[i - 1]);
                    // When the rule and every rule shadowing it come from one call of a helper, that helper's own analysis reports it.
                    if (ShadowedBy(nsg, rule, ordered, i, CoveredFor(covered, rule), context, direction) is not { } shadowing
                        || !AnyReportedHere(rule, shadowing))
                    {
                        continue;
                    }

                    var names = shadowing.Select(s => "'" + s.DisplayName + "' (" + RuleText.Priority(s) + ")");
                    (findings ??= new List<Finding>()).Add(new Finding(
                        Id,
                        rule.Origin,
                        shadowing.Select(s => s.Origin).ToImmutableArray(),
                        ImmutableArray.Create(rule.DisplayName, RuleText.Priority(rule), nsg.DisplayName, RuleText.Names(names)),
                        ImmutableDictionary<string, string?>.Empty.Add(RuleNameProperty, rule.DisplayName)));
                }
            }
        }

        return Finding.All(findings);
    }

    /// <summary>The earlier rules that together decide every flow the rule matches; null when some flow reaches it or anything is Unknown.</summary>
    private static List<SecurityRuleModel>? ShadowedBy(NetworkSecurityGroupModel nsg, SecurityRuleModel rule, ImmutableArray<SecurityRuleModel> ordered, int index, IntervalSet coveredPorts, AddressContext context, RuleDirection direction)
    {
        if (index == 0 || !rule.Priority.IsKnown || !rule.Access.IsKnown || !rule.Protocol.TryGet(out var protocol))
        {
            return null;
        }

        // Cheap necessary condition before the exact evaluation: the earlier rules that may apply to its protocol
        // must together name every one of its ports (the last deny-all of an NSG fails this at once).
        var ownPorts = PortMatch.Resolve(rule.DestinationPorts).Definite;
        if (ownPorts.IsEmpty || !ownPorts.IsSubsetOf(coveredPorts))
        {
            return null;
        }

        var sources = context.Resolve(rule.Source);
        var destinations = context.Resolve(rule.Destination);
        var ports = PortMatch.Resolve(rule.DestinationPorts);
        var sourcePorts = PortMatch.Resolve(rule.SourcePorts);
        // A field the analysis cannot read (Unknown, application security groups) keeps it silent; a service tag whose
        // extent is not exact (VirtualNetwork with peering) is judged by every address it may stand for.
        if (sources.Definite.IsEmpty || destinations.Definite.IsEmpty || !ports.IsExact || ports.Definite.IsEmpty || !sourcePorts.IsExact || sourcePorts.Definite.IsEmpty)
        {
            return null;
        }

        var protocols = protocol == RuleProtocol.Any ? AllProtocols : Flow.Only((FlowProtocol)(int)protocol);
        var flow = new Flow(protocols, destinations.Possible, ports.Definite);

        // Another necessary condition, with no set built: each source must be decided by an earlier rule, so the first
        // and the last of them must each be certainly decided by one. Most rules fail it, and skip the walk.
        if (!EarlierRulesDecide(ordered, index, flow, context, direction, sources.Possible.IntervalAt(0).First, sources.Possible.IntervalAt(sources.Possible.IntervalCount - 1).Last))
        {
            return null;
        }

        // Only the rule's own sources are walked: every decision is then a part of them (none is empty), and the
        // walk stops once they are all decided; the earlier rules' other sources cost no set arithmetic.
        var decisions = NsgEvaluator.DecisionsOfFirstRules(nsg, ordered, index, flow, context, direction, sources.Possible);
        var decided = IntervalSet.Empty;
        foreach (var decision in decisions)
        {
            decided = decided.Union(decision.Sources);
        }

        if (!sources.Possible.IsSubsetOf(decided))
        {
            return null;
        }

        var deciding = new List<SecurityRuleModel>(decisions.Length);
        foreach (var decision in decisions)
        {
            deciding.Add(decision.Rule);
        }

        return deciding;
    }

    // One pass over the earlier rules, each matched against the flow once, for both sources.
    private static bool EarlierRulesDecide(ImmutableArray<SecurityRuleModel> ordered, int count, Flow flow, AddressContext context, RuleDirection direction, uint first, uint last)
    {
        bool firstDecided = false;
        bool lastDecided = false;
        for (int j = 0; j < count && !(firstDecided && lastDecided); j++)
        {
            var decided = NsgEvaluator.CertainlyDecidedSources(ordered[j], flow, context, direction);
            firstDecided |= decided.Contains(first);
            lastDecided |= decided.Contains(last);
        }

        return firstDecided && lastDecided;
    }

    // A loop, not a lambda over `rule`: the closure would be made for every rule of every NSG, shadowed or not.
    private static bool AnyReportedHere(SecurityRuleModel rule, List<SecurityRuleModel> shadowing)
    {
        foreach (var earlier in shadowing)
        {
            if (SecurityRuleValues.ReportedHere(rule, earlier))
            {
                return true;
            }
        }

        return false;
    }

    // An earlier rule names its ports for its own protocol; one of Any or Unknown protocol, for every protocol.
    private static void Cover(IntervalSet[] covered, SecurityRuleModel earlier)
    {
        var ports = PortMatch.Resolve(earlier.DestinationPorts).Possible;
        if (earlier.Protocol.TryGet(out var protocol) && protocol != RuleProtocol.Any)
        {
            covered[(int)protocol] = covered[(int)protocol].Union(ports);
            covered[(int)RuleProtocol.Any] = covered[(int)RuleProtocol.Any].Union(ports);
            return;
        }

        for (int p = 0; p < covered.Length; p++)
        {
            covered[p] = covered[p].Union(ports);
        }
    }

    // A rule of protocol Any may be shadowed by rules of several protocols: only the union of all is a necessary bound.
    private static IntervalSet CoveredFor(IntervalSet[] covered, SecurityRuleModel rule) =>
        rule.Protocol.TryGet(out var protocol) ? covered[(int)protocol] : IntervalSet.Empty;
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Evaluation;

/// <summary>
/// Exact NSG evaluation over interval sets of source addresses. Rules are walked in priority order
/// (first match ends evaluation, default rules last); a rule that certainly matches every flow of
/// the set decides the sources it certainly matches; a rule that may match (Unknown fields, partial
/// overlap with the flow set, restricted source ports) makes the sources it may match Unknown, and
/// Unknown sources stay Unknown. Linear in the number of rules (plus the priority sort).
/// </summary>
public static class NsgEvaluator
{
    private enum Coverage
    {
        None,
        Partial,
        Full,
    }

    /// <summary>Evaluates a flow set along a path: both NSGs must allow; a definite deny in either denies.</summary>
    public static FlowVerdict Evaluate(NsgPath path, Flow flow, AddressContext context, RuleDirection direction = RuleDirection.Inbound)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var first = EvaluateNsg(direction == RuleDirection.Inbound ? path.SubnetNsg : path.NicNsg, flow, context, direction);
        var second = EvaluateNsg(direction == RuleDirection.Inbound ? path.NicNsg : path.SubnetNsg, flow, context, direction);
        var allowed = first.Allowed.Intersect(second.Allowed);
        var denied = first.Denied.Union(second.Denied);
        var unknown = Ipv4.All.Except(allowed).Except(denied);
        ImmutableArray<RuleDecision> decisions;
        if (second.Decisions.IsEmpty)
        {
            decisions = first.Decisions;
        }
        else if (first.Decisions.IsEmpty)
        {
            decisions = second.Decisions;
        }
        else
        {
            decisions = first.Decisions.AddRange(second.Decisions);
        }

        return new FlowVerdict(allowed, denied, unknown, decisions, ImmutableArray.Create(first, second));
    }

    /// <summary>Evaluates one NSG: null passes every source, Unknown (or incomplete rules) leaves every source Unknown.</summary>
    public static NsgVerdict EvaluateNsg(Known<NetworkSecurityGroupModel?> nsg, Flow flow, AddressContext context, RuleDirection direction = RuleDirection.Inbound)
    {
        if (flow is null)
        {
            throw new ArgumentNullException(nameof(flow));
        }

        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        if (!nsg.TryGet(out var model))
        {
            return UnknownNsgVerdict;
        }

        if (model is null)
        {
            return NoNsgVerdict;
        }

        if (!model.RulesComplete)
        {
            return new NsgVerdict(nsg, IntervalSet.Empty, IntervalSet.Empty, Ipv4.All, ImmutableArray<RuleDecision>.Empty);
        }

        var walk = new Walk(model, flow, context, direction, Ipv4.All);
        foreach (var rule in OrderedCustomRules(model, direction))
        {
            if (walk.Done)
            {
                break;
            }

            walk.Apply(rule);
        }

        foreach (var rule in DefaultRules.For(direction))
        {
            if (walk.Done)
            {
                break;
            }

            walk.Apply(rule);
        }

        return new NsgVerdict(nsg, walk.Allowed, walk.Denied, walk.Unknown, walk.TakeDecisions());
    }

    // Verdicts that depend on nothing but the NSG's absence: shared (they are immutable).
    private static readonly NsgVerdict UnknownNsgVerdict = new(Known<NetworkSecurityGroupModel?>.Unknown, IntervalSet.Empty, IntervalSet.Empty, Ipv4.All, ImmutableArray<RuleDecision>.Empty);

    private static readonly NsgVerdict NoNsgVerdict = new(Known<NetworkSecurityGroupModel?>.Of(null), Ipv4.All, IntervalSet.Empty, IntervalSet.Empty, ImmutableArray<RuleDecision>.Empty);

    /// <summary>
    /// Walks only the first <paramref name="count"/> of <paramref name="orderedRules"/> (already in evaluation
    /// order, no default rules) over the flows from <paramref name="sources"/>, and returns the decisions they
    /// make: which of those sources each certainly decides. For shadowing questions, without building a partial NSG
    /// or sorting again. Walking only the sources asked about gives each decision's sources intersected with them,
    /// and stops once all of them are decided.
    /// </summary>
    public static ImmutableArray<RuleDecision> DecisionsOfFirstRules(NetworkSecurityGroupModel owner, ImmutableArray<SecurityRuleModel> orderedRules, int count, Flow flow, AddressContext context, RuleDirection direction, IntervalSet sources)
    {
        var walk = new Walk(owner, flow, context, direction, sources);
        for (int i = 0; i < count && i < orderedRules.Length && !walk.Done; i++)
        {
            walk.Apply(orderedRules[i]);
        }

        return walk.TakeDecisions();
    }

    /// <summary>
    /// <see cref="OrderedCustomRules(IReadOnlyList{SecurityRuleModel}, RuleDirection)"/> of an NSG's rules, sorted once
    /// for both directions and kept on the NSG (sorted again if a rule was added since).
    /// </summary>
    public static ImmutableArray<SecurityRuleModel> OrderedCustomRules(NetworkSecurityGroupModel nsg, RuleDirection direction)
    {
        if (nsg.EvaluationOrder is not EvaluationOrder order || order.RuleCount != nsg.Rules.Count)
        {
            order = new EvaluationOrder(nsg.Rules.Count, OrderedCustomRules(nsg.Rules, RuleDirection.Inbound), OrderedCustomRules(nsg.Rules, RuleDirection.Outbound));
            nsg.EvaluationOrder = order;
        }

        return direction == RuleDirection.Inbound ? order.Inbound : order.Outbound;
    }

    [ThreadStatic]
    private static long[]? _sortKeys;

    /// <summary>
    /// The custom rules that may apply in a direction, in evaluation order: rules of Unknown priority
    /// first (they may sit anywhere, so they may pre-empt every other rule), then by priority, ties in
    /// source order. Rules of the other direction are left out; rules of Unknown direction stay in.
    /// </summary>
    public static ImmutableArray<SecurityRuleModel> OrderedCustomRules(IReadOnlyList<SecurityRuleModel> rules, RuleDirection direction)
    {
        // Sort keys in a per-thread scratch array (an NSG is sorted once per analysis, but every analysis sorts).
        var keys = _sortKeys;
        if (keys is null || keys.Length < rules.Count)
        {
            keys = new long[Math.Max(rules.Count, 64)];
            if (keys.Length <= 4096)
            {
                _sortKeys = keys;
            }
        }

        int count = 0;
        for (int i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (rule.Direction.TryGet(out var ruleDirection) && ruleDirection != direction)
            {
                continue;
            }

            long priority = rule.Priority.TryGet(out int value) ? value : int.MinValue;
            keys[count++] = unchecked((priority << 32) | (uint)i);
        }

        Array.Sort(keys, 0, count);
        var builder = ImmutableArray.CreateBuilder<SecurityRuleModel>(count);
        for (int i = 0; i < count; i++)
        {
            builder.Add(rules[(int)(keys[i] & 0xFFFFFFFFL)]);
        }

        return builder.MoveToImmutable();
    }

    // Immutable, so that analyzers running concurrently on one analysis can share it through a plain reference.
    private sealed class EvaluationOrder
    {
        public EvaluationOrder(int ruleCount, ImmutableArray<SecurityRuleModel> inbound, ImmutableArray<SecurityRuleModel> outbound)
        {
            RuleCount = ruleCount;
            Inbound = inbound;
            Outbound = outbound;
        }

        public int RuleCount { get; }

        public ImmutableArray<SecurityRuleModel> Inbound { get; }

        public ImmutableArray<SecurityRuleModel> Outbound { get; }
    }

    // One walk of one NSG at a time per thread (a walk evaluates nothing else): its decisions gather here, then are
    // copied out in one array of their exact size.
    [ThreadStatic]
    private static List<RuleDecision>? _decisionScratch;

    /// <summary>One NSG's rules walked in order over the sources still undecided (a struct: walks are many and short).</summary>
    private struct Walk
    {
        private readonly NetworkSecurityGroupModel _nsg;
        private readonly Flow _flow;
        private readonly AddressContext _context;
        private readonly RuleDirection _direction;
        private readonly List<RuleDecision> _decisions;

        public Walk(NetworkSecurityGroupModel nsg, Flow flow, AddressContext context, RuleDirection direction, IntervalSet sources)
        {
            _nsg = nsg;
            _flow = flow;
            _context = context;
            _direction = direction;
            _decisions = _decisionScratch ??= new List<RuleDecision>();
            _decisions.Clear();
            Remaining = sources;
            Allowed = IntervalSet.Empty;
            Denied = IntervalSet.Empty;
            Unknown = IntervalSet.Empty;
        }

        public IntervalSet Remaining { get; private set; }

        public IntervalSet Allowed { get; private set; }

        public IntervalSet Denied { get; private set; }

        public IntervalSet Unknown { get; private set; }

        public bool Done => Remaining.IsEmpty;

        /// <summary>The decisions made, in order; the scratch list is emptied for the next walk.</summary>
        public ImmutableArray<RuleDecision> TakeDecisions()
        {
            var decisions = _decisions.Count == 0 ? ImmutableArray<RuleDecision>.Empty : ImmutableArray.CreateRange(_decisions);
            _decisions.Clear();
            return decisions;
        }

        public void Apply(SecurityRuleModel rule)
        {
            if (!Matches(rule, _flow, _context, _direction, out bool certain, out var source))
            {
                return;
            }

            var remaining = Remaining;
            if (certain)
            {
                var decided = remaining.Intersect(source.Definite);
                if (!decided.IsEmpty)
                {
                    var access = rule.Access.Value;
                    if (access == RuleAccess.Allow)
                    {
                        Allowed = Allowed.Union(decided);
                    }
                    else
                    {
                        Denied = Denied.Union(decided);
                    }

                    _decisions.Add(new RuleDecision(_nsg, rule, access, decided));
                    remaining = remaining.Except(decided);
                }
            }

            var uncertain = remaining.Intersect(source.Possible);
            if (!uncertain.IsEmpty)
            {
                Unknown = Unknown.Union(uncertain);
                remaining = remaining.Except(uncertain);
            }

            Remaining = remaining;
        }
    }

    /// <summary>
    /// The sources from which the rule certainly matches every flow of the set: reached by one of them, it decides it.
    /// Empty when it decides none. A cheap necessary condition for a source to be decided by a list of rules, with no
    /// set built: some rule of the list must certainly decide it (see <see cref="DecisionsOfFirstRules"/>).
    /// </summary>
    public static IntervalSet CertainlyDecidedSources(SecurityRuleModel rule, Flow flow, AddressContext context, RuleDirection direction) =>
        Matches(rule, flow, context, direction, out bool certain, out var sources) && certain ? sources.Definite : IntervalSet.Empty;

    /// <summary>
    /// Whether the rule may match any flow of the set (false: the walk passes it by), whether it certainly matches every
    /// flow of the set from the sources it certainly names, and those sources. One place for the walk and the check above.
    /// </summary>
    private static bool Matches(SecurityRuleModel rule, Flow flow, AddressContext context, RuleDirection walkDirection, out bool certain, out AddressMatch source)
    {
        certain = true;
        source = default;
        if (!rule.Direction.TryGet(out var direction))
        {
            certain = false;
        }
        else if (direction != walkDirection)
        {
            return false;
        }

        if (!rule.Priority.IsKnown || !rule.Access.IsKnown)
        {
            certain = false;
        }

        if (!MayMatch(ProtocolCoverage(flow, rule.Protocol), ref certain))
        {
            return false;
        }

        var destinationPorts = PortMatch.Resolve(rule.DestinationPorts);
        if (!MayMatch(SetCoverage(flow.DestinationPorts, destinationPorts.Definite, destinationPorts.Possible), ref certain))
        {
            return false;
        }

        // Flows come from every source port: only a rule certainly matching all of them is Full.
        var sourcePorts = PortMatch.Resolve(rule.SourcePorts);
        if (sourcePorts.Possible.IsEmpty)
        {
            return false;
        }

        if (!sourcePorts.Definite.Equals(PortRange.All))
        {
            certain = false;
        }

        var destination = context.Resolve(rule.Destination);
        if (!MayMatch(SetCoverage(flow.DestinationAddresses, destination.Definite, destination.Possible), ref certain))
        {
            return false;
        }

        source = context.Resolve(rule.Source);
        return true;
    }

    // A field that covers none of the flows rules the rule out; one that covers only some leaves it uncertain.
    private static bool MayMatch(Coverage coverage, ref bool certain)
    {
        if (coverage == Coverage.Partial)
        {
            certain = false;
        }

        return coverage != Coverage.None;
    }

    private static Coverage ProtocolCoverage(Flow flow, Known<RuleProtocol> protocol)
    {
        if (!protocol.TryGet(out var value))
        {
            return Coverage.Partial;
        }

        if (value == RuleProtocol.Any)
        {
            return Coverage.Full;
        }

        var flowProtocol = value switch
        {
            RuleProtocol.Tcp => FlowProtocol.Tcp,
            RuleProtocol.Udp => FlowProtocol.Udp,
            RuleProtocol.Icmp => FlowProtocol.Icmp,
            RuleProtocol.Esp => FlowProtocol.Esp,
            RuleProtocol.Ah => FlowProtocol.Ah,
            _ => (FlowProtocol?)null,
        };

        if (flowProtocol is not { } p)
        {
            return Coverage.Partial;
        }

        if (!flow.HasProtocol(p))
        {
            return Coverage.None;
        }

        return flow.Protocols.Length == 1 ? Coverage.Full : Coverage.Partial;
    }

    private static Coverage SetCoverage(IntervalSet flowValues, IntervalSet definite, IntervalSet possible)
    {
        if (flowValues.IsSubsetOf(definite))
        {
            return Coverage.Full;
        }

        return flowValues.Overlaps(possible) ? Coverage.Partial : Coverage.None;
    }
}

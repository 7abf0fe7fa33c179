using System.Collections.Immutable;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Evaluation;

public enum SourceVerdict
{
    Allowed,
    Denied,
    Unknown,
}

/// <summary>A rule that decided, within one NSG, the flows of a set of sources.</summary>
public sealed class RuleDecision
{
    public RuleDecision(NetworkSecurityGroupModel nsg, SecurityRuleModel rule, RuleAccess access, IntervalSet sources)
    {
        Nsg = nsg;
        Rule = rule;
        Access = access;
        Sources = sources;
    }

    public NetworkSecurityGroupModel Nsg { get; }

    /// <summary>The rule; a default rule has <see cref="SecurityRuleModel.IsDefault"/> set.</summary>
    public SecurityRuleModel Rule { get; }

    public RuleAccess Access { get; }

    /// <summary>The sources this rule decided, for every flow of the set.</summary>
    public IntervalSet Sources { get; }

    public override string ToString() => Nsg.DisplayName + "/" + Rule.DisplayName + " " + Access + " " + Ipv4.Format(Sources);
}

/// <summary>The verdict of one NSG of a path: a partition of all IPv4 sources.</summary>
public sealed class NsgVerdict
{
    public NsgVerdict(Known<NetworkSecurityGroupModel?> nsg, IntervalSet allowed, IntervalSet denied, IntervalSet unknown, ImmutableArray<RuleDecision> decisions)
    {
        Nsg = nsg;
        Allowed = allowed;
        Denied = denied;
        Unknown = unknown;
        Decisions = decisions.IsDefault ? ImmutableArray<RuleDecision>.Empty : decisions;
    }

    /// <summary>The NSG: null when there is none, Unknown when not visible.</summary>
    public Known<NetworkSecurityGroupModel?> Nsg { get; }

    public IntervalSet Allowed { get; }

    public IntervalSet Denied { get; }

    public IntervalSet Unknown { get; }

    /// <summary>The deciding rules in priority order (unknown-priority rules never decide).</summary>
    public ImmutableArray<RuleDecision> Decisions { get; }
}

/// <summary>
/// The verdict of a path for a flow set: <see cref="Allowed"/>, <see cref="Denied"/> and
/// <see cref="Unknown"/> partition all IPv4 sources. Allowed: every NSG on the path allows every
/// flow of the set. Denied: one NSG denies every flow of the set. Unknown: the rest.
/// </summary>
public sealed class FlowVerdict
{
    public FlowVerdict(IntervalSet allowed, IntervalSet denied, IntervalSet unknown, ImmutableArray<RuleDecision> decisions, ImmutableArray<NsgVerdict> steps)
    {
        Allowed = allowed;
        Denied = denied;
        Unknown = unknown;
        Decisions = decisions.IsDefault ? ImmutableArray<RuleDecision>.Empty : decisions;
        Steps = steps.IsDefault ? ImmutableArray<NsgVerdict>.Empty : steps;
    }

    public IntervalSet Allowed { get; }

    public IntervalSet Denied { get; }

    public IntervalSet Unknown { get; }

    /// <summary>Every decision of every NSG, in path order then priority order.</summary>
    public ImmutableArray<RuleDecision> Decisions { get; }

    /// <summary>The per-NSG verdicts in path order (the packet's order for the direction).</summary>
    public ImmutableArray<NsgVerdict> Steps { get; }

    public SourceVerdict VerdictOf(uint source) =>
        Allowed.Contains(source) ? SourceVerdict.Allowed : Denied.Contains(source) ? SourceVerdict.Denied : SourceVerdict.Unknown;

    /// <summary>True when every source of the set is Allowed (vacuously for an empty set).</summary>
    public bool IsAllowed(IntervalSet sources) => sources.IsSubsetOf(Allowed);

    public bool IsDenied(IntervalSet sources) => sources.IsSubsetOf(Denied);

    public bool IsUnknown(IntervalSet sources) => sources.IsSubsetOf(Unknown);

    public bool IsAllowed(uint source) => Allowed.Contains(source);

    public bool IsDenied(uint source) => Denied.Contains(source);

    public bool IsUnknown(uint source) => Unknown.Contains(source);

    /// <summary>
    /// The rules that decided a source with a known verdict. Allowed: the allowing rule of each NSG
    /// on the path, in path order (none for a path without NSGs). Denied: the first denying rule in
    /// path order, alone. Unknown: empty.
    /// </summary>
    public ImmutableArray<RuleDecision> DecidingRules(uint source)
    {
        var verdict = VerdictOf(source);
        if (verdict == SourceVerdict.Unknown)
        {
            return ImmutableArray<RuleDecision>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<RuleDecision>();
        foreach (var decision in Decisions)
        {
            if (!decision.Sources.Contains(source))
            {
                continue;
            }

            if (verdict == SourceVerdict.Denied)
            {
                if (decision.Access == RuleAccess.Deny)
                {
                    return ImmutableArray.Create(decision);
                }
            }
            else
            {
                builder.Add(decision);
            }
        }

        return builder.ToImmutable();
    }

    public override string ToString() => "allowed " + Ipv4.Format(Allowed) + "; denied " + Ipv4.Format(Denied) + "; unknown " + Ipv4.Format(Unknown);
}

using System.Collections.Generic;
using System.Collections.Immutable;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>
/// Collects every (load balancer, rule, backend) a finding concerns, so that one reported object
/// gets one diagnostic naming all of them rather than one per backend.
/// </summary>
internal sealed class FindingGroup<TSubject>
    where TSubject : class
{
    public FindingGroup(TSubject subject)
    {
        Subject = subject;
    }

    public TSubject Subject { get; }

    public List<string> LoadBalancers { get; } = new();

    public List<string> LbRules { get; } = new();

    public List<string> Backends { get; } = new();

    public List<string> Details { get; } = new();

    public List<Origin> Additional { get; } = new();

    /// <summary>Fix data (Diagnostic.Properties), taken from the first case the group meets.</summary>
    public Dictionary<string, string?> Properties { get; } = new();

    public ImmutableDictionary<string, string?> PropertiesImmutable => Properties.ToImmutableDictionary();

    public void AddAdditional(Origin origin)
    {
        if (!Additional.Contains(origin))
        {
            Additional.Add(origin);
        }
    }
}

/// <summary>Groups in first-seen order, keyed by object identity.</summary>
internal sealed class FindingGroups<TSubject>
    where TSubject : class
{
    private readonly Dictionary<TSubject, FindingGroup<TSubject>> _groups = new(ReferenceEqualityComparer<TSubject>.Instance);
    private readonly List<FindingGroup<TSubject>> _order = new();

    public IReadOnlyList<FindingGroup<TSubject>> All => _order;

    public bool Contains(TSubject subject) => _groups.ContainsKey(subject);

    public FindingGroup<TSubject> For(TSubject subject)
    {
        if (!_groups.TryGetValue(subject, out var group))
        {
            group = new FindingGroup<TSubject>(subject);
            _groups.Add(subject, group);
            _order.Add(group);
        }

        return group;
    }
}

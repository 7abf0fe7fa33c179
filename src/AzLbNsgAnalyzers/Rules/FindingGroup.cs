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
    // Made on the first group: most analysed bodies are correct, and every rule keeps one of these per body.
    private Dictionary<TSubject, FindingGroup<TSubject>>? _groups;
    private List<FindingGroup<TSubject>>? _order;

    public IReadOnlyList<FindingGroup<TSubject>> All => (IReadOnlyList<FindingGroup<TSubject>>?)_order ?? System.Array.Empty<FindingGroup<TSubject>>();

    public bool Contains(TSubject subject) => _groups is not null && _groups.ContainsKey(subject);

    public FindingGroup<TSubject> For(TSubject subject)
    {
        _groups ??= new Dictionary<TSubject, FindingGroup<TSubject>>(ReferenceEqualityComparer<TSubject>.Instance);
        _order ??= new List<FindingGroup<TSubject>>();
        if (!_groups.TryGetValue(subject, out var group))
        {
            group = new FindingGroup<TSubject>(subject);
            _groups.Add(subject, group);
            _order.Add(group);
        }

        return group;
    }
}

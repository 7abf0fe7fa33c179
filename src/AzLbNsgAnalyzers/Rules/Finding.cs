using System.Collections.Generic;
using System.Collections.Immutable;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>What a rule found: the rule ID, where, the message arguments and the data a code fix needs.</summary>
public sealed class Finding
{
    public Finding(string ruleId, Origin primary, ImmutableArray<Origin> additional, ImmutableArray<string> messageArguments, ImmutableDictionary<string, string?>? properties = null, int form = 0)
    {
        Form = form;
        RuleId = ruleId;
        Primary = primary;
        Additional = additional.IsDefault ? ImmutableArray<Origin>.Empty : additional;
        MessageArguments = messageArguments;
        Properties = properties ?? ImmutableDictionary<string, string?>.Empty;
    }

    public string RuleId { get; }

    /// <summary>Which message of the rule (its descriptors share the ID): 0 for the main one.</summary>
    public int Form { get; }

    public Origin Primary { get; }

    public ImmutableArray<Origin> Additional { get; }

    public ImmutableArray<string> MessageArguments { get; }

    public ImmutableDictionary<string, string?> Properties { get; }

    /// <summary>
    /// A rule's findings, gathered eagerly: a topology with none (nearly all of them) shares one empty array, where an
    /// iterator method allocated its state machine for every rule of every analysed body.
    /// </summary>
    internal static IEnumerable<Finding> All(List<Finding>? findings) => findings ?? (IEnumerable<Finding>)System.Array.Empty<Finding>();

    public override string ToString() => RuleId + " at " + Primary + ": " + string.Join(" | ", MessageArguments);
}

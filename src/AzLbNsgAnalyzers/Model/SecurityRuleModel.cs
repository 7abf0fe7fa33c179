using System.Collections.Immutable;

namespace AzLbNsgAnalyzers.Model;

/// <summary>
/// One side (source or destination) of a rule's address: the singular field, the plural field, and
/// application security groups. Raw strings are kept so validation rules can quote them.
/// </summary>
public sealed class AddressField
{
    public static readonly AddressField Unset = new(Known<string?>.Of(null), Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty), false);

    public AddressField(Known<string?> singular, Known<ImmutableArray<string>> plural, bool hasApplicationSecurityGroups)
    {
        Singular = singular;
        Plural = plural;
        HasApplicationSecurityGroups = hasApplicationSecurityGroups;
    }

    /// <summary>The singular field: null when not set, Unknown when set to something not constant.</summary>
    public Known<string?> Singular { get; }

    /// <summary>The plural list: empty when not set, Unknown when any element is not constant.</summary>
    public Known<ImmutableArray<string>> Plural { get; }

    public bool HasApplicationSecurityGroups { get; }

    /// <summary>The evaluator's memo of this field's resolution (the field is immutable).</summary>
    internal object? Resolved { get; set; }
}

/// <summary>Ports of one side of a rule, singular and plural, as written.</summary>
public sealed class PortField
{
    public static readonly PortField Unset = new(Known<string?>.Of(null), Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty));

    public PortField(Known<string?> singular, Known<ImmutableArray<string>> plural)
    {
        Singular = singular;
        Plural = plural;
    }

    public Known<string?> Singular { get; }

    public Known<ImmutableArray<string>> Plural { get; }

    /// <summary>The evaluator's memo of this field's resolution (the field is immutable).</summary>
    internal object? Resolved { get; set; }
}

/// <summary>A security rule of an NSG, inline or a Parent-linked child resource.</summary>
public sealed class SecurityRuleModel
{
    public SecurityRuleModel(
        string displayName,
        Origin origin,
        Known<int> priority,
        Known<RuleDirection> direction,
        Known<RuleAccess> access,
        Known<RuleProtocol> protocol,
        AddressField source,
        PortField sourcePorts,
        AddressField destination,
        PortField destinationPorts)
    {
        DisplayName = displayName;
        Origin = origin;
        Priority = priority;
        Direction = direction;
        Access = access;
        Protocol = protocol;
        Source = source;
        SourcePorts = sourcePorts;
        Destination = destination;
        DestinationPorts = destinationPorts;
    }

    /// <summary>The rule's Name property as written (null when unset, Unknown when not constant).</summary>
    public Known<string?> Name { get; internal set; } = Known<string?>.Of(null);

    /// <summary>The rule's Name, else its Bicep identifier, else its variable.</summary>
    public string DisplayName { get; }

    public Origin Origin { get; }

    public Known<int> Priority { get; }

    public Known<RuleDirection> Direction { get; }

    public Known<RuleAccess> Access { get; }

    public Known<RuleProtocol> Protocol { get; }

    public AddressField Source { get; }

    public PortField SourcePorts { get; }

    public AddressField Destination { get; }

    public PortField DestinationPorts { get; }

    /// <summary>The NSG that holds the rule (null for the built-in default rules).</summary>
    public NetworkSecurityGroupModel? NetworkSecurityGroup { get; internal set; }

    /// <summary>How the code wrote the rule: an Azure.Provisioning object, an Aspire shorthand call, or Aspire's WithSecurityRule.</summary>
    public RuleSyntaxKind SyntaxKind { get; internal set; }

    /// <summary>An Aspire shorthand rule whose priority Aspire chose (no priority argument).</summary>
    public bool HasAutoPriority { get; internal set; }

    /// <summary>For an Aspire rule: where the builder it was added on (the subnet or the NSG) was made; null otherwise.</summary>
    public Origin? BuilderOrigin { get; internal set; }

    /// <summary>True for the built-in rules at 65000-65500, which Azure adds to every NSG.</summary>
    public bool IsDefault { get; internal set; }

    public override string ToString() => DisplayName + " (" + Priority + ")";
}

/// <summary>The code shape a rule was written in (code fixes rewrite each differently).</summary>
public enum RuleSyntaxKind
{
    ProvisioningObject,
    AspireShorthand,
    AspireSecurityRule,
}

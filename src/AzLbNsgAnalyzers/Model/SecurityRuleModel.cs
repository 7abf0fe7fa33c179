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
    // Rules are the commonest object of a model (96 bytes rather than 136): the priority's value in one word, and in
    // another what is known of the priority, name, direction, access and protocol with the flags set later. An enum
    // field holds the value + 1, 0 for Unknown (the enums are small: see EnumBits).
    private const int PriorityKnownBit = 1 << 0;
    private const int NameKnownBit = 1 << 1;
    private const int HasAutoPriorityBit = 1 << 2;
    private const int IsDefaultBit = 1 << 3;
    private const int DirectionShift = 4;
    private const int AccessShift = 12;
    private const int ProtocolShift = 20;
    private const int SyntaxKindShift = 28;
    private const int EnumBits = 0xFF;

    private readonly int _priority;
    private int _bits;
    private string? _name;

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
        if (priority.TryGet(out int priorityValue))
        {
            _priority = priorityValue;
            _bits |= PriorityKnownBit;
        }

        _bits |= NameKnownBit | (Pack(direction.Select(d => (int)d)) << DirectionShift) | (Pack(access.Select(a => (int)a)) << AccessShift)
            | (Pack(protocol.Select(p => (int)p)) << ProtocolShift);
        Source = source;
        SourcePorts = sourcePorts;
        Destination = destination;
        DestinationPorts = destinationPorts;
    }

    /// <summary>The rule's Name property as written (null when unset, Unknown when not constant).</summary>
    public Known<string?> Name
    {
        get => (_bits & NameKnownBit) != 0 ? Known<string?>.Of(_name) : Known<string?>.Unknown;
        internal set
        {
            _name = value.IsKnown ? value.Value : null;
            _bits = value.IsKnown ? _bits | NameKnownBit : _bits & ~NameKnownBit;
        }
    }

    /// <summary>The rule's Name, else its Bicep identifier, else its variable.</summary>
    public string DisplayName { get; }

    public Origin Origin { get; }

    public Known<int> Priority => (_bits & PriorityKnownBit) != 0 ? Known<int>.Of(_priority) : Known<int>.Unknown;

    public Known<RuleDirection> Direction => Unpack(DirectionShift) is int direction ? (RuleDirection)direction : Known<RuleDirection>.Unknown;

    public Known<RuleAccess> Access => Unpack(AccessShift) is int access ? (RuleAccess)access : Known<RuleAccess>.Unknown;

    public Known<RuleProtocol> Protocol => Unpack(ProtocolShift) is int protocol ? (RuleProtocol)protocol : Known<RuleProtocol>.Unknown;

    public AddressField Source { get; }

    public PortField SourcePorts { get; }

    public AddressField Destination { get; }

    public PortField DestinationPorts { get; }

    /// <summary>The NSG that holds the rule (null for the built-in default rules).</summary>
    public NetworkSecurityGroupModel? NetworkSecurityGroup { get; internal set; }

    /// <summary>How the code wrote the rule: an Azure.Provisioning object, an Aspire shorthand call, or Aspire's WithSecurityRule.</summary>
    public RuleSyntaxKind SyntaxKind
    {
        get => (RuleSyntaxKind)((_bits >> SyntaxKindShift) & 0x7);
        internal set => _bits = (_bits & ~(0x7 << SyntaxKindShift)) | (((int)value & 0x7) << SyntaxKindShift);
    }

    /// <summary>An Aspire shorthand rule whose priority Aspire chose (no priority argument).</summary>
    public bool HasAutoPriority
    {
        get => (_bits & HasAutoPriorityBit) != 0;
        internal set => _bits = value ? _bits | HasAutoPriorityBit : _bits & ~HasAutoPriorityBit;
    }

    /// <summary>For an Aspire rule: where the builder it was added on (the subnet or the NSG) was made; null otherwise.</summary>
    public Origin? BuilderOrigin { get; internal set; }

    /// <summary>True for the built-in rules at 65000-65500, which Azure adds to every NSG.</summary>
    public bool IsDefault
    {
        get => (_bits & IsDefaultBit) != 0;
        internal set => _bits = value ? _bits | IsDefaultBit : _bits & ~IsDefaultBit;
    }

    public override string ToString() => DisplayName + " (" + Priority + ")";

    // An enum value the front ends never make (outside 0-254) is kept as Unknown rather than cut to another value.
    private static int Pack(Known<int> value) => value.TryGet(out int v) && v >= 0 && v < EnumBits ? v + 1 : 0;

    private int? Unpack(int shift)
    {
        int packed = (_bits >> shift) & EnumBits;
        return packed == 0 ? null : packed - 1;
    }
}

/// <summary>The code shape a rule was written in (code fixes rewrite each differently).</summary>
public enum RuleSyntaxKind
{
    ProvisioningObject,
    AspireShorthand,
    AspireSecurityRule,
}

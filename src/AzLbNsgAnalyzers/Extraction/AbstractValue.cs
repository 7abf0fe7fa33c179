using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AzLbNsgAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace AzLbNsgAnalyzers.Extraction;

/// <summary>What the interpreter knows about a C# value.</summary>
internal abstract class AbstractValue
{
    public static readonly AbstractValue Unknown = new UnknownValue();

    private static readonly ConstantValue NullConstant = new(null);
    private static readonly ConstantValue TrueConstant = new(true);
    private static readonly ConstantValue FalseConstant = new(false);

    // Ports and priorities: the small integers rule fields are made of, one shared value each (filled as met).
    private const int MaxSharedInt = 4096;
    private static readonly ConstantValue?[] SharedInts = new ConstantValue?[MaxSharedInt + 1];
    private const int SharedLargeIntSlots = 1024;
    private static readonly ConstantValue?[] SharedLargeInts = new ConstantValue?[SharedLargeIntSlots];

    // Rule texts repeat ("*", "Tcp", "VirtualNetwork", prefixes): one shared value per recent text, in a direct-mapped
    // table (a reference write is atomic and values are immutable, so threads may share it without locks).
    private const int SharedTextSlots = 4096;
    private static readonly ConstantValue?[] SharedTexts = new ConstantValue?[SharedTextSlots];

    public static AbstractValue Constant(bool flag) => flag ? TrueConstant : FalseConstant;

    // A benign race: two threads may each create one; both are equal.
    public static AbstractValue Constant(int number)
    {
        if (number >= 0 && number <= MaxSharedInt)
        {
            return SharedInts[number] ??= new ConstantValue(number);
        }

        // Larger ports (5000, 8080, 50000) repeat too: a direct-mapped slot, replaced on a collision.
        int slot = number & (SharedLargeIntSlots - 1);
        if (SharedLargeInts[slot] is { Value: int shared } cached && shared == number)
        {
            return cached;
        }

        return SharedLargeInts[slot] = new ConstantValue(number);
    }

    public static AbstractValue Constant(object? value)
    {
        switch (value)
        {
            case null:
                return NullConstant;
            case bool flag:
                return Constant(flag);
            case int number:
                return Constant(number);
            case string text when text.Length <= 64:
                // A cheap slot from the length and six positions, independent reads of one cache line: the first,
                // last and middle characters alone put texts that differ in one inner digit ("10.4.1.0/24",
                // "10.4.2.0/24") in one slot, to evict each other; a hash over every character would cost a multiply per
                // character of every literal met. A collision only replaces the slot's value.
                int length = text.Length;
                uint hash = length == 0 ? 0u : (uint)((length * 31) + (text[0] * 17) + (text[length - 1] * 7) + text[length / 2]
                    + (text[length / 3] * 131) + (text[(2 * length) / 3] * 257) + (text[length - 1 - (length / 4)] * 521));
                int slot = (int)(hash % SharedTextSlots);
                if (SharedTexts[slot] is { Value: string shared } cached && string.Equals(shared, text, StringComparison.Ordinal))
                {
                    return cached;
                }

                return SharedTexts[slot] = new ConstantValue(text);
            default:
                return new ConstantValue(value);
        }
    }

    public virtual bool IsUnknown => false;

    private sealed class UnknownValue : AbstractValue
    {
        public override bool IsUnknown => true;

        public override string ToString() => "?";
    }
}

/// <summary>A compile-time constant: string, int, bool, or null.</summary>
internal sealed class ConstantValue : AbstractValue
{
    public ConstantValue(object? value)
    {
        Value = value;
    }

    public object? Value { get; }

    public override bool Equals(object? obj) => obj is ConstantValue other && Equals(Value, other.Value);

    public override int GetHashCode() => Value?.GetHashCode() ?? 0;

    public override string ToString() => Value is string s ? "\"" + s + "\"" : Value?.ToString() ?? "null";
}

/// <summary>An enum member, by name (the library's enums are plain C# enums).</summary>
internal sealed class EnumValue : AbstractValue
{
    public EnumValue(string typeName, string? memberName, long numericValue)
    {
        TypeName = typeName;
        MemberName = memberName;
        NumericValue = numericValue;
    }

    public string TypeName { get; }

    /// <summary>Null for a cast such as (SecurityRuleAccess)7 that names no member.</summary>
    public string? MemberName { get; }

    public long NumericValue { get; }

    public override bool Equals(object? obj) => obj is EnumValue other && TypeName == other.TypeName && NumericValue == other.NumericValue;

    public override int GetHashCode() => TypeName.GetHashCode() ^ NumericValue.GetHashCode();

    public override string ToString() => TypeName + "." + (MemberName ?? NumericValue.ToString());
}

/// <summary>A reference to an object the interpreter created (resource, model, list, record).</summary>
internal sealed class ObjectValue : AbstractValue
{
    public ObjectValue(HeapObject target)
    {
        Target = target;
    }

    public HeapObject Target { get; }

    public override bool Equals(object? obj) => obj is ObjectValue other && ReferenceEquals(Target, other.Target);

    public override int GetHashCode() => Target.GetHashCode();

    public override string ToString() => "obj#" + Target.Serial;
}

/// <summary>The <c>.Id</c> of an object the interpreter created: how resources refer to each other.</summary>
internal sealed class IdValue : AbstractValue
{
    public IdValue(HeapObject target)
    {
        Target = target;
    }

    public HeapObject Target { get; }

    public override bool Equals(object? obj) => obj is IdValue other && ReferenceEquals(Target, other.Target);

    public override int GetHashCode() => ~Target.GetHashCode();

    public override string ToString() => "id(obj#" + Target.Serial + ")";
}

internal enum HeapObjectKind
{
    /// <summary>An Azure.Provisioning construct (resource or model).</summary>
    Provisionable,

    /// <summary>A BicepList, array, List or collection expression.</summary>
    List,

    /// <summary>A user type from source (record, options class): only its properties are tracked.</summary>
    Plain,

    /// <summary>An Aspire.Hosting.Azure.Network resource or rule (its role says which), built by Aspire's fluent calls.</summary>
    Aspire,
}

/// <summary>What an Aspire heap object stands for.</summary>
internal enum AspireRole
{
    None,
    VirtualNetwork,
    Subnet,
    NetworkSecurityGroup,

    /// <summary>A rule added to an NSG, by a shorthand call or WithSecurityRule (then a copy of the AzureSecurityRule's fields).</summary>
    SecurityRule,

    /// <summary>A <c>new AzureSecurityRule { ... }</c> object.</summary>
    RuleSpec,
}

/// <summary>
/// An object created by the analysed code. The interpreter recycles heap objects from one analysed body to the next
/// (<see cref="Initialize"/>, <see cref="Recycle"/>): the model keeps none of them, and most of what the analysis
/// allocated was these objects, their property arrays and their origins.
/// </summary>
internal sealed class HeapObject : PropertyMap
{
    // Beyond this many items a list's storage is not kept for the next body (a method may build an NSG of 4,000 rules).
    private const int MaxRecycledItems = 256;

    private string? _networkTypeName;
    private Origin? _origin;
    private SyntaxNode? _originSyntax;
    private OriginSpan _originSpan;
    private ImmutableArray<SourcePlace> _callSites;
    private bool _originIsAspire;
    private IdValue? _id;

    internal HeapObject()
    {
        Reference = new ObjectValue(this);
    }

    /// <summary>The value that refers to this object (one per object: references compare by target anyway).</summary>
    public ObjectValue Reference { get; }

    /// <summary>The object's <c>.Id</c> (one per object, made when first read).</summary>
    public IdValue Id => _id ??= new IdValue(this);

    public int Serial { get; private set; }

    /// <summary>Makes a new or recycled object the one created now.</summary>
    /// <param name="networkTypeName">The type's Azure.Provisioning.Network name, or empty (ignored for Aspire objects, named by their role).</param>
    internal void Initialize(int serial, HeapObjectKind kind, ITypeSymbol? type, string networkTypeName)
    {
        Serial = serial;
        Kind = kind;
        Type = type;
        _networkTypeName = kind == HeapObjectKind.Aspire ? null : networkTypeName;
    }

    /// <summary>The origin, made from the creating syntax only when asked for: most objects never become a model object.</summary>
    internal void SetOrigin(SyntaxNode syntax, OriginSpan span, ImmutableArray<SourcePlace> callSites, bool isAspire)
    {
        _originSyntax = syntax;
        _originSpan = span;
        _callSites = callSites;
        _originIsAspire = isAspire;
    }

    internal void SetOrigin(Origin origin) => _origin = origin;

    /// <summary>Forgets everything about the object (symbols and syntax included, so no compilation stays reachable) but its storage.</summary>
    internal void Recycle()
    {
        ClearProperties();
        if (_items is not null)
        {
            if (_items.Capacity > MaxRecycledItems)
            {
                _items = null;
            }
            else
            {
                _items.Clear();
            }
        }

        _networkTypeName = null;
        _origin = null;
        _originSyntax = null;
        _originSpan = OriginSpan.Creation;
        _callSites = default;
        _originIsAspire = false;
        Serial = 0;
        Kind = default;
        Type = null;
        CreatedAtDepth = 0;
        BicepIdentifier = null;
        VariableName = null;
        ItemsIncomplete = false;
        IsOpen = false;
        IsExisting = false;
        IsAutoChild = false;
        ReferencedByUnmodelled = false;
        IsLoopSummary = false;
        AspireRole = AspireRole.None;
        IsImplicitNsg = false;
        RuleSyntax = default;
        HasAutoPriority = false;
        BuilderOrigin = null;
    }

    /// <summary>The type's name when it is an Azure.Provisioning.Network type (per type, from <see cref="AzureTypes"/>), else empty.</summary>
    public string NetworkTypeName => _networkTypeName ??= Kind == HeapObjectKind.Aspire ? AspireNetworkTypeName(AspireRole) : string.Empty;

    // Aspire resources stand for the Azure.Provisioning.Network types they become (a rule spec is not a resource).
    private static string AspireNetworkTypeName(AspireRole role) => role switch
    {
        AspireRole.VirtualNetwork => "VirtualNetwork",
        AspireRole.Subnet => "SubnetResource",
        AspireRole.NetworkSecurityGroup => "NetworkSecurityGroup",
        AspireRole.SecurityRule => "SecurityRule",
        _ => string.Empty,
    };

    /// <summary>The conditional depth the object was created at: a later write deeper than this happens on one path only.</summary>
    public int CreatedAtDepth { get; set; }

    public HeapObjectKind Kind { get; private set; }

    public ITypeSymbol? Type { get; private set; }

    public Origin Origin => _origin ??= new SyntaxOrigin(_originSyntax!, _originSpan, _callSites, _originIsAspire);

    /// <summary>The constructor string of a resource: its Bicep identifier.</summary>
    public string? BicepIdentifier { get; set; }

    /// <summary>The first local variable that held the object, for messages.</summary>
    public string? VariableName { get; set; }

    /// <summary>The object's properties (the object is its own map: one allocation, not two).</summary>
    public PropertyMap Properties => this;

    /// <summary>Elements of a list object (allocated on first use: most objects are not lists).</summary>
    public List<AbstractValue> Items => _items ??= new List<AbstractValue>();

    private List<AbstractValue>? _items;

    /// <summary>A list whose contents are not all visible (spread, conditional add, Remove, assigned from unknown).</summary>
    public bool ItemsIncomplete { get; set; }

    /// <summary>Handed to code the analysis cannot see, or FromExisting, or a loop summary.</summary>
    public bool IsOpen { get; set; }

    public bool IsExisting { get; set; }

    /// <summary>Created on first access of a get-only member (<c>Subnet = { Id = ... }</c>), not by <c>new</c>.</summary>
    public bool IsAutoChild { get; set; }

    /// <summary>Its Id or the object itself was handed to a resource or method the analysis does not model.</summary>
    public bool ReferencedByUnmodelled { get; set; }

    /// <summary>Created inside a loop: one summary object that stands for many.</summary>
    public bool IsLoopSummary { get; set; }

    /// <summary>For <see cref="HeapObjectKind.Aspire"/> objects: what it stands for.</summary>
    public AspireRole AspireRole { get; set; }

    /// <summary>An Aspire NSG created by the first shorthand rule call on a subnet (named {subnet}-nsg).</summary>
    public bool IsImplicitNsg { get; set; }

    /// <summary>For rules: how the code wrote it (code fixes rewrite each shape differently).</summary>
    public RuleSyntaxKind RuleSyntax { get; set; }

    /// <summary>An Aspire shorthand rule written without a priority: Aspire chose it.</summary>
    public bool HasAutoPriority { get; set; }

    /// <summary>For an Aspire rule: where the builder it was added on (the subnet or the NSG) was made.</summary>
    public Origin? BuilderOrigin { get; set; }

    public string DisplayName
    {
        get
        {
            if (Properties.TryGetValue("Name", out var name) && name is ConstantValue { Value: string s } && s.Length > 0)
            {
                return s;
            }

            return BicepIdentifier ?? VariableName ?? Type?.Name ?? "object";
        }
    }

    public override string ToString() => (Type?.Name ?? Kind.ToString()) + "#" + Serial + " " + DisplayName;
}

using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace AzLbNsgAnalyzers.Extraction;

/// <summary>
/// The Azure.Provisioning types the analysis matches, resolved once per compilation by metadata
/// name so the analyzer runs against the real packages and the facade alike.
/// </summary>
internal sealed class AzureTypes
{
    public const string NetworkNamespace = "Azure.Provisioning.Network";

    private AzureTypes(Compilation compilation, INamedTypeSymbol provisionableConstruct)
    {
        ProvisionableConstruct = provisionableConstruct;
        Infrastructure = compilation.GetTypeByMetadataName("Azure.Provisioning.Infrastructure");
        ProvisionableResource = compilation.GetTypeByMetadataName("Azure.Provisioning.Primitives.ProvisionableResource");
        BicepValue = compilation.GetTypeByMetadataName("Azure.Provisioning.BicepValue");
        ProvisioningVariable = compilation.GetTypeByMetadataName("Azure.Provisioning.ProvisioningVariable");
        BicepExpression = compilation.GetTypeByMetadataName("Azure.Provisioning.Expressions.BicepExpression");
        ResourceIdentifier = compilation.GetTypeByMetadataName("Azure.Core.ResourceIdentifier");
        AzureLocation = compilation.GetTypeByMetadataName("Azure.Core.AzureLocation");
        Aspire = Extraction.Aspire.AspireTypes.Create(compilation);
    }

    /// <summary>The Aspire.Hosting.Azure.Network types, for the Aspire front end (their members are null without the package).</summary>
    public Extraction.Aspire.AspireTypes Aspire { get; }

    public INamedTypeSymbol ProvisionableConstruct { get; }

    public INamedTypeSymbol? Infrastructure { get; }

    public INamedTypeSymbol? ProvisionableResource { get; }

    public INamedTypeSymbol? BicepValue { get; }

    public INamedTypeSymbol? ProvisioningVariable { get; }

    public INamedTypeSymbol? BicepExpression { get; }

    public INamedTypeSymbol? ResourceIdentifier { get; }

    public INamedTypeSymbol? AzureLocation { get; }

    /// <summary>Null when the compilation does not reference Azure.Provisioning: then nothing is registered.</summary>
    public static AzureTypes? TryCreate(Compilation compilation)
    {
        var construct = compilation.GetTypeByMetadataName("Azure.Provisioning.Primitives.ProvisionableConstruct");
        return construct is null ? null : new AzureTypes(compilation, construct);
    }

    public bool IsProvisionable(ITypeSymbol? type) => (Facts(type) & TypeFacts.Provisionable) != 0;

    public bool IsBicepValue(ITypeSymbol? type) => (Facts(type) & TypeFacts.BicepValue) != 0;

    public bool IsUnknownSource(ITypeSymbol? type) => (Facts(type) & TypeFacts.UnknownSource) != 0;

    /// <summary>Arrays, BicepList&lt;T&gt; and the System.Collections.Generic lists and sequences.</summary>
    public bool IsList(ITypeSymbol? type) => (Facts(type) & TypeFacts.List) != 0;

    public bool IsDictionary(ITypeSymbol? type) => (Facts(type) & TypeFacts.Dictionary) != 0;

    /// <summary>
    /// An enum's members by value, one immutable value each, read once per compilation (the rule fields name the same
    /// few enums in every body). The dictionaries are never written after they are built, so threads share them.
    /// </summary>
    public System.Collections.Generic.Dictionary<long, EnumValue> EnumMembers(INamedTypeSymbol enumType)
    {
        if (_enumMembers.TryGetValue(enumType, out var members))
        {
            return members;
        }

        members = new System.Collections.Generic.Dictionary<long, EnumValue>();
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field)
            {
                long numeric = Convert.ToInt64(field.ConstantValue, System.Globalization.CultureInfo.InvariantCulture);
                if (!members.ContainsKey(numeric))
                {
                    // The first member declared with a value names it.
                    members.Add(numeric, new EnumValue(enumType.Name, field.Name, numeric));
                }
            }
        }

        return _enumMembers.GetOrAdd(enumType, members);
    }

    private readonly ConcurrentDictionary<INamedTypeSymbol, System.Collections.Generic.Dictionary<long, EnumValue>> _enumMembers = new(SymbolEqualityComparer.Default);

    [Flags]
    private enum TypeFacts
    {
        None = 0,
        Provisionable = 1,
        BicepValue = 2,
        UnknownSource = 4,
        List = 8,
        Dictionary = 16,
    }

    // What the interpreter asks of a type, computed once per type definition and compilation: the same few dozen
    // types (BicepValue<string>, SecurityRule, BicepList<T>...) are asked about at nearly every operation. Keyed by
    // symbol equality, not reference: the types that are their own definition (arrays) are built anew in places, and
    // a reference key would grow without bound.
    private readonly ConcurrentDictionary<ITypeSymbol, TypeEntry> _entries = new(SymbolEqualityComparer.Default);

    // In front of it, the entries last asked for, by reference: a look-up by symbol equality at nearly every operation
    // was about 5% of our time (bench/results/profile.md, session 24). Direct-mapped, so bounded; entries are
    // immutable and a reference write is atomic, so threads share it without locks (a race only costs a miss).
    private const int RecentSlots = 256;
    private readonly TypeEntry?[] _recent = new TypeEntry?[RecentSlots];

    private sealed class TypeEntry
    {
        public TypeEntry(ITypeSymbol type, TypeFacts facts, string networkTypeName)
        {
            Type = type;
            Facts = facts;
            NetworkTypeName = networkTypeName;
        }

        public readonly ITypeSymbol Type;
        public readonly TypeFacts Facts;
        public readonly string NetworkTypeName;
    }

    /// <summary>The type's name when it is an Azure.Provisioning.Network type, else empty.</summary>
    public string NetworkTypeName(ITypeSymbol? type) => type is null ? string.Empty : Entry(type).NetworkTypeName;

    private TypeFacts Facts(ITypeSymbol? type) => type is null ? TypeFacts.None : Entry(type).Facts;

    private TypeEntry Entry(ITypeSymbol type)
    {
        // Everything asked depends on the type's definition only (its name, namespace and base classes), and a
        // definition is one symbol instance for the compilation, while Roslyn often hands out other instances of the
        // same type (annotated, constructed anew): keyed by the definition, the front table hits.
        var key = type.OriginalDefinition ?? type;
        int slot = RuntimeHelpers.GetHashCode(key) & (RecentSlots - 1);
        var recent = _recent[slot];
        if (recent is not null && ReferenceEquals(recent.Type, key))
        {
            return recent;
        }

        if (!_entries.TryGetValue(key, out var entry))
        {
            string networkTypeName = NamespaceNames.Is(key.ContainingNamespace, NetworkNamespace) ? key.Name : string.Empty;
            entry = _entries.GetOrAdd(key, new TypeEntry(key, Compute(key), networkTypeName));
        }

        // Only the instance the table holds goes in front: an equal one of another instance (arrays are built anew)
        // would need an entry of its own, garbage on every read.
        if (ReferenceEquals(entry.Type, key))
        {
            _recent[slot] = entry;
        }

        return entry;
    }

    private TypeFacts Compute(ITypeSymbol type)
    {
        var facts = TypeFacts.None;
        if (CanBeLibraryClass(type))
        {
            if (InheritsFrom(type, ProvisionableConstruct))
            {
                facts |= TypeFacts.Provisionable;
            }

            if (InheritsFrom(type, BicepValue))
            {
                facts |= TypeFacts.BicepValue;
            }

            if (InheritsFrom(type, ProvisioningVariable) || InheritsFrom(type, BicepExpression))
            {
                facts |= TypeFacts.UnknownSource;
            }
        }

        if (type is IArrayTypeSymbol)
        {
            facts |= TypeFacts.List;
        }
        else if (type is INamedTypeSymbol { IsGenericType: true } named)
        {
            var definition = named.OriginalDefinition;
            if ((definition.Name == "BicepList" && NamespaceNames.Is(definition.ContainingNamespace, "Azure.Provisioning"))
                || (definition.Name is "List" or "IList" or "IEnumerable" or "IReadOnlyList" or "ICollection" or "IReadOnlyCollection"
                    && NamespaceNames.Is(definition.ContainingNamespace, "System.Collections.Generic")))
            {
                facts |= TypeFacts.List;
            }

            if (definition.Name == "BicepDictionary")
            {
                facts |= TypeFacts.Dictionary;
            }
        }

        return facts;
    }

    // Strings, numbers, enums and other structs never derive from a library class: most values the interpreter meets
    // are these, so they skip the base-type walk.
    private static bool CanBeLibraryClass(ITypeSymbol? type) =>
        type is not null && type.SpecialType == SpecialType.None && type.TypeKind is TypeKind.Class or TypeKind.Error;

    public static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }
}

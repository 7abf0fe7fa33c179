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
    }

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

    public bool IsProvisionable(ITypeSymbol? type) => CanBeLibraryClass(type) && InheritsFrom(type, ProvisionableConstruct);

    public bool IsBicepValue(ITypeSymbol? type) => CanBeLibraryClass(type) && InheritsFrom(type, BicepValue);

    public bool IsUnknownSource(ITypeSymbol? type) => CanBeLibraryClass(type) && (InheritsFrom(type, ProvisioningVariable) || InheritsFrom(type, BicepExpression));

    // Strings, numbers, enums and other structs never derive from a library class: most values the interpreter meets
    // are these, so they skip the base-type walk.
    private static bool CanBeLibraryClass(ITypeSymbol? type) =>
        type is not null && type.SpecialType == SpecialType.None && type.TypeKind is TypeKind.Class or TypeKind.Error;

    public static bool IsNetworkType(ITypeSymbol? type, string name) =>
        type is not null && type.Name == name && NamespaceNames.Is(type.ContainingNamespace, NetworkNamespace);

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

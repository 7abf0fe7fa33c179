using Microsoft.CodeAnalysis;

namespace AzLbNsgAnalyzers.Extraction.Aspire;

/// <summary>
/// The Aspire.Hosting.Azure.Network types the Aspire front end reads, resolved by metadata name once per
/// compilation (null when the AppHost does not reference the package: then no Aspire call is modelled).
/// </summary>
internal sealed class AspireTypes
{
    private AspireTypes(INamedTypeSymbol? virtualNetworkExtensions, INamedTypeSymbol? securityGroupExtensions, INamedTypeSymbol? securityRule)
    {
        VirtualNetworkExtensions = virtualNetworkExtensions;
        SecurityGroupExtensions = securityGroupExtensions;
        SecurityRule = securityRule;
    }

    /// <summary>Aspire.Hosting.AzureVirtualNetworkExtensions: AddAzureVirtualNetwork, AddSubnet, the shorthand rules, WithNetworkSecurityGroup.</summary>
    public INamedTypeSymbol? VirtualNetworkExtensions { get; }

    /// <summary>Aspire.Hosting.AzureNetworkSecurityGroupExtensions: AddNetworkSecurityGroup, WithSecurityRule.</summary>
    public INamedTypeSymbol? SecurityGroupExtensions { get; }

    /// <summary>Aspire.Hosting.Azure.AzureSecurityRule: the rule record WithSecurityRule takes.</summary>
    public INamedTypeSymbol? SecurityRule { get; }

    public bool IsPresent => VirtualNetworkExtensions is not null || SecurityGroupExtensions is not null;

    public static AspireTypes Create(Compilation compilation) =>
        new(
            compilation.GetTypeByMetadataName("Aspire.Hosting.AzureVirtualNetworkExtensions"),
            compilation.GetTypeByMetadataName("Aspire.Hosting.AzureNetworkSecurityGroupExtensions"),
            compilation.GetTypeByMetadataName("Aspire.Hosting.Azure.AzureSecurityRule"));

    /// <summary>The other extension classes of the package, whose methods change no NSG (NAT gateways, private endpoints, delegation, internal LBs).</summary>
    public static bool IsNeutralNetworkExtension(INamedTypeSymbol? type) =>
        type is not null && type.DeclaringSyntaxReferences.Length == 0
        && type.Name is "AzureNatGatewayExtensions" or "AzurePrivateEndpointExtensions" or "AzurePublicIPAddressExtensions" or "AzureNetworkSecurityPerimeterExtensions"
            or "AzureInternalLoadBalancerExtensions"
        && NamespaceNames.Is(type.ContainingNamespace, "Aspire.Hosting");
}

// Compile-only stand-in for Aspire.Hosting.Azure.Network (listing at microsoft/aspire 1cf1eaa): every public member
// of the package's extension classes, with the listing's parameter names, order and defaults. Bodies never run; the
// comments say what the real methods do, because the analyzer has to model it.
using System;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Azure;
using Azure.Provisioning.Network;

namespace Aspire.Hosting
{
    public static class AzureNatGatewayExtensions
    {
        public static IResourceBuilder<AzureNatGatewayResource> AddNatGateway(this IDistributedApplicationBuilder builder, [ResourceName] string name) => throw null!;

        public static IResourceBuilder<AzureNatGatewayResource> WithPublicIPAddress(this IResourceBuilder<AzureNatGatewayResource> builder, IResourceBuilder<AzurePublicIPAddressResource> publicIPAddress) => throw null!;
    }

    public static class AzureNetworkSecurityGroupExtensions
    {
        public static IResourceBuilder<AzureNetworkSecurityGroupResource> AddNetworkSecurityGroup(this IDistributedApplicationBuilder builder, [ResourceName] string name) => throw null!;

        /// <summary>
        /// Adds <paramref name="rule"/> as given (its priority is not computed). The real method throws
        /// <see cref="ArgumentException"/> when the NSG already has a rule of that name (case-insensitive).
        /// </summary>
        public static IResourceBuilder<AzureNetworkSecurityGroupResource> WithSecurityRule(this IResourceBuilder<AzureNetworkSecurityGroupResource> builder, AzureSecurityRule rule) => throw null!;
    }

    public static class AzureNetworkSecurityPerimeterExtensions
    {
        public static IResourceBuilder<AzureNetworkSecurityPerimeterResource> AddNetworkSecurityPerimeter(this IDistributedApplicationBuilder builder, [ResourceName] string name) => throw null!;

        public static IResourceBuilder<AzureNetworkSecurityPerimeterResource> WithAccessRule(this IResourceBuilder<AzureNetworkSecurityPerimeterResource> builder, AzureNspAccessRule rule) => throw null!;

        public static IResourceBuilder<T> WithNetworkSecurityPerimeter<T>(this IResourceBuilder<T> target, IResourceBuilder<AzureNetworkSecurityPerimeterResource> nsp, NetworkSecurityPerimeterAssociationAccessMode accessMode = NetworkSecurityPerimeterAssociationAccessMode.Enforced, string? associationName = null)
            where T : IResource, IAzureNspAssociationTarget => throw null!;
    }

    public static class AzurePrivateEndpointExtensions
    {
        public static IResourceBuilder<AzurePrivateEndpointResource> AddPrivateEndpoint(this IResourceBuilder<AzureSubnetResource> subnet, IResourceBuilder<IAzurePrivateEndpointTarget> target) => throw null!;
    }

    public static class AzurePublicIPAddressExtensions
    {
        public static IResourceBuilder<AzurePublicIPAddressResource> AddPublicIPAddress(this IDistributedApplicationBuilder builder, [ResourceName] string name) => throw null!;
    }

    public static class AzureVirtualNetworkExtensions
    {
        /// <summary>Adds a virtual network whose address space is the parameter's value (unknown before deployment).</summary>
        public static IResourceBuilder<AzureVirtualNetworkResource> AddAzureVirtualNetwork(this IDistributedApplicationBuilder builder, [ResourceName] string name, IResourceBuilder<ParameterResource> addressPrefix) => throw null!;

        /// <summary>Adds a virtual network; a null <paramref name="addressPrefix"/> means 10.0.0.0/16.</summary>
        public static IResourceBuilder<AzureVirtualNetworkResource> AddAzureVirtualNetwork(this IDistributedApplicationBuilder builder, [ResourceName] string name, string? addressPrefix = null) => throw null!;

        /// <summary>Adds a subnet whose prefix is the parameter's value; its Azure name is <paramref name="subnetName"/>, else <paramref name="name"/>.</summary>
        public static IResourceBuilder<AzureSubnetResource> AddSubnet(this IResourceBuilder<AzureVirtualNetworkResource> builder, [ResourceName] string name, IResourceBuilder<ParameterResource> addressPrefix, string? subnetName = null) => throw null!;

        /// <summary>Adds a subnet; its Azure name is <paramref name="subnetName"/>, else <paramref name="name"/>.</summary>
        public static IResourceBuilder<AzureSubnetResource> AddSubnet(this IResourceBuilder<AzureVirtualNetworkResource> builder, [ResourceName] string name, string addressPrefix, string? subnetName = null) => throw null!;

        /// <summary>
        /// Adds an inbound allow rule to the subnet's NSG, creating "{subnet}-nsg" if the subnet has none. Omitted values:
        /// port, from and to "*", protocol Asterisk; priority 100 for the NSG's first rule, else the NSG's highest priority + 100
        /// (no range check); name "allow-inbound[-port][-from][-to]" with "-2", "-3"... on a collision.
        /// </summary>
        public static IResourceBuilder<AzureSubnetResource> AllowInbound(this IResourceBuilder<AzureSubnetResource> builder, string? port = null, string? from = null, string? to = null, SecurityRuleProtocol? protocol = null, int? priority = null, string? name = null) => throw null!;

        /// <summary>As <see cref="AllowInbound"/>, for an outbound allow rule ("allow-outbound-...").</summary>
        public static IResourceBuilder<AzureSubnetResource> AllowOutbound(this IResourceBuilder<AzureSubnetResource> builder, string? port = null, string? from = null, string? to = null, SecurityRuleProtocol? protocol = null, int? priority = null, string? name = null) => throw null!;

        /// <summary>As <see cref="AllowInbound"/>, for an inbound deny rule ("deny-inbound-...").</summary>
        public static IResourceBuilder<AzureSubnetResource> DenyInbound(this IResourceBuilder<AzureSubnetResource> builder, string? port = null, string? from = null, string? to = null, SecurityRuleProtocol? protocol = null, int? priority = null, string? name = null) => throw null!;

        /// <summary>As <see cref="AllowInbound"/>, for an outbound deny rule ("deny-outbound-...").</summary>
        public static IResourceBuilder<AzureSubnetResource> DenyOutbound(this IResourceBuilder<AzureSubnetResource> builder, string? port = null, string? from = null, string? to = null, SecurityRuleProtocol? protocol = null, int? priority = null, string? name = null) => throw null!;

        /// <summary>Delegates the subnet to Microsoft.ContainerInstance/containerGroups.</summary>
        public static IResourceBuilder<AzureSubnetResource> WithContainerInstanceDelegation(this IResourceBuilder<AzureSubnetResource> subnet) => throw null!;

        public static IResourceBuilder<T> WithDelegatedSubnet<T>(this IResourceBuilder<T> builder, IResourceBuilder<AzureSubnetResource> subnet)
            where T : IAzureDelegatedSubnetResource => throw null!;

        public static IResourceBuilder<AzureSubnetResource> WithNatGateway(this IResourceBuilder<AzureSubnetResource> builder, IResourceBuilder<AzureNatGatewayResource> natGateway) => throw null!;

        /// <summary>
        /// Makes <paramref name="nsg"/> the subnet's NSG (one NSG may serve several subnets). The real method throws
        /// <see cref="InvalidOperationException"/> when the subnet's NSG was created by the shorthand methods.
        /// </summary>
        public static IResourceBuilder<AzureSubnetResource> WithNetworkSecurityGroup(this IResourceBuilder<AzureSubnetResource> builder, IResourceBuilder<AzureNetworkSecurityGroupResource> nsg) => throw null!;

        /// <summary>Delegates the subnet to <paramref name="serviceName"/>; the delegation's name defaults to the service name.</summary>
        public static IResourceBuilder<AzureSubnetResource> WithServiceDelegation(this IResourceBuilder<AzureSubnetResource> subnet, string serviceName, string? name = null) => throw null!;
    }
}

// Compile-only stand-in for Aspire.Hosting.Azure.Network (listing at microsoft/aspire 1cf1eaa): the resource types.
// Internal members of the real package (the NSG's rule list, the subnet's NSG and NAT gateway links) are not part of
// the public surface and are absent. Bodies never run.
using System;
using System.Collections.Generic;
using Aspire.Hosting.ApplicationModel;
using Azure.Provisioning.Primitives;

namespace Aspire.Hosting.Azure
{
    public class AzureNatGatewayResource : AzureProvisioningResource
    {
        public AzureNatGatewayResource(string name, Action<AzureResourceInfrastructure> configureInfrastructure) : base(name, configureInfrastructure) { }

        public BicepOutputReference Id => throw null!;
        public BicepOutputReference NameOutputReference => throw null!;

        public override ProvisionableResource AddAsExistingResource(AzureResourceInfrastructure infra) => throw null!;
    }

    /// <summary>
    /// A network security group. Rules are added by WithSecurityRule, by the subnet shorthands (AllowInbound, ...),
    /// which create an NSG named "{subnet}-nsg" when the subnet has none, or by ConfigureInfrastructure.
    /// </summary>
    public class AzureNetworkSecurityGroupResource : AzureProvisioningResource
    {
        public AzureNetworkSecurityGroupResource(string name, Action<AzureResourceInfrastructure> configureInfrastructure) : base(name, configureInfrastructure) { }

        public BicepOutputReference Id => throw null!;
        public BicepOutputReference NameOutputReference => throw null!;

        public override ProvisionableResource AddAsExistingResource(AzureResourceInfrastructure infra) => throw null!;
    }

    public class AzureNetworkSecurityPerimeterResource : AzureProvisioningResource
    {
        public AzureNetworkSecurityPerimeterResource(string name, Action<AzureResourceInfrastructure> configureInfrastructure) : base(name, configureInfrastructure) { }

        public BicepOutputReference Id => throw null!;
        public BicepOutputReference NameOutputReference => throw null!;

        public override ProvisionableResource AddAsExistingResource(AzureResourceInfrastructure infra) => throw null!;
    }

    public sealed class AzureNspAccessRule
    {
        public List<string> AddressPrefixes { get => throw null!; init => throw null!; }
        public List<ReferenceExpression> AddressPrefixReferences { get => throw null!; init => throw null!; }
        public required global::Azure.Provisioning.Network.NetworkSecurityPerimeterAccessRuleDirection Direction { get => throw null!; set => throw null!; }
        public List<ReferenceExpression> FullyQualifiedDomainNameReferences { get => throw null!; init => throw null!; }
        public List<string> FullyQualifiedDomainNames { get => throw null!; init => throw null!; }
        public required string Name { get => throw null!; set => throw null!; }
        public List<ReferenceExpression> SubscriptionReferences { get => throw null!; init => throw null!; }
        public List<string> Subscriptions { get => throw null!; init => throw null!; }
    }

    public class AzurePrivateEndpointResource : AzureProvisioningResource
    {
        public AzurePrivateEndpointResource(string name, AzureSubnetResource subnet, IAzurePrivateEndpointTarget target, Action<AzureResourceInfrastructure> configureInfrastructure) : base(name, configureInfrastructure) { }

        public BicepOutputReference Id => throw null!;
        public BicepOutputReference NameOutputReference => throw null!;
        public AzureSubnetResource Subnet => throw null!;
        public IAzurePrivateEndpointTarget Target => throw null!;

        public override ProvisionableResource AddAsExistingResource(AzureResourceInfrastructure infra) => throw null!;
    }

    public class AzurePublicIPAddressResource : AzureProvisioningResource
    {
        public AzurePublicIPAddressResource(string name, Action<AzureResourceInfrastructure> configureInfrastructure) : base(name, configureInfrastructure) { }

        public BicepOutputReference Id => throw null!;
        public BicepOutputReference IpAddress => throw null!;
        public BicepOutputReference NameOutputReference => throw null!;

        public override ProvisionableResource AddAsExistingResource(AzureResourceInfrastructure infra) => throw null!;
    }

    public class AzureSubnetResource : Resource, IResourceWithParent<AzureVirtualNetworkResource>, IResourceWithParent, IResource
    {
        public AzureSubnetResource(string name, string subnetName, ParameterResource addressPrefix, AzureVirtualNetworkResource parent) : base(name) { }
        public AzureSubnetResource(string name, string subnetName, string addressPrefix, AzureVirtualNetworkResource parent) : base(name) { }

        /// <summary>The literal prefix, or null when the prefix is a parameter (<see cref="AddressPrefixParameter"/>).</summary>
        public string? AddressPrefix => throw null!;
        public ParameterResource? AddressPrefixParameter => throw null!;
        public BicepOutputReference Id => throw null!;
        public AzureVirtualNetworkResource Parent => throw null!;
        /// <summary>The subnet's name in Azure (AddSubnet's subnetName, else the resource name).</summary>
        public string SubnetName => throw null!;
    }

    public sealed class AzureSubnetServiceDelegationAnnotation : IResourceAnnotation
    {
        public AzureSubnetServiceDelegationAnnotation(string name, string serviceName) { }

        public string Name { get => throw null!; set => throw null!; }
        public string ServiceName { get => throw null!; set => throw null!; }
    }

    public class AzureVirtualNetworkResource : AzureProvisioningResource
    {
        public AzureVirtualNetworkResource(string name, Action<AzureResourceInfrastructure> configureInfrastructure, ParameterResource addressPrefix) : base(name, configureInfrastructure) { }
        public AzureVirtualNetworkResource(string name, Action<AzureResourceInfrastructure> configureInfrastructure, string? addressPrefix) : base(name, configureInfrastructure) { }
        public AzureVirtualNetworkResource(string name, Action<AzureResourceInfrastructure> configureInfrastructure) : base(name, configureInfrastructure) { }

        /// <summary>The literal address space (10.0.0.0/16 when AddAzureVirtualNetwork got none), or null when it is a parameter.</summary>
        public string? AddressPrefix => throw null!;
        public ParameterResource? AddressPrefixParameter => throw null!;
        public BicepOutputReference Id => throw null!;
        public BicepOutputReference NameOutputReference => throw null!;

        public override ProvisionableResource AddAsExistingResource(AzureResourceInfrastructure infra) => throw null!;
    }

    public interface IAzurePrivateEndpointTargetNotification : IAzurePrivateEndpointTarget, IResource
    {
        void OnPrivateEndpointCreated(IResourceBuilder<AzurePrivateEndpointResource> privateEndpoint);
    }
}

// Compile-only stand-in for Azure.Provisioning.Network 1.0.0-beta.2: models (ProvisionableConstruct, public parameterless ctor).
using System;
using Azure.Core;
using Azure.Provisioning.Primitives;
using Azure.Provisioning.Resources;

namespace Azure.Provisioning.Network
{
    public class ApplicationGatewayBackendAddress : ProvisionableConstruct
    {
        public ApplicationGatewayBackendAddress() { }
        public BicepValue<string> Fqdn { get => throw null!; set => throw null!; }
        public BicepValue<string> IPAddress { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }

    public class ApplicationGatewayBackendAddressPool : ProvisionableConstruct
    {
        public ApplicationGatewayBackendAddressPool() { }
        public BicepList<ApplicationGatewayBackendAddress> BackendAddresses { get => throw null!; set => throw null!; }
        public BicepList<NetworkInterfaceIPConfiguration> BackendIPConfigurations => throw null!;
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<ResourceType> ResourceType => throw null!;
        protected override void DefineProvisionableProperties() { }
    }

    public class ApplicationGatewayIPConfiguration : ProvisionableConstruct
    {
        public ApplicationGatewayIPConfiguration() { }
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<ResourceType> ResourceType => throw null!;
        public BicepValue<ResourceIdentifier> SubnetId { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }

    public class DdosSettings : ProvisionableConstruct
    {
        public DdosSettings() { }
        public BicepValue<ResourceIdentifier> DdosProtectionPlanId { get => throw null!; set => throw null!; }
        public BicepValue<DdosSettingsProtectionMode> ProtectionMode { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }

    public class GatewayLoadBalancerTunnelInterface : ProvisionableConstruct
    {
        public GatewayLoadBalancerTunnelInterface() { }
        public BicepValue<int> Identifier { get => throw null!; set => throw null!; }
        public BicepValue<GatewayLoadBalancerTunnelInterfaceType> InterfaceType { get => throw null!; set => throw null!; }
        public BicepValue<int> Port { get => throw null!; set => throw null!; }
        public BicepValue<GatewayLoadBalancerTunnelProtocol> Protocol { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }

    public class IpamPoolPrefixAllocation : ProvisionableConstruct
    {
        public IpamPoolPrefixAllocation() { }
        public BicepList<string> AllocatedAddressPrefixes => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<string> NumberOfIPAddresses { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }

    public class IPTag : ProvisionableConstruct
    {
        public IPTag() { }
        public BicepValue<string> IPTagType { get => throw null!; set => throw null!; }
        public BicepValue<string> Tag { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }

    public class LoadBalancerBackendAddress : ProvisionableConstruct
    {
        public LoadBalancerBackendAddress() { }
        public BicepValue<LoadBalancerBackendAddressAdminState> AdminState { get => throw null!; set => throw null!; }
        public BicepList<NatRulePortMapping> InboundNatRulesPortMapping => throw null!;
        public BicepValue<string> IPAddress { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> LoadBalancerFrontendIPConfigurationId { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> NetworkInterfaceIPConfigurationId => throw null!;
        public BicepValue<ResourceIdentifier> SubnetId { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> VirtualNetworkId { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }

    public class LoadBalancerInboundNatPool : ProvisionableConstruct
    {
        public LoadBalancerInboundNatPool() { }
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public LoadBalancerInboundNatPoolProperties Properties { get => throw null!; set => throw null!; }
        public BicepValue<ResourceType> ResourceType => throw null!;
        protected override void DefineProvisionableProperties() { }
    }

    public class LoadBalancerInboundNatPoolProperties : ProvisionableConstruct
    {
        public LoadBalancerInboundNatPoolProperties() { }
        public BicepDictionary<BinaryData> AdditionalProperties { get => throw null!; set => throw null!; }
        public BicepValue<int> BackendPort { get => throw null!; set => throw null!; }
        public BicepValue<bool> EnableFloatingIP { get => throw null!; set => throw null!; }
        public BicepValue<bool> EnableTcpReset { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> FrontendIPConfigurationId { get => throw null!; set => throw null!; }
        public BicepValue<int> FrontendPortRangeEnd { get => throw null!; set => throw null!; }
        public BicepValue<int> FrontendPortRangeStart { get => throw null!; set => throw null!; }
        public BicepValue<int> IdleTimeoutInMinutes { get => throw null!; set => throw null!; }
        public BicepValue<LoadBalancingTransportProtocol> Protocol { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        protected override void DefineProvisionableProperties() { }
    }

    public class LoadBalancerSku : ProvisionableConstruct
    {
        public LoadBalancerSku() { }
        public BicepValue<LoadBalancerSkuName> Name { get => throw null!; set => throw null!; }
        public BicepValue<LoadBalancerSkuTier> Tier { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }

    public class LoadBalancingRuleProperties : ProvisionableConstruct
    {
        public LoadBalancingRuleProperties() { }
        public BicepDictionary<BinaryData> AdditionalProperties { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> BackendAddressPoolId { get => throw null!; set => throw null!; }
        public BicepList<WritableSubResource> BackendAddressPools { get => throw null!; set => throw null!; }
        public BicepValue<int> BackendPort { get => throw null!; set => throw null!; }
        public BicepValue<bool> DisableOutboundSnat { get => throw null!; set => throw null!; }
        public BicepValue<bool> EnableConnectionTracking { get => throw null!; set => throw null!; }
        public BicepValue<bool> EnableFloatingIP { get => throw null!; set => throw null!; }
        public BicepValue<bool> EnableTcpReset { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> FrontendIPConfigurationId { get => throw null!; set => throw null!; }
        public BicepValue<int> FrontendPort { get => throw null!; set => throw null!; }
        public BicepValue<int> IdleTimeoutInMinutes { get => throw null!; set => throw null!; }
        public BicepValue<LoadDistribution> LoadDistribution { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> ProbeId { get => throw null!; set => throw null!; }
        public BicepValue<LoadBalancingTransportProtocol> Protocol { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        protected override void DefineProvisionableProperties() { }
    }

    public class NatRulePortMapping : ProvisionableConstruct
    {
        public NatRulePortMapping() { }
        public BicepValue<int> BackendPort => throw null!;
        public BicepValue<int> FrontendPort => throw null!;
        public BicepValue<string> InboundNatRuleName => throw null!;
        protected override void DefineProvisionableProperties() { }
    }

    public class NetworkInterfaceDnsSettings : ProvisionableConstruct
    {
        public NetworkInterfaceDnsSettings() { }
        public BicepList<string> AppliedDnsServers => throw null!;
        public BicepList<string> DnsServers { get => throw null!; set => throw null!; }
        public BicepValue<string> InternalDnsNameLabel { get => throw null!; set => throw null!; }
        public BicepValue<string> InternalDomainNameSuffix => throw null!;
        public BicepValue<string> InternalFqdn => throw null!;
        protected override void DefineProvisionableProperties() { }
    }

    public class NetworkInterfaceIPConfigurationPrivateLinkConnectionProperties : ProvisionableConstruct
    {
        public NetworkInterfaceIPConfigurationPrivateLinkConnectionProperties() { }
        public BicepList<string> Fqdns => throw null!;
        public BicepValue<string> GroupId => throw null!;
        public BicepValue<string> RequiredMemberName => throw null!;
        protected override void DefineProvisionableProperties() { }
    }

    public class NetworkIPConfiguration : ProvisionableConstruct
    {
        public NetworkIPConfiguration() { }
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepValue<string> PrivateIPAddress { get => throw null!; set => throw null!; }
        public BicepValue<NetworkIPAllocationMethod> PrivateIPAllocationMethod { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public PublicIPAddress PublicIPAddress { get => throw null!; set => throw null!; }
        public BicepValue<ResourceType> ResourceType => throw null!;
        public SubnetResource Subnet { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }

    public class NetworkIPConfigurationProfile : ProvisionableConstruct
    {
        public NetworkIPConfigurationProfile() { }
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<ResourceType> ResourceType => throw null!;
        public SubnetResource Subnet { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }

    public class PublicIPAddressDnsSettings : ProvisionableConstruct
    {
        public PublicIPAddressDnsSettings() { }
        public BicepValue<string> DomainNameLabel { get => throw null!; set => throw null!; }
        public BicepValue<PublicIPAddressDnsSettingsDomainNameLabelScope> DomainNameLabelScope { get => throw null!; set => throw null!; }
        public BicepValue<string> Fqdn { get => throw null!; set => throw null!; }
        public BicepValue<string> ReverseFqdn { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }

    public class PublicIPAddressSku : ProvisionableConstruct
    {
        public PublicIPAddressSku() { }
        public BicepValue<PublicIPAddressSkuName> Name { get => throw null!; set => throw null!; }
        public BicepValue<PublicIPAddressSkuTier> Tier { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }

    public class ResourceNavigationLink : ProvisionableConstruct
    {
        public ResourceNavigationLink() { }
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> Link { get => throw null!; set => throw null!; }
        public BicepValue<ResourceType> LinkedResourceType { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<ResourceType> ResourceType => throw null!;
        protected override void DefineProvisionableProperties() { }
    }

    public class ServiceAssociationLink : ProvisionableConstruct
    {
        public ServiceAssociationLink() { }
        public BicepValue<bool> AllowDelete { get => throw null!; set => throw null!; }
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> Link { get => throw null!; set => throw null!; }
        public BicepValue<ResourceType> LinkedResourceType { get => throw null!; set => throw null!; }
        public BicepList<AzureLocation> Locations { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<ResourceType> ResourceType => throw null!;
        protected override void DefineProvisionableProperties() { }
    }

    public class ServiceDelegation : ProvisionableConstruct
    {
        public ServiceDelegation() { }
        public BicepList<string> Actions => throw null!;
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<ResourceType> ResourceType { get => throw null!; set => throw null!; }
        public BicepValue<string> ServiceName { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }

    public class ServiceEndpointProperties : ProvisionableConstruct
    {
        public ServiceEndpointProperties() { }
        public BicepList<AzureLocation> Locations { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> NetworkIdentifierId { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<string> Service { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }

    public class VirtualNetworkAddressSpace : ProvisionableConstruct
    {
        public VirtualNetworkAddressSpace() { }
        public BicepList<string> AddressPrefixes { get => throw null!; set => throw null!; }
        public BicepList<IpamPoolPrefixAllocation> IpamPoolPrefixAllocations { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }

    public class VirtualNetworkBgpCommunities : ProvisionableConstruct
    {
        public VirtualNetworkBgpCommunities() { }
        public BicepValue<string> RegionalCommunity => throw null!;
        public BicepValue<string> VirtualNetworkCommunity { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }

    public class VirtualNetworkEncryption : ProvisionableConstruct
    {
        public VirtualNetworkEncryption() { }
        public BicepValue<VirtualNetworkEncryptionEnforcement> Enforcement { get => throw null!; set => throw null!; }
        public BicepValue<bool> IsEnabled { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }
}

// Compile-only stand-in for Azure.Provisioning.Network 1.0.0-beta.2: resources (ProvisionableResource).
// Shapes follow the 1.0.0-beta.2 public API listing: resource-typed children, get-only LB sub-resource settings.
using System;
using Azure.Core;
using Azure.Provisioning.Primitives;
using Azure.Provisioning.Resources;

namespace Azure.Provisioning.Network
{
    public class ApplicationSecurityGroup : ProvisionableResource
    {
        public ApplicationSecurityGroup(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static ApplicationSecurityGroup FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<AzureLocation> Location { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<Guid> ResourceGuid => throw null!;
        public BicepDictionary<string> Tags { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public override ResourceNameRequirements GetResourceNameRequirements() => throw null!;
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class BackendAddressPool : ProvisionableResource
    {
        public BackendAddressPool(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static BackendAddressPool FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepList<NetworkInterfaceIPConfiguration> BackendIPConfigurations => throw null!;
        public BicepValue<int> DrainPeriodInSeconds { get => throw null!; set => throw null!; }
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepList<WritableSubResource> InboundNatRules => throw null!;
        public BicepList<LoadBalancerBackendAddress> LoadBalancerBackendAddresses { get => throw null!; set => throw null!; }
        public BicepList<WritableSubResource> LoadBalancingRules => throw null!;
        public BicepValue<AzureLocation> Location { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> OutboundRuleId => throw null!;
        public BicepList<WritableSubResource> OutboundRules => throw null!;
        public LoadBalancer? Parent { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<BackendAddressSyncMode> SyncMode { get => throw null!; set => throw null!; }
        public BicepList<GatewayLoadBalancerTunnelInterface> TunnelInterfaces { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> VirtualNetworkId { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    /// <summary>Minimal stand-in: only the members needed by the facade's subset.</summary>
    public class FlowLog : ProvisionableResource
    {
        public FlowLog(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static FlowLog FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepValue<bool> Enabled { get => throw null!; set => throw null!; }
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<AzureLocation> Location { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public NetworkWatcher? Parent { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<ResourceIdentifier> StorageId { get => throw null!; set => throw null!; }
        public BicepDictionary<string> Tags { get => throw null!; set => throw null!; }
        public BicepValue<Guid> TargetResourceGuid => throw null!;
        public BicepValue<ResourceIdentifier> TargetResourceId { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class FrontendIPConfiguration : ProvisionableResource
    {
        public FrontendIPConfiguration(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static FrontendIPConfiguration FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> GatewayLoadBalancerId => throw null!;
        public BicepValue<ResourceIdentifier> Id => throw null!;
        public BicepList<WritableSubResource> InboundNatPools => throw null!;
        public BicepList<WritableSubResource> InboundNatRules => throw null!;
        public BicepList<WritableSubResource> LoadBalancingRules => throw null!;
        public BicepValue<string> Name => throw null!;
        public BicepList<WritableSubResource> OutboundRules => throw null!;
        public LoadBalancer? Parent { get => throw null!; set => throw null!; }
        public BicepValue<string> PrivateIPAddress => throw null!;
        public BicepValue<NetworkIPVersion> PrivateIPAddressVersion => throw null!;
        public BicepValue<NetworkIPAllocationMethod> PrivateIPAllocationMethod => throw null!;
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public PublicIPAddress PublicIPAddress => throw null!;
        public BicepValue<ResourceIdentifier> PublicIPPrefixId => throw null!;
        public SubnetResource Subnet => throw null!;
        public BicepList<string> Zones => throw null!;
        protected override void DefineProvisionableProperties() { }
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class InboundNatRule : ProvisionableResource
    {
        public InboundNatRule(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static InboundNatRule FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepValue<ResourceIdentifier> BackendAddressPoolId { get => throw null!; set => throw null!; }
        public NetworkInterfaceIPConfiguration BackendIPConfiguration => throw null!;
        public BicepValue<int> BackendPort { get => throw null!; set => throw null!; }
        public BicepValue<bool> EnableFloatingIP { get => throw null!; set => throw null!; }
        public BicepValue<bool> EnableTcpReset { get => throw null!; set => throw null!; }
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> FrontendIPConfigurationId { get => throw null!; set => throw null!; }
        public BicepValue<int> FrontendPort { get => throw null!; set => throw null!; }
        public BicepValue<int> FrontendPortRangeEnd { get => throw null!; set => throw null!; }
        public BicepValue<int> FrontendPortRangeStart { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<int> IdleTimeoutInMinutes { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public LoadBalancer? Parent { get => throw null!; set => throw null!; }
        public BicepValue<LoadBalancingTransportProtocol> Protocol { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        protected override void DefineProvisionableProperties() { }
        public override ResourceNameRequirements GetResourceNameRequirements() => throw null!;
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class LoadBalancer : ProvisionableResource
    {
        public LoadBalancer(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static LoadBalancer FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepList<BackendAddressPool> BackendAddressPools { get => throw null!; set => throw null!; }
        public BicepValue<ETag> ETag => throw null!;
        public ExtendedAzureLocation ExtendedLocation { get => throw null!; set => throw null!; }
        public BicepList<FrontendIPConfiguration> FrontendIPConfigurations { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepList<LoadBalancerInboundNatPool> InboundNatPools { get => throw null!; set => throw null!; }
        public BicepList<InboundNatRule> InboundNatRules { get => throw null!; set => throw null!; }
        public BicepList<LoadBalancingRule> LoadBalancingRules { get => throw null!; set => throw null!; }
        public BicepValue<AzureLocation> Location { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepList<OutboundRule> OutboundRules { get => throw null!; set => throw null!; }
        public BicepList<ProbeResource> Probes { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<Guid> ResourceGuid => throw null!;
        public BicepValue<LoadBalancerScope> Scope { get => throw null!; set => throw null!; }
        public LoadBalancerSku Sku { get => throw null!; set => throw null!; }
        public BicepDictionary<string> Tags { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public override ResourceNameRequirements GetResourceNameRequirements() => throw null!;
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class LoadBalancingRule : ProvisionableResource
    {
        public LoadBalancingRule(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static LoadBalancingRule FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id => throw null!;
        public BicepValue<string> Name => throw null!;
        public LoadBalancer? Parent { get => throw null!; set => throw null!; }
        public LoadBalancingRuleProperties Properties => throw null!;
        protected override void DefineProvisionableProperties() { }
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class NatGateway : ProvisionableResource
    {
        public NatGateway(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static NatGateway FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<int> IdleTimeoutInMinutes { get => throw null!; set => throw null!; }
        public BicepValue<AzureLocation> Location { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepList<WritableSubResource> PublicIPAddresses { get => throw null!; set => throw null!; }
        public BicepList<WritableSubResource> PublicIPAddressesV6 { get => throw null!; set => throw null!; }
        public BicepList<WritableSubResource> PublicIPPrefixes { get => throw null!; set => throw null!; }
        public BicepList<WritableSubResource> PublicIPPrefixesV6 { get => throw null!; set => throw null!; }
        public BicepValue<Guid> ResourceGuid => throw null!;
        public BicepValue<ResourceIdentifier> ServiceGatewayId { get => throw null!; set => throw null!; }
        public BicepValue<NatGatewaySkuName> SkuName { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> SourceVirtualNetworkId { get => throw null!; set => throw null!; }
        public BicepList<WritableSubResource> Subnets => throw null!;
        public BicepDictionary<string> Tags { get => throw null!; set => throw null!; }
        public BicepList<string> Zones { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class NetworkInterface : ProvisionableResource
    {
        public NetworkInterface(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static NetworkInterface FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepValue<NetworkInterfaceAuxiliaryMode> AuxiliaryMode { get => throw null!; set => throw null!; }
        public BicepValue<NetworkInterfaceAuxiliarySku> AuxiliarySku { get => throw null!; set => throw null!; }
        public BicepValue<bool> DefaultOutboundConnectivityEnabled => throw null!;
        public BicepValue<bool> DisableTcpStateTracking { get => throw null!; set => throw null!; }
        public NetworkInterfaceDnsSettings DnsSettings { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> DscpConfigurationId => throw null!;
        public BicepValue<bool> EnableAcceleratedNetworking { get => throw null!; set => throw null!; }
        public BicepValue<bool> EnableIPForwarding { get => throw null!; set => throw null!; }
        public BicepValue<ETag> ETag => throw null!;
        public ExtendedAzureLocation ExtendedLocation { get => throw null!; set => throw null!; }
        public BicepList<string> HostedWorkloads => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepList<NetworkInterfaceIPConfiguration> IPConfigurations { get => throw null!; set => throw null!; }
        public BicepValue<AzureLocation> Location { get => throw null!; set => throw null!; }
        public BicepValue<string> MacAddress => throw null!;
        public BicepValue<NetworkInterfaceMigrationPhase> MigrationPhase { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public NetworkSecurityGroup NetworkSecurityGroup { get => throw null!; set => throw null!; }
        public BicepValue<NetworkInterfaceNicType> NicType { get => throw null!; set => throw null!; }
        public BicepValue<bool> Primary => throw null!;
        public PrivateEndpoint PrivateEndpoint => throw null!;
        public PrivateLinkService PrivateLinkService { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<Guid> ResourceGuid => throw null!;
        public BicepDictionary<string> Tags { get => throw null!; set => throw null!; }
        public BicepList<NetworkInterfaceTapConfiguration> TapConfigurations => throw null!;
        public BicepValue<ResourceIdentifier> VirtualMachineId => throw null!;
        public BicepValue<bool> VnetEncryptionSupported => throw null!;
        public BicepValue<string> WorkloadType { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public override ResourceNameRequirements GetResourceNameRequirements() => throw null!;
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class NetworkInterfaceIPConfiguration : ProvisionableResource
    {
        public NetworkInterfaceIPConfiguration(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static NetworkInterfaceIPConfiguration FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepList<ApplicationGatewayBackendAddressPool> ApplicationGatewayBackendAddressPools => throw null!;
        public BicepList<ApplicationSecurityGroup> ApplicationSecurityGroups => throw null!;
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> GatewayLoadBalancerId => throw null!;
        public BicepValue<ResourceIdentifier> Id => throw null!;
        public BicepList<BackendAddressPool> LoadBalancerBackendAddressPools => throw null!;
        public BicepList<InboundNatRule> LoadBalancerInboundNatRules => throw null!;
        public BicepValue<string> Name => throw null!;
        public NetworkInterface? Parent { get => throw null!; set => throw null!; }
        public BicepValue<bool> Primary => throw null!;
        public BicepValue<string> PrivateIPAddress => throw null!;
        public BicepValue<int> PrivateIPAddressPrefixLength => throw null!;
        public BicepValue<NetworkIPVersion> PrivateIPAddressVersion => throw null!;
        public BicepValue<NetworkIPAllocationMethod> PrivateIPAllocationMethod => throw null!;
        public NetworkInterfaceIPConfigurationPrivateLinkConnectionProperties PrivateLinkConnectionProperties => throw null!;
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public PublicIPAddress PublicIPAddress => throw null!;
        public SubnetResource Subnet => throw null!;
        public BicepList<VirtualNetworkTap> VirtualNetworkTaps => throw null!;
        protected override void DefineProvisionableProperties() { }
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class NetworkInterfaceTapConfiguration : ProvisionableResource
    {
        public NetworkInterfaceTapConfiguration(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static NetworkInterfaceTapConfiguration FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public NetworkInterface? Parent { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public VirtualNetworkTap VirtualNetworkTap { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class NetworkSecurityGroup : ProvisionableResource
    {
        public NetworkSecurityGroup(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static NetworkSecurityGroup FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepList<SecurityRule> DefaultSecurityRules => throw null!;
        public BicepValue<ETag> ETag => throw null!;
        public BicepList<FlowLog> FlowLogs => throw null!;
        public BicepValue<bool> FlushConnection { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<AzureLocation> Location { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepList<NetworkInterface> NetworkInterfaces => throw null!;
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<Guid> ResourceGuid => throw null!;
        public BicepList<SecurityRule> SecurityRules { get => throw null!; set => throw null!; }
        public BicepList<SubnetResource> Subnets => throw null!;
        public BicepDictionary<string> Tags { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public override ResourceNameRequirements GetResourceNameRequirements() => throw null!;
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class NetworkWatcher : ProvisionableResource
    {
        public NetworkWatcher(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static NetworkWatcher FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<AzureLocation> Location { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepDictionary<string> Tags { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public override ResourceNameRequirements GetResourceNameRequirements() => throw null!;
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class OutboundRule : ProvisionableResource
    {
        public OutboundRule(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static OutboundRule FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepValue<int> AllocatedOutboundPorts => throw null!;
        public BicepValue<ResourceIdentifier> BackendAddressPoolId => throw null!;
        public BicepValue<bool> EnableTcpReset => throw null!;
        public BicepValue<ETag> ETag => throw null!;
        public BicepList<WritableSubResource> FrontendIPConfigurations => throw null!;
        public BicepValue<ResourceIdentifier> Id => throw null!;
        public BicepValue<int> IdleTimeoutInMinutes => throw null!;
        public BicepValue<string> Name => throw null!;
        public LoadBalancer? Parent { get => throw null!; set => throw null!; }
        public BicepValue<LoadBalancerOutboundRuleProtocol> Protocol => throw null!;
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        protected override void DefineProvisionableProperties() { }
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    /// <summary>Minimal stand-in: the listing's model-typed members (IP configurations, DNS configs, connections) are omitted.</summary>
    public class PrivateEndpoint : ProvisionableResource
    {
        public PrivateEndpoint(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static PrivateEndpoint FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepList<ApplicationSecurityGroup> ApplicationSecurityGroups { get => throw null!; set => throw null!; }
        public BicepValue<string> CustomNetworkInterfaceName { get => throw null!; set => throw null!; }
        public BicepValue<ETag> ETag => throw null!;
        public ExtendedAzureLocation ExtendedLocation { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<PrivateEndpointIPVersionType> IPVersionType { get => throw null!; set => throw null!; }
        public BicepValue<AzureLocation> Location { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepList<NetworkInterface> NetworkInterfaces => throw null!;
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public SubnetResource Subnet { get => throw null!; set => throw null!; }
        public BicepDictionary<string> Tags { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public override ResourceNameRequirements GetResourceNameRequirements() => throw null!;
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    /// <summary>Minimal stand-in: the listing's IP-configuration and connection members are omitted.</summary>
    public class PrivateLinkService : ProvisionableResource
    {
        public PrivateLinkService(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static PrivateLinkService FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepValue<PrivateLinkServiceAccessMode> AccessMode { get => throw null!; set => throw null!; }
        public BicepValue<string> Alias => throw null!;
        public BicepList<string> AutoApprovalSubscriptions { get => throw null!; set => throw null!; }
        public BicepValue<string> DestinationIPAddress { get => throw null!; set => throw null!; }
        public BicepValue<bool> EnableProxyProtocol { get => throw null!; set => throw null!; }
        public BicepValue<ETag> ETag => throw null!;
        public ExtendedAzureLocation ExtendedLocation { get => throw null!; set => throw null!; }
        public BicepList<string> Fqdns { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepList<FrontendIPConfiguration> LoadBalancerFrontendIPConfigurations { get => throw null!; set => throw null!; }
        public BicepValue<AzureLocation> Location { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepList<NetworkInterface> NetworkInterfaces => throw null!;
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepDictionary<string> Tags { get => throw null!; set => throw null!; }
        public BicepList<string> VisibilitySubscriptions { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public override ResourceNameRequirements GetResourceNameRequirements() => throw null!;
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class ProbeResource : ProvisionableResource
    {
        public ProbeResource(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static ProbeResource FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id => throw null!;
        public BicepValue<int> IntervalInSeconds => throw null!;
        public BicepList<WritableSubResource> LoadBalancingRules => throw null!;
        public BicepValue<string> Name => throw null!;
        public BicepValue<ProbeNoHealthyBackendsBehavior> NoHealthyBackendsBehavior => throw null!;
        public BicepValue<int> NumberOfProbes => throw null!;
        public LoadBalancer? Parent { get => throw null!; set => throw null!; }
        public BicepValue<int> Port => throw null!;
        public BicepValue<int> ProbeThreshold => throw null!;
        public BicepValue<ProbeProtocol> Protocol => throw null!;
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<string> RequestPath => throw null!;
        protected override void DefineProvisionableProperties() { }
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class PublicIPAddress : ProvisionableResource
    {
        public PublicIPAddress(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static PublicIPAddress FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public DdosSettings DdosSettings { get => throw null!; set => throw null!; }
        public BicepValue<IPAddressDeleteOption> DeleteOption { get => throw null!; set => throw null!; }
        public PublicIPAddressDnsSettings DnsSettings { get => throw null!; set => throw null!; }
        public BicepValue<ETag> ETag => throw null!;
        public ExtendedAzureLocation ExtendedLocation { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<int> IdleTimeoutInMinutes { get => throw null!; set => throw null!; }
        public BicepValue<string> IPAddress { get => throw null!; set => throw null!; }
        public NetworkIPConfiguration IPConfiguration => throw null!;
        public BicepList<IPTag> IPTags { get => throw null!; set => throw null!; }
        public PublicIPAddress LinkedPublicIPAddress { get => throw null!; set => throw null!; }
        public BicepValue<AzureLocation> Location { get => throw null!; set => throw null!; }
        public BicepValue<PublicIPAddressMigrationPhase> MigrationPhase { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public NatGateway NatGateway { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<NetworkIPVersion> PublicIPAddressVersion { get => throw null!; set => throw null!; }
        public BicepValue<NetworkIPAllocationMethod> PublicIPAllocationMethod { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> PublicIPPrefixId { get => throw null!; set => throw null!; }
        public BicepValue<Guid> ResourceGuid => throw null!;
        public PublicIPAddress ServicePublicIPAddress { get => throw null!; set => throw null!; }
        public PublicIPAddressSku Sku { get => throw null!; set => throw null!; }
        public BicepDictionary<string> Tags { get => throw null!; set => throw null!; }
        public BicepList<string> Zones { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public override ResourceNameRequirements GetResourceNameRequirements() => throw null!;
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class RouteResource : ProvisionableResource
    {
        public RouteResource(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static RouteResource FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepValue<string> AddressPrefix { get => throw null!; set => throw null!; }
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<bool> HasBgpOverride { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepValue<string> NextHopIPAddress { get => throw null!; set => throw null!; }
        public BicepValue<RouteNextHopType> NextHopType { get => throw null!; set => throw null!; }
        public RouteTable? Parent { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        protected override void DefineProvisionableProperties() { }
        public override ResourceNameRequirements GetResourceNameRequirements() => throw null!;
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class RouteTable : ProvisionableResource
    {
        public RouteTable(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static RouteTable FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepValue<bool> DisableBgpRoutePropagation { get => throw null!; set => throw null!; }
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<AzureLocation> Location { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<Guid> ResourceGuid => throw null!;
        public BicepList<RouteResource> Routes { get => throw null!; set => throw null!; }
        public BicepList<SubnetResource> Subnets => throw null!;
        public BicepDictionary<string> Tags { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public override ResourceNameRequirements GetResourceNameRequirements() => throw null!;
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class SecurityRule : ProvisionableResource
    {
        public SecurityRule(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static SecurityRule FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepValue<SecurityRuleAccess> Access { get => throw null!; set => throw null!; }
        public BicepValue<string> Description { get => throw null!; set => throw null!; }
        public BicepValue<string> DestinationAddressPrefix { get => throw null!; set => throw null!; }
        public BicepList<string> DestinationAddressPrefixes { get => throw null!; set => throw null!; }
        public BicepList<ApplicationSecurityGroup> DestinationApplicationSecurityGroups { get => throw null!; set => throw null!; }
        public BicepValue<string> DestinationPortRange { get => throw null!; set => throw null!; }
        public BicepList<string> DestinationPortRanges { get => throw null!; set => throw null!; }
        public BicepValue<SecurityRuleDirection> Direction { get => throw null!; set => throw null!; }
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public NetworkSecurityGroup? Parent { get => throw null!; set => throw null!; }
        public BicepValue<int> Priority { get => throw null!; set => throw null!; }
        public BicepValue<SecurityRuleProtocol> Protocol { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<string> SourceAddressPrefix { get => throw null!; set => throw null!; }
        public BicepList<string> SourceAddressPrefixes { get => throw null!; set => throw null!; }
        public BicepList<ApplicationSecurityGroup> SourceApplicationSecurityGroups { get => throw null!; set => throw null!; }
        public BicepValue<string> SourcePortRange { get => throw null!; set => throw null!; }
        public BicepList<string> SourcePortRanges { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public override ResourceNameRequirements GetResourceNameRequirements() => throw null!;
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    /// <summary>Minimal stand-in: policy definitions are omitted.</summary>
    public class ServiceEndpointPolicy : ProvisionableResource
    {
        public ServiceEndpointPolicy(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static ServiceEndpointPolicy FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepList<string> ContextualServiceEndpointPolicies { get => throw null!; set => throw null!; }
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<string> Kind => throw null!;
        public BicepValue<AzureLocation> Location { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<Guid> ResourceGuid => throw null!;
        public BicepValue<string> ServiceAlias { get => throw null!; set => throw null!; }
        public BicepList<SubnetResource> Subnets => throw null!;
        public BicepDictionary<string> Tags { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public override ResourceNameRequirements GetResourceNameRequirements() => throw null!;
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class SubnetResource : ProvisionableResource
    {
        public SubnetResource(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static SubnetResource FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepValue<string> AddressPrefix { get => throw null!; set => throw null!; }
        public BicepList<string> AddressPrefixes { get => throw null!; set => throw null!; }
        public BicepList<ApplicationGatewayIPConfiguration> ApplicationGatewayIPConfigurations { get => throw null!; set => throw null!; }
        public BicepValue<bool> DefaultOutboundAccess { get => throw null!; set => throw null!; }
        public BicepList<ServiceDelegation> Delegations { get => throw null!; set => throw null!; }
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepList<WritableSubResource> IPAllocations { get => throw null!; set => throw null!; }
        public BicepList<IpamPoolPrefixAllocation> IpamPoolPrefixAllocations { get => throw null!; set => throw null!; }
        public BicepList<NetworkIPConfigurationProfile> IPConfigurationProfiles => throw null!;
        public BicepList<NetworkIPConfiguration> IPConfigurations => throw null!;
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> NatGatewayId { get => throw null!; set => throw null!; }
        public NetworkSecurityGroup NetworkSecurityGroup { get => throw null!; set => throw null!; }
        public VirtualNetwork? Parent { get => throw null!; set => throw null!; }
        public BicepValue<VirtualNetworkPrivateEndpointNetworkPolicy> PrivateEndpointNetworkPolicy { get => throw null!; set => throw null!; }
        public BicepList<PrivateEndpoint> PrivateEndpoints => throw null!;
        public BicepValue<VirtualNetworkPrivateLinkServiceNetworkPolicy> PrivateLinkServiceNetworkPolicy { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<string> Purpose => throw null!;
        public BicepList<ResourceNavigationLink> ResourceNavigationLinks => throw null!;
        public RouteTable RouteTable { get => throw null!; set => throw null!; }
        public BicepList<ServiceAssociationLink> ServiceAssociationLinks => throw null!;
        public BicepList<ServiceEndpointPolicy> ServiceEndpointPolicies { get => throw null!; set => throw null!; }
        public BicepList<ServiceEndpointProperties> ServiceEndpoints { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> ServiceGatewayId { get => throw null!; set => throw null!; }
        public BicepValue<SharingScope> SharingScope { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public override ResourceNameRequirements GetResourceNameRequirements() => throw null!;
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class VirtualNetwork : ProvisionableResource
    {
        public VirtualNetwork(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static VirtualNetwork FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public VirtualNetworkAddressSpace AddressSpace { get => throw null!; set => throw null!; }
        public VirtualNetworkBgpCommunities BgpCommunities { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> DdosProtectionPlanId { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> DefaultPublicNatGatewayId => throw null!;
        public BicepList<string> DhcpOptionsDnsServers { get => throw null!; set => throw null!; }
        public BicepValue<bool> EnableDdosProtection { get => throw null!; set => throw null!; }
        public BicepValue<bool> EnableVmProtection { get => throw null!; set => throw null!; }
        public VirtualNetworkEncryption Encryption { get => throw null!; set => throw null!; }
        public BicepValue<ETag> ETag => throw null!;
        public ExtendedAzureLocation ExtendedLocation { get => throw null!; set => throw null!; }
        public BicepList<FlowLog> FlowLogs => throw null!;
        public BicepValue<int> FlowTimeoutInMinutes { get => throw null!; set => throw null!; }
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepList<WritableSubResource> IPAllocations { get => throw null!; set => throw null!; }
        public BicepValue<AzureLocation> Location { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepValue<PrivateEndpointVnetPolicy> PrivateEndpointVnetPolicy { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<Guid> ResourceGuid => throw null!;
        public BicepList<SubnetResource> Subnets { get => throw null!; set => throw null!; }
        public BicepDictionary<string> Tags { get => throw null!; set => throw null!; }
        public BicepList<VirtualNetworkPeering> VirtualNetworkPeerings { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public override ResourceNameRequirements GetResourceNameRequirements() => throw null!;
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class VirtualNetworkPeering : ProvisionableResource
    {
        public VirtualNetworkPeering(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static VirtualNetworkPeering FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public BicepValue<bool> AllowForwardedTraffic { get => throw null!; set => throw null!; }
        public BicepValue<bool> AllowGatewayTransit { get => throw null!; set => throw null!; }
        public BicepValue<bool> AllowVirtualNetworkAccess { get => throw null!; set => throw null!; }
        public BicepValue<bool> AreCompleteVnetsPeered { get => throw null!; set => throw null!; }
        public BicepValue<bool> DoNotVerifyRemoteGateways { get => throw null!; set => throw null!; }
        public BicepValue<bool> EnableOnlyIPv6Peering { get => throw null!; set => throw null!; }
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public VirtualNetworkAddressSpace LocalAddressSpace { get => throw null!; set => throw null!; }
        public BicepList<string> LocalSubnetNames { get => throw null!; set => throw null!; }
        public VirtualNetworkAddressSpace LocalVirtualNetworkAddressSpace { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public VirtualNetwork? Parent { get => throw null!; set => throw null!; }
        public BicepValue<VirtualNetworkPeeringState> PeeringState { get => throw null!; set => throw null!; }
        public BicepValue<VirtualNetworkPeeringLevel> PeeringSyncLevel { get => throw null!; set => throw null!; }
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public VirtualNetworkAddressSpace RemoteAddressSpace { get => throw null!; set => throw null!; }
        public VirtualNetworkBgpCommunities RemoteBgpCommunities { get => throw null!; set => throw null!; }
        public BicepList<string> RemoteSubnetNames { get => throw null!; set => throw null!; }
        public VirtualNetworkAddressSpace RemoteVirtualNetworkAddressSpace { get => throw null!; set => throw null!; }
        public VirtualNetworkEncryption RemoteVirtualNetworkEncryption => throw null!;
        public BicepValue<ResourceIdentifier> RemoteVirtualNetworkId { get => throw null!; set => throw null!; }
        public BicepValue<Guid> ResourceGuid => throw null!;
        public BicepValue<bool> UseRemoteGateways { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public override ResourceNameRequirements GetResourceNameRequirements() => throw null!;
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }

    public class VirtualNetworkTap : ProvisionableResource
    {
        public VirtualNetworkTap(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public static VirtualNetworkTap FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public FrontendIPConfiguration DestinationLoadBalancerFrontEndIPConfiguration { get => throw null!; set => throw null!; }
        public NetworkInterfaceIPConfiguration DestinationNetworkInterfaceIPConfiguration { get => throw null!; set => throw null!; }
        public BicepValue<int> DestinationPort { get => throw null!; set => throw null!; }
        public BicepValue<ETag> ETag => throw null!;
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        public BicepValue<AzureLocation> Location { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepList<NetworkInterfaceTapConfiguration> NetworkInterfaceTapConfigurations => throw null!;
        public BicepValue<NetworkProvisioningState> ProvisioningState => throw null!;
        public BicepValue<Guid> ResourceGuid => throw null!;
        public BicepDictionary<string> Tags { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public static class ResourceVersions
        {
            public static readonly string V2023_09_01 = "2023-09-01";
            public static readonly string V2024_01_01 = "2024-01-01";
            public static readonly string V2024_05_01 = "2024-05-01";
            public static readonly string V2024_07_01 = "2024-07-01";
            public static readonly string V2025_01_01 = "2025-01-01";
            public static readonly string V2025_05_01 = "2025-05-01";
        }
    }
}

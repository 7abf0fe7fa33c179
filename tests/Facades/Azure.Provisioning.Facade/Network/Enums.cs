// Compile-only stand-in for Azure.Provisioning.Network 1.0.0-beta.2: enums (plain C# enums, explicit values).
namespace Azure.Provisioning.Network
{
    public enum BackendAddressSyncMode { Automatic = 0, Manual = 1 }
    public enum DdosSettingsProtectionMode { VirtualNetworkInherited = 0, Enabled = 1, Disabled = 2 }
    public enum GatewayLoadBalancerTunnelInterfaceType { None = 0, Internal = 1, External = 2 }
    public enum GatewayLoadBalancerTunnelProtocol { None = 0, Native = 1, Vxlan = 2 }
    public enum IPAddressDeleteOption { Delete = 0, Detach = 1 }
    public enum LoadBalancerBackendAddressAdminState { Drain = 0, None = 1, Up = 2, Down = 3 }
    public enum LoadBalancerOutboundRuleProtocol { Tcp = 0, Udp = 1, All = 2 }
    public enum LoadBalancerScope { Public = 0, Private = 1 }
    public enum LoadBalancerSkuName { Basic = 0, Standard = 1, Gateway = 2 }
    public enum LoadBalancerSkuTier { Regional = 0, Global = 1 }
    public enum LoadBalancingTransportProtocol { Udp = 0, Tcp = 1, All = 2, Quic = 3 }
    public enum LoadDistribution { Default = 0, SourceIP = 1, SourceIPProtocol = 2 }
    public enum NatGatewaySkuName { Standard = 0, StandardV2 = 1 }
    public enum NetworkInterfaceAuxiliaryMode { None = 0, MaxConnections = 1, Floating = 2, AcceleratedConnections = 3 }
    public enum NetworkInterfaceAuxiliarySku { None = 0, A1 = 1, A2 = 2, A4 = 3, A8 = 4 }
    public enum NetworkInterfaceMigrationPhase { None = 0, Prepare = 1, Commit = 2, Abort = 3, Committed = 4 }
    public enum NetworkInterfaceNicType { Standard = 0, Elastic = 1 }
    public enum NetworkIPAllocationMethod { Static = 0, Dynamic = 1 }
    public enum NetworkIPVersion { IPv4 = 0, IPv6 = 1 }
    public enum NetworkProvisioningState { Failed = 0, Succeeded = 1, Canceled = 2, Creating = 3, Updating = 4, Deleting = 5 }
    public enum PrivateEndpointIPVersionType { IPv4 = 0, IPv6 = 1, DualStack = 2 }
    public enum PrivateEndpointVnetPolicy { Disabled = 0, Basic = 1 }
    public enum PrivateLinkServiceAccessMode { Default = 0, Restricted = 1 }
    public enum ProbeNoHealthyBackendsBehavior { AllProbedDown = 0, AllProbedUp = 1 }
    public enum ProbeProtocol { Http = 0, Tcp = 1, Https = 2 }
    public enum PublicIPAddressDnsSettingsDomainNameLabelScope { TenantReuse = 0, SubscriptionReuse = 1, ResourceGroupReuse = 2, NoReuse = 3 }
    public enum PublicIPAddressMigrationPhase { None = 0, Prepare = 1, Commit = 2, Abort = 3, Committed = 4 }
    public enum PublicIPAddressSkuName { Basic = 0, Standard = 1, StandardV2 = 2 }
    public enum PublicIPAddressSkuTier { Regional = 0, Global = 1 }
    public enum RouteNextHopType { VirtualNetworkGateway = 0, VnetLocal = 1, Internet = 2, VirtualAppliance = 3, None = 4 }
    public enum SecurityRuleAccess { Allow = 0, Deny = 1 }
    public enum SecurityRuleDirection { Inbound = 0, Outbound = 1 }
    public enum SecurityRuleProtocol
    {
        Tcp = 0,
        Udp = 1,
        Icmp = 2,
        Esp = 3,
        /// <summary>Serialised as "*" (any protocol).</summary>
        Asterisk = 4,
        Ah = 5,
    }
    public enum SharingScope { Tenant = 0, DelegatedServices = 1 }
    public enum VirtualNetworkEncryptionEnforcement { DropUnencrypted = 0, AllowUnencrypted = 1 }
    public enum VirtualNetworkPeeringLevel { FullyInSync = 0, RemoteNotInSync = 1, LocalNotInSync = 2, LocalAndRemoteNotInSync = 3 }
    public enum VirtualNetworkPeeringState { Initiated = 0, Connected = 1, Disconnected = 2 }
    public enum VirtualNetworkPrivateEndpointNetworkPolicy { Enabled = 0, Disabled = 1, NetworkSecurityGroupEnabled = 2, RouteTableEnabled = 3 }
    public enum VirtualNetworkPrivateLinkServiceNetworkPolicy { Enabled = 0, Disabled = 1 }
}

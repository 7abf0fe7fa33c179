using System.Collections.Generic;
using System.Collections.Immutable;

namespace AzLbNsgAnalyzers.Model;

/// <summary>Base of every modelled Azure object: a name for messages and where it was created.</summary>
public abstract class ResourceModel
{
    protected ResourceModel(string displayName, Origin origin)
    {
        DisplayName = displayName;
        Origin = origin;
    }

    public string DisplayName { get; }

    public Origin Origin { get; }

    /// <summary>
    /// True when the object may be changed or completed by code the analysis cannot see
    /// (FromExisting, handed to an unknown method, a loop summary). Absence facts about it are then Unknown.
    /// </summary>
    public bool IsOpen { get; internal set; }

    /// <summary>Its Id was handed to a resource the analysis does not model (a VM scale set, a private endpoint...).</summary>
    public bool ReferencedByUnmodelled { get; internal set; }

    public override string ToString() => DisplayName;
}

public sealed class NetworkSecurityGroupModel : ResourceModel
{
    public NetworkSecurityGroupModel(string displayName, Origin origin)
        : base(displayName, origin)
    {
    }

    /// <summary>Custom rules, inline and Parent-linked together.</summary>
    public List<SecurityRuleModel> Rules { get; } = new();

    /// <summary>False when some rules may exist that the analysis cannot see.</summary>
    public bool RulesComplete { get; internal set; } = true;

    /// <summary>Built by Aspire's fluent API (AddNetworkSecurityGroup, or a subnet's shorthand rules), not by Azure.Provisioning objects.</summary>
    public bool IsAspire { get; internal set; }

    /// <summary>The evaluator's rules in evaluation order, kept with the rule count they were made for (read by several rules).</summary>
    internal object? EvaluationOrder { get; set; }
}

public sealed class VirtualNetworkModel : ResourceModel
{
    public VirtualNetworkModel(string displayName, Origin origin)
        : base(displayName, origin)
    {
    }

    /// <summary>Address spaces (AddressSpace.AddressPrefixes), Unknown if any is not constant.</summary>
    public Known<ImmutableArray<string>> AddressSpaces { get; internal set; } = Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty);

    public List<SubnetModel> Subnets { get; } = new();
}

public sealed class SubnetModel : ResourceModel
{
    public SubnetModel(string displayName, Origin origin)
        : base(displayName, origin)
    {
    }

    public Known<VirtualNetworkModel?> VirtualNetwork { get; internal set; } = Known<VirtualNetworkModel?>.Of(null);

    /// <summary>AddressPrefix and AddressPrefixes together; Unknown if any is not constant.</summary>
    public Known<ImmutableArray<string>> AddressPrefixes { get; internal set; } = Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty);

    /// <summary>The associated NSG: null when known to have none, Unknown when not visible.</summary>
    public Known<NetworkSecurityGroupModel?> NetworkSecurityGroup { get; internal set; } = Known<NetworkSecurityGroupModel?>.Of(null);

    /// <summary>The evaluation's memo of the addresses of <see cref="AddressPrefixes"/> (read by several rules).</summary>
    internal object? AddressesMemo { get; set; }
}

public sealed class NetworkInterfaceModel : ResourceModel
{
    public NetworkInterfaceModel(string displayName, Origin origin)
        : base(displayName, origin)
    {
    }

    public Known<NetworkSecurityGroupModel?> NetworkSecurityGroup { get; internal set; } = Known<NetworkSecurityGroupModel?>.Of(null);

    public List<IpConfigurationModel> IpConfigurations { get; } = new();
}

public sealed class IpConfigurationModel : ResourceModel
{
    public IpConfigurationModel(string displayName, Origin origin)
        : base(displayName, origin)
    {
    }

    public NetworkInterfaceModel? NetworkInterface { get; internal set; }

    public Known<SubnetModel?> Subnet { get; internal set; } = Known<SubnetModel?>.Of(null);

    /// <summary>The private IP: null when dynamic/unset (any address of the subnet), Unknown when not constant.</summary>
    public Known<string?> PrivateIpAddress { get; internal set; } = Known<string?>.Of(null);

    /// <summary>Backend pools joined; an Unknown entry is a pool the analysis cannot resolve.</summary>
    public List<Known<BackendPoolModel>> BackendPools { get; } = new();

    /// <summary>Inbound NAT rules that name this IP configuration; an Unknown entry is one the analysis cannot resolve.</summary>
    public List<Known<InboundNatRuleModel>> InboundNatRules { get; } = new();
}

public sealed class PublicIpModel : ResourceModel
{
    public PublicIpModel(string displayName, Origin origin)
        : base(displayName, origin)
    {
    }

    /// <summary>The SKU name: null when unset.</summary>
    public Known<SkuName?> Sku { get; internal set; } = Known<SkuName?>.Of(null);
}

public sealed class LoadBalancerModel : ResourceModel
{
    public LoadBalancerModel(string displayName, Origin origin)
        : base(displayName, origin)
    {
    }

    /// <summary>The SKU name: null when unset.</summary>
    public Known<SkuName?> Sku { get; internal set; } = Known<SkuName?>.Of(null);

    public List<FrontendModel> Frontends { get; } = new();

    public List<BackendPoolModel> BackendPools { get; } = new();

    public List<ProbeModel> Probes { get; } = new();

    public List<LbRuleModel> Rules { get; } = new();

    public List<InboundNatRuleModel> InboundNatRules { get; } = new();
}

public sealed class FrontendModel : ResourceModel
{
    public FrontendModel(string displayName, Origin origin)
        : base(displayName, origin)
    {
    }

    public LoadBalancerModel? LoadBalancer { get; internal set; }

    public Known<SubnetModel?> Subnet { get; internal set; } = Known<SubnetModel?>.Of(null);

    public Known<string?> PrivateIpAddress { get; internal set; } = Known<string?>.Of(null);

    /// <summary>The public IP: null when the frontend is private, Unknown when its reference cannot be resolved.</summary>
    public Known<PublicIpModel?> PublicIp { get; internal set; } = Known<PublicIpModel?>.Of(null);

    /// <summary>Known true for a public frontend, false for a private one.</summary>
    public Known<bool> IsPublic { get; internal set; } = Known<bool>.Unknown;
}

public sealed class BackendPoolModel : ResourceModel
{
    public BackendPoolModel(string displayName, Origin origin)
        : base(displayName, origin)
    {
    }

    public LoadBalancerModel? LoadBalancer { get; internal set; }

    /// <summary>IP-based members (LoadBalancerBackendAddress).</summary>
    public List<BackendAddressModel> Addresses { get; } = new();
}

public sealed class BackendAddressModel : ResourceModel
{
    public BackendAddressModel(string displayName, Origin origin)
        : base(displayName, origin)
    {
    }

    public Known<string?> IpAddress { get; internal set; } = Known<string?>.Of(null);
}

public sealed class ProbeModel : ResourceModel
{
    public ProbeModel(string displayName, Origin origin)
        : base(displayName, origin)
    {
    }

    public Known<int> Port { get; internal set; } = Known<int>.Unknown;

    public Known<ProbeProtocolKind> Protocol { get; internal set; } = Known<ProbeProtocolKind>.Unknown;
}

public sealed class LbRuleModel : ResourceModel
{
    public LbRuleModel(string displayName, Origin origin)
        : base(displayName, origin)
    {
    }

    public LoadBalancerModel? LoadBalancer { get; internal set; }

    public Known<LbTransportProtocol> Protocol { get; internal set; } = Known<LbTransportProtocol>.Unknown;

    public Known<int> FrontendPort { get; internal set; } = Known<int>.Unknown;

    public Known<int> BackendPort { get; internal set; } = Known<int>.Unknown;

    /// <summary>The frontend: null when unset, Unknown when unresolved.</summary>
    public Known<FrontendModel?> Frontend { get; internal set; } = Known<FrontendModel?>.Of(null);

    /// <summary>Pools (BackendAddressPoolId and BackendAddressPools together).</summary>
    public List<Known<BackendPoolModel>> BackendPools { get; } = new();

    /// <summary>The probe: null when none, Unknown when unresolved.</summary>
    public Known<ProbeModel?> Probe { get; internal set; } = Known<ProbeModel?>.Of(null);

    public Known<bool> EnableFloatingIp { get; internal set; } = Known<bool>.Of(false);
}

public sealed class InboundNatRuleModel : ResourceModel
{
    public InboundNatRuleModel(string displayName, Origin origin)
        : base(displayName, origin)
    {
    }

    public Known<int> FrontendPort { get; internal set; } = Known<int>.Unknown;

    public Known<int> BackendPort { get; internal set; } = Known<int>.Unknown;

    /// <summary>The frontend: null when unset, Unknown when unresolved.</summary>
    public Known<FrontendModel?> Frontend { get; internal set; } = Known<FrontendModel?>.Of(null);

    /// <summary>The pool it maps to (a NAT rule for every member): null when unset, Unknown when unresolved.</summary>
    public Known<BackendPoolModel?> BackendPool { get; internal set; } = Known<BackendPoolModel?>.Of(null);
}

/// <summary>Everything one analysed method (with its helpers) builds.</summary>
public sealed class Topology
{
    public List<VirtualNetworkModel> VirtualNetworks { get; } = new();

    public List<SubnetModel> Subnets { get; } = new();

    public List<NetworkSecurityGroupModel> NetworkSecurityGroups { get; } = new();

    public List<NetworkInterfaceModel> NetworkInterfaces { get; } = new();

    /// <summary>Every NIC IP configuration, including those whose NIC the analysis does not see.</summary>
    public List<IpConfigurationModel> IpConfigurations { get; } = new();

    public List<LoadBalancerModel> LoadBalancers { get; } = new();

    public List<PublicIpModel> PublicIps { get; } = new();

    /// <summary>Configurations rejected before deployment (Aspire's AppHost throws at start).</summary>
    public List<ConfigurationFault> ConfigurationFaults { get; } = new();
}

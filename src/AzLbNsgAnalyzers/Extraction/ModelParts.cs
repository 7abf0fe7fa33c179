using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AzLbNsgAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace AzLbNsgAnalyzers.Extraction;

/// <summary>
/// The objects one topology is made of (the topology, its resources, rules, rule sides and origins), recorded as the
/// model builder makes them, so that they can be made again for the next body once every analyzer has released the
/// analysis (<see cref="Return"/>). In an infrastructure-dense build the model was about two fifths of our garbage,
/// and that garbage decides whether a compile needs one more collection of the compiler's own heap.
/// A topology whose parts are never returned (tests, code fixes, anything outside the analyzers' cache) is simply
/// collected; a returned one must no longer be read by anyone.
/// </summary>
internal sealed class ModelParts
{
    // Bundles kept for reuse: enough for the threads of a concurrent build; a miss makes a new bundle.
    private const int PoolSize = 8;

    // Objects of one kind a bundle keeps for the next topology; a larger topology makes the rest anew.
    private const int MaxPerKind = 512;

    private static readonly ModelParts?[] Pool = new ModelParts?[PoolSize];

    private readonly Topology _topology = new();
    private readonly Recycled<VirtualNetworkModel> _vnets = new();
    private readonly Recycled<SubnetModel> _subnets = new();
    private readonly Recycled<NetworkSecurityGroupModel> _nsgs = new();
    private readonly Recycled<NetworkInterfaceModel> _nics = new();
    private readonly Recycled<IpConfigurationModel> _ipConfigurations = new();
    private readonly Recycled<LoadBalancerModel> _loadBalancers = new();
    private readonly Recycled<FrontendModel> _frontends = new();
    private readonly Recycled<BackendPoolModel> _pools = new();
    private readonly Recycled<BackendAddressModel> _poolAddresses = new();
    private readonly Recycled<ProbeModel> _probes = new();
    private readonly Recycled<PublicIpModel> _publicIps = new();
    private readonly Recycled<LbRuleModel> _lbRules = new();
    private readonly Recycled<InboundNatRuleModel> _natRules = new();
    private readonly Recycled<SecurityRuleModel> _securityRules = new();
    private readonly Recycled<AddressField> _addressFields = new();
    private readonly Recycled<PortField> _portFields = new();
    private readonly Recycled<SyntaxOrigin> _origins = new();

    private ModelParts()
    {
    }

    /// <summary>A bundle from the pool (or a new one) whose topology is empty, recorded on the topology it makes.</summary>
    public static ModelParts Rent()
    {
        ModelParts? parts = null;
        lock (Pool)
        {
            for (int i = 0; i < Pool.Length && parts is null; i++)
            {
                parts = Pool[i];
                Pool[i] = null;
            }
        }

        parts ??= new ModelParts();
        parts._topology.Parts = parts;
        return parts;
    }

    /// <summary>A bundle of its own, never from the pool (a model builder made for one heap; the reference in tests).</summary>
    public static ModelParts Unpooled()
    {
        var parts = new ModelParts();
        parts._topology.Parts = parts;
        return parts;
    }

    /// <summary>
    /// Takes back the objects of a topology built from a rented bundle, emptied (no symbol, syntax node or location stays
    /// reachable), for the next body. The caller guarantees that nothing reads the topology or its analysis any more.
    /// </summary>
    public static void Return(Topology topology)
    {
        if (topology.Parts is not ModelParts parts)
        {
            return;
        }

        parts.Release();
        lock (Pool)
        {
            for (int i = 0; i < Pool.Length; i++)
            {
                if (Pool[i] is null)
                {
                    Pool[i] = parts;
                    return;
                }
            }
        }
    }

    public Topology Topology => _topology;

    public VirtualNetworkModel VirtualNetwork(string name, Origin origin) => Resource(_vnets, name, origin, static (n, o) => new VirtualNetworkModel(n, o));

    public SubnetModel Subnet(string name, Origin origin) => Resource(_subnets, name, origin, static (n, o) => new SubnetModel(n, o));

    public NetworkSecurityGroupModel NetworkSecurityGroup(string name, Origin origin) => Resource(_nsgs, name, origin, static (n, o) => new NetworkSecurityGroupModel(n, o));

    public NetworkInterfaceModel NetworkInterface(string name, Origin origin) => Resource(_nics, name, origin, static (n, o) => new NetworkInterfaceModel(n, o));

    public IpConfigurationModel IpConfiguration(string name, Origin origin) => Resource(_ipConfigurations, name, origin, static (n, o) => new IpConfigurationModel(n, o));

    public LoadBalancerModel LoadBalancer(string name, Origin origin) => Resource(_loadBalancers, name, origin, static (n, o) => new LoadBalancerModel(n, o));

    public FrontendModel Frontend(string name, Origin origin) => Resource(_frontends, name, origin, static (n, o) => new FrontendModel(n, o));

    public BackendPoolModel BackendPool(string name, Origin origin) => Resource(_pools, name, origin, static (n, o) => new BackendPoolModel(n, o));

    public BackendAddressModel BackendAddress(string name, Origin origin) => Resource(_poolAddresses, name, origin, static (n, o) => new BackendAddressModel(n, o));

    public ProbeModel Probe(string name, Origin origin) => Resource(_probes, name, origin, static (n, o) => new ProbeModel(n, o));

    public PublicIpModel PublicIp(string name, Origin origin) => Resource(_publicIps, name, origin, static (n, o) => new PublicIpModel(n, o));

    public LbRuleModel LbRule(string name, Origin origin) => Resource(_lbRules, name, origin, static (n, o) => new LbRuleModel(n, o));

    public InboundNatRuleModel InboundNatRule(string name, Origin origin) => Resource(_natRules, name, origin, static (n, o) => new InboundNatRuleModel(n, o));

    public SecurityRuleModel SecurityRule(
        string name,
        Origin origin,
        Known<int> priority,
        Known<RuleDirection> direction,
        Known<RuleAccess> access,
        Known<RuleProtocol> protocol,
        AddressField source,
        PortField sourcePorts,
        AddressField destination,
        PortField destinationPorts)
    {
        if (_securityRules.TakeSpare() is { } rule)
        {
            rule.Reuse(name, origin, priority, direction, access, protocol, source, sourcePorts, destination, destinationPorts);
            return rule;
        }

        return _securityRules.Made(new SecurityRuleModel(name, origin, priority, direction, access, protocol, source, sourcePorts, destination, destinationPorts));
    }

    public AddressField AddressField(Known<string?> singular, Known<ImmutableArray<string>> plural, bool hasApplicationSecurityGroups)
    {
        if (_addressFields.TakeSpare() is { } field)
        {
            field.Reuse(singular, plural, hasApplicationSecurityGroups);
            return field;
        }

        return _addressFields.Made(new AddressField(singular, plural, hasApplicationSecurityGroups));
    }

    public PortField PortField(Known<string?> singular, Known<ImmutableArray<string>> plural)
    {
        if (_portFields.TakeSpare() is { } field)
        {
            field.Reuse(singular, plural);
            return field;
        }

        return _portFields.Made(new PortField(singular, plural));
    }

    public SyntaxOrigin Origin(SyntaxNode syntax, Func<SyntaxNode, Location> locate, ImmutableArray<SourcePlace> callSites, bool isAspire)
    {
        if (_origins.TakeSpare() is { } origin)
        {
            origin.Reuse(syntax, locate, callSites, isAspire);
            return origin;
        }

        return _origins.Made(new SyntaxOrigin(syntax, locate, callSites, isAspire));
    }

    private static T Resource<T>(Recycled<T> recycled, string name, Origin origin, Func<string, Origin, T> create)
        where T : ResourceModel
    {
        if (recycled.TakeSpare() is { } model)
        {
            model.Reuse(name, origin);
            return model;
        }

        return recycled.Made(create(name, origin));
    }

    private void Release()
    {
        _topology.Release();
        _vnets.Release(static m => m.Release());
        _subnets.Release(static m => m.Release());
        _nsgs.Release(static m => m.Release());
        _nics.Release(static m => m.Release());
        _ipConfigurations.Release(static m => m.Release());
        _loadBalancers.Release(static m => m.Release());
        _frontends.Release(static m => m.Release());
        _pools.Release(static m => m.Release());
        _poolAddresses.Release(static m => m.Release());
        _probes.Release(static m => m.Release());
        _publicIps.Release(static m => m.Release());
        _lbRules.Release(static m => m.Release());
        _natRules.Release(static m => m.Release());
        _securityRules.Release(static m => m.Release());
        _addressFields.Release(static m => m.Release());
        _portFields.Release(static m => m.Release());
        _origins.Release(static m => m.Release());
    }

    /// <summary>The objects of one kind a bundle made: the first <c>_used</c> are in the current topology, the rest spare.</summary>
    private sealed class Recycled<T>
        where T : class
    {
        private readonly List<T> _all = new();
        private int _used;

        public T? TakeSpare() => _used < _all.Count ? _all[_used++] : null;

        public T Made(T item)
        {
            // Past the bound the object is not recorded: it is collected with its topology.
            if (_all.Count < MaxPerKind)
            {
                _all.Add(item);
                _used = _all.Count;
            }

            return item;
        }

        public void Release(Action<T> release)
        {
            for (int i = 0; i < _used; i++)
            {
                release(_all[i]);
            }

            _used = 0;
        }
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Evaluation;

/// <summary>
/// The analysed network with what several rules need computed once: the backends of each load
/// balancer rule, their NSG paths and address contexts, and memoised flow verdicts.
/// </summary>
public sealed class NetworkAnalysis
{
    private readonly Dictionary<LbRuleModel, ImmutableArray<Backend>> _backendsByRule = new();
    private readonly Dictionary<BackendPoolModel, ImmutableArray<Backend>> _backendsByPool = new();
    private readonly Dictionary<(Known<NetworkSecurityGroupModel?>, Known<NetworkSecurityGroupModel?>, AddressContext, Flow), FlowVerdict> _verdicts = new();
    // The few values rules share (client flow cases, probe verdicts, the causes LBNSG004/007 consult): a short list,
    // since a dictionary's tables cost more than its three entries for every analysed body.
    private MemoEntry? _memo;
    private readonly Dictionary<VirtualNetworkModel, AddressContext> _contexts = new();
    private readonly object _gate = new();

    public NetworkAnalysis(Topology topology)
    {
        Topology = topology;
    }

    public Topology Topology { get; }

    /// <summary>A value computed once per analysis and shared by the rules that need it.</summary>
    public T Memo<T>(string key, System.Func<NetworkAnalysis, T> compute)
    {
        lock (_gate)
        {
            if (FindMemo(key) is { } cached)
            {
                return (T)cached.Value;
            }
        }

        var value = compute(this);
        lock (_gate)
        {
            if (FindMemo(key) is { } raced)
            {
                return (T)raced.Value;
            }

            _memo = new MemoEntry(key, value!, _memo);
            return value;
        }
    }

    private MemoEntry? FindMemo(string key)
    {
        for (var entry = _memo; entry is not null; entry = entry.Next)
        {
            if (string.Equals(entry.Key, key, System.StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    private sealed class MemoEntry
    {
        public MemoEntry(string key, object value, MemoEntry? next)
        {
            Key = key;
            Value = value;
            Next = next;
        }

        public string Key { get; }

        public object Value { get; }

        public MemoEntry? Next { get; }
    }

    /// <summary>
    /// True when the analysis sees everything placed in the subnet and no NIC IP configuration is in it.
    /// False when one is, or when something it cannot see may be (an open subnet, an IP configuration
    /// whose subnet is unknown, a resource it does not model that refers to the subnet).
    /// </summary>
    public bool HostsNoNic(SubnetModel subnet)
    {
        if (subnet.IsOpen || subnet.ReferencedByUnmodelled)
        {
            return false;
        }

        foreach (var ipConfiguration in Topology.IpConfigurations)
        {
            if (!ipConfiguration.Subnet.TryGet(out var placed) || ReferenceEquals(placed, subnet))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The backends a load balancer rule certainly delivers to (pools the analysis can name).</summary>
    public ImmutableArray<Backend> BackendsOf(LbRuleModel rule)
    {
        lock (_gate)
        {
            if (_backendsByRule.TryGetValue(rule, out var cached))
            {
                return cached;
            }

            // Rules name one pool or a few: the pool's own array for one, a linear check for repeats otherwise.
            var result = ImmutableArray<Backend>.Empty;
            for (int i = 0; i < rule.BackendPools.Count; i++)
            {
                if (rule.BackendPools[i].TryGet(out var known) && !NamedBefore(rule.BackendPools, i, known))
                {
                    var backends = BackendsOfPool(known);
                    result = result.IsEmpty ? backends : result.AddRange(backends);
                }
            }

            _backendsByRule[rule] = result;
            return result;
        }
    }

    private static bool NamedBefore(List<Known<BackendPoolModel>> pools, int index, BackendPoolModel pool)
    {
        for (int i = 0; i < index; i++)
        {
            if (pools[i].TryGet(out var earlier) && ReferenceEquals(earlier, pool))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Evaluates a flow to a backend through its NSG path, memoised per path, context and flow.</summary>
    public FlowVerdict Evaluate(Backend backend, Flow flow)
    {
        // Keyed by what decides the verdict, not by backend: NICs of one subnet with dynamic addresses share it.
        var key = (backend.Path.SubnetNsg, backend.Path.NicNsg, backend.Context, flow);
        lock (_gate)
        {
            if (_verdicts.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        var verdict = NsgEvaluator.Evaluate(backend.Path, flow, backend.Context);
        lock (_gate)
        {
            _verdicts[key] = verdict;
        }

        return verdict;
    }

    private ImmutableArray<Backend> BackendsOfPool(BackendPoolModel pool)
    {
        if (_backendsByPool.TryGetValue(pool, out var cached))
        {
            return cached;
        }

        var builder = ImmutableArray.CreateBuilder<Backend>();
        foreach (var ipConfiguration in Topology.IpConfigurations)
        {
            foreach (var member in ipConfiguration.BackendPools)
            {
                if (member.TryGet(out var joined) && ReferenceEquals(joined, pool))
                {
                    builder.Add(ForIpConfiguration(ipConfiguration));
                    break;
                }
            }
        }

        foreach (var address in pool.Addresses)
        {
            builder.Add(ForPoolMember(address));
        }

        var result = builder.ToImmutable();
        _backendsByPool[pool] = result;
        return result;
    }

    private Backend ForIpConfiguration(IpConfigurationModel ipConfiguration)
    {
        var subnet = ipConfiguration.Subnet;
        IntervalSet? addresses = null;
        if (ipConfiguration.PrivateIpAddress.TryGet(out var ip))
        {
            addresses = ip is null ? SubnetAddresses(subnet) : ParseAddress(ip);
        }

        string name = ipConfiguration.NetworkInterface?.DisplayName ?? ipConfiguration.DisplayName;
        return new Backend(name, ipConfiguration.Origin, ipConfiguration, null, subnet, addresses, NsgPath.For(ipConfiguration), ContextOf(subnet));
    }

    // An IP-based member: its subnet is the one whose prefix holds the address; its NIC is not in the analysed code.
    private Backend ForPoolMember(BackendAddressModel member)
    {
        IntervalSet? addresses = member.IpAddress.TryGet(out var ip) && ip is not null ? ParseAddress(ip) : null;
        var subnet = Known<SubnetModel?>.Unknown;
        if (addresses is not null)
        {
            foreach (var candidate in Topology.Subnets)
            {
                var range = SubnetAddresses(Known<SubnetModel?>.Of(candidate));
                if (range is not null && addresses.IsSubsetOf(range))
                {
                    subnet = candidate;
                    break;
                }
            }
        }

        var subnetNsg = subnet.TryGet(out var s) && s is not null && !(s.IsOpen && s.NetworkSecurityGroup is { IsKnown: true, Value: null })
            ? s.NetworkSecurityGroup
            : Known<NetworkSecurityGroupModel?>.Unknown;
        var path = new NsgPath(subnetNsg, Known<NetworkSecurityGroupModel?>.Unknown);
        return new Backend(ip ?? member.DisplayName, member.Origin, null, member, subnet, addresses, path, ContextOf(subnet));
    }

    // One context per VNet, so per-field resolution memos are shared by every backend of the VNet.
    private AddressContext ContextOf(Known<SubnetModel?> subnet) =>
        subnet.TryGet(out var s) && s is not null && s.VirtualNetwork.TryGet(out var vnet) && vnet is not null ? ContextOf(vnet) : AddressContext.UnknownNetwork;

    /// <summary>The address context of the VNet whose subnets use the NSG; unknown when none or several VNets do.</summary>
    public AddressContext ContextOf(NetworkSecurityGroupModel nsg)
    {
        VirtualNetworkModel? network = null;
        foreach (var subnet in Topology.Subnets)
        {
            if (subnet.NetworkSecurityGroup.TryGet(out var attached) && ReferenceEquals(attached, nsg) && subnet.VirtualNetwork.TryGet(out var vnet) && vnet is not null)
            {
                if (network is not null && !ReferenceEquals(network, vnet))
                {
                    return AddressContext.UnknownNetwork;
                }

                network = vnet;
            }
        }

        return network is null ? AddressContext.UnknownNetwork : ContextOf(network);
    }

    /// <summary>The address context of a VNet, one instance per analysis.</summary>
    public AddressContext ContextOf(VirtualNetworkModel vnet)
    {
        lock (_gate)
        {
            if (!_contexts.TryGetValue(vnet, out var context))
            {
                context = AddressContext.For(vnet);
                _contexts.Add(vnet, context);
            }

            return context;
        }
    }

    /// <summary>The addresses of a subnet's prefixes; null when any is unknown or not IPv4.</summary>
    public static IntervalSet? SubnetAddresses(Known<SubnetModel?> subnet)
    {
        if (!subnet.TryGet(out var s) || s is null || !s.AddressPrefixes.TryGet(out var prefixes) || prefixes.IsEmpty)
        {
            return null;
        }

        // Asked for every backend, pool and frontend: computed once per subnet (again only if its prefixes were replaced).
        if (s.AddressesMemo is SubnetAddressesMemo memo && memo.Prefixes == prefixes)
        {
            return memo.Addresses;
        }

        var addresses = ParsePrefixes(prefixes);
        s.AddressesMemo = new SubnetAddressesMemo(prefixes, addresses);
        return addresses;
    }

    private static IntervalSet? ParsePrefixes(ImmutableArray<string> prefixes)
    {
        var set = IntervalSet.Empty;
        foreach (var prefix in prefixes)
        {
            if (AddressPrefix.Ipv4Range(prefix) is not { } range)
            {
                return null;
            }

            set = set.Union(range);
        }

        return set;
    }

    // Immutable, so that concurrent rules share it through one reference.
    private sealed class SubnetAddressesMemo
    {
        public SubnetAddressesMemo(ImmutableArray<string> prefixes, IntervalSet? addresses)
        {
            Prefixes = prefixes;
            Addresses = addresses;
        }

        public ImmutableArray<string> Prefixes { get; }

        public IntervalSet? Addresses { get; }
    }

    private static IntervalSet? ParseAddress(string text) =>
        Ipv4.TryParseAddress(text.Trim(), out uint address) ? IntervalSet.Of(address) : null;
}

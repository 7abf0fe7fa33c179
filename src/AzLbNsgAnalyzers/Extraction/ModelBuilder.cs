using System.Collections.Generic;
using System.Collections.Immutable;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Extraction;

/// <summary>
/// Turns the interpreter's heap into the network model: resolves <c>.Id</c> references and stubs to
/// the objects they name, merges inline and Parent-linked children, and reads each property as a
/// Known value or Unknown.
/// </summary>
internal sealed class ModelBuilder
{
    // Maps larger than this after a body are not kept for the next one (a method may build thousands of objects).
    private const int MaxRecycledCount = 1024;

    private IReadOnlyList<HeapObject> _heap = System.Array.Empty<HeapObject>();
    private Topology _topology = null!;
    private Dictionary<HeapObject, VirtualNetworkModel> _vnets = new();
    private Dictionary<HeapObject, SubnetModel> _subnets = new();
    private Dictionary<HeapObject, NetworkSecurityGroupModel> _nsgs = new();
    private Dictionary<HeapObject, NetworkInterfaceModel> _nics = new();
    private Dictionary<HeapObject, IpConfigurationModel> _ipConfigurations = new();
    private Dictionary<HeapObject, LoadBalancerModel> _loadBalancers = new();
    private Dictionary<HeapObject, FrontendModel> _frontends = new();
    private Dictionary<HeapObject, BackendPoolModel> _pools = new();
    private Dictionary<HeapObject, ProbeModel> _probes = new();
    private Dictionary<HeapObject, PublicIpModel> _publicIps = new();
    private Dictionary<HeapObject, InboundNatRuleModel> _natRules = new();
    private Dictionary<HeapObject, List<HeapObject>> _parentIndex = new();
    private bool _parentIndexBuilt;
    private HashSet<(NetworkSecurityGroupModel, HeapObject)> _addedRules = new();
    private HashSet<HeapObject> _seenChildren = new();
    private List<(NetworkSecurityGroupModel Owner, HeapObject Rule)> _standaloneRules = new();
    private Dictionary<NetworkSecurityGroupModel, int> _standaloneRuleCounts = new();

    // A rule side written as one text (most are: "*", "VirtualNetwork", a prefix, a port) is one immutable field per
    // text for every topology: rules share it, and with it the evaluator's memo of what it means (the same in every
    // context: see AddressContext.Resolve). Direct-mapped and bounded, like the parse memos the fields are read with.
    private static readonly TextMemo<AddressField> SingleTextAddressFields =
        new(text => new AddressField(Known<string?>.Of(text), Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty), false), capacity: 4096);

    private static readonly TextMemo<PortField> SingleTextPortFields =
        new(text => new PortField(Known<string?>.Of(text), Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty)), capacity: 1024);

    private readonly Stack<List<HeapObject>> _spareLists = new();

    public static Topology Build(IReadOnlyList<HeapObject> heap) => new ModelBuilder().BuildTopology(heap, System.Array.Empty<ConfigurationFault>());

    public static Topology Build(IReadOnlyList<HeapObject> heap, IReadOnlyList<ConfigurationFault> faults) => new ModelBuilder().BuildTopology(heap, faults);

    /// <summary>
    /// Builds the topology of one heap. The builder's maps are emptied afterwards and reused for the next heap
    /// (a pooled interpreter keeps its builder): the topology holds nothing of the builder or the heap.
    /// </summary>
    public Topology BuildTopology(IReadOnlyList<HeapObject> heap, IReadOnlyList<ConfigurationFault> faults)
    {
        _heap = heap;
        _topology = new Topology();
        try
        {
            var topology = Build();
            topology.ConfigurationFaults.AddRange(faults);
            return topology;
        }
        finally
        {
            Clear();
        }
    }

    private void Clear()
    {
        _heap = System.Array.Empty<HeapObject>();
        _topology = null!;
        Clear(ref _vnets);
        Clear(ref _subnets);
        Clear(ref _nsgs);
        Clear(ref _nics);
        Clear(ref _ipConfigurations);
        Clear(ref _loadBalancers);
        Clear(ref _frontends);
        Clear(ref _pools);
        Clear(ref _probes);
        Clear(ref _publicIps);
        Clear(ref _natRules);
        foreach (var children in _parentIndex.Values)
        {
            ReturnList(children);
        }

        Clear(ref _parentIndex);
        _parentIndexBuilt = false;
        Clear(ref _addedRules);
        Clear(ref _seenChildren);
        Clear(ref _standaloneRuleCounts);
        if (_standaloneRules.Capacity > MaxRecycledCount)
        {
            _standaloneRules = new List<(NetworkSecurityGroupModel Owner, HeapObject Rule)>();
        }
        else
        {
            _standaloneRules.Clear();
        }
    }

    // netstandard2.0 has no TrimExcess: a map or set that grew large is replaced rather than kept for the next heap.
    private static void Clear<TKey, TValue>(ref Dictionary<TKey, TValue> map)
    {
        if (map.Count > MaxRecycledCount)
        {
            map = new Dictionary<TKey, TValue>(map.Comparer);
        }
        else
        {
            map.Clear();
        }
    }

    private static void Clear<T>(ref HashSet<T> set)
    {
        if (set.Count > MaxRecycledCount)
        {
            set = new HashSet<T>(set.Comparer);
        }
        else
        {
            set.Clear();
        }
    }

    private List<HeapObject> RentList() => _spareLists.Count > 0 ? _spareLists.Pop() : new List<HeapObject>();

    private void ReturnList(List<HeapObject> list)
    {
        if (list.Capacity <= MaxRecycledCount)
        {
            list.Clear();
            _spareLists.Push(list);
        }
    }

    private Topology Build()
    {
        // Pass 1: one model per resource created by `new` or FromExisting (stubs that only carry an Id are references).
        foreach (var obj in _heap)
        {
            if (!IsResourceObject(obj) || obj.IsAutoChild || IsReferenceStub(obj))
            {
                continue;
            }

            switch (TypeName(obj))
            {
                case "VirtualNetwork":
                    Add(_vnets, _topology.VirtualNetworks, obj, new VirtualNetworkModel(obj.DisplayName, obj.Origin));
                    break;
                case "SubnetResource":
                    Add(_subnets, _topology.Subnets, obj, new SubnetModel(obj.DisplayName, obj.Origin));
                    break;
                case "NetworkSecurityGroup":
                    Add(_nsgs, _topology.NetworkSecurityGroups, obj, new NetworkSecurityGroupModel(obj.DisplayName, obj.Origin) { IsAspire = obj.Kind == HeapObjectKind.Aspire });
                    break;
                case "NetworkInterface":
                    // A NIC built in a loop that surely runs stands for every NIC it builds: its absent NSG is a fact.
                    Add(_nics, _topology.NetworkInterfaces, obj, new NetworkInterfaceModel(obj.DisplayName, obj.Origin), loopSummaryIsOpen: false);
                    break;
                case "NetworkInterfaceIPConfiguration":
                    _ipConfigurations[obj] = new IpConfigurationModel(obj.DisplayName, obj.Origin) { IsOpen = obj.IsOpen };
                    _topology.IpConfigurations.Add(_ipConfigurations[obj]);
                    break;
                case "LoadBalancer":
                    Add(_loadBalancers, _topology.LoadBalancers, obj, new LoadBalancerModel(obj.DisplayName, obj.Origin));
                    break;
                case "FrontendIPConfiguration":
                    _frontends[obj] = new FrontendModel(obj.DisplayName, obj.Origin) { IsOpen = obj.IsOpen };
                    break;
                case "BackendAddressPool":
                    _pools[obj] = new BackendPoolModel(obj.DisplayName, obj.Origin) { IsOpen = obj.IsOpen };
                    break;
                case "ProbeResource":
                    _probes[obj] = new ProbeModel(obj.DisplayName, obj.Origin) { IsOpen = obj.IsOpen };
                    break;
                case "PublicIPAddress":
                    Add(_publicIps, _topology.PublicIps, obj, new PublicIpModel(obj.DisplayName, obj.Origin));
                    break;
            }
        }

        foreach (var pair in _vnets)
        {
            BuildVirtualNetwork(pair.Key, pair.Value);
        }

        foreach (var pair in _subnets)
        {
            BuildSubnet(pair.Key, pair.Value);
        }

        foreach (var pair in _nsgs)
        {
            BuildNsg(pair.Key, pair.Value);
        }

        BuildStandaloneSecurityRules();

        foreach (var pair in _publicIps)
        {
            pair.Value.Sku = ReadSku(pair.Key);
        }

        foreach (var pair in _loadBalancers)
        {
            BuildLoadBalancer(pair.Key, pair.Value);
        }

        foreach (var pair in _nics)
        {
            BuildNic(pair.Key, pair.Value);
        }

        BuildStandaloneIpConfigurations();
        return _topology;
    }

    private static void Add<TModel>(Dictionary<HeapObject, TModel> map, List<TModel> list, HeapObject obj, TModel model, bool loopSummaryIsOpen = true)
        where TModel : ResourceModel
    {
        model.IsOpen = obj.IsOpen || (obj.IsLoopSummary && loopSummaryIsOpen);
        model.ReferencedByUnmodelled = obj.ReferencedByUnmodelled;
        map[obj] = model;
        list.Add(model);
    }

    private static string? TypeName(HeapObject obj) => obj.NetworkTypeName;

    // What either front end built: Azure.Provisioning constructs and Aspire's resources (both named by NetworkTypeName).
    private static bool IsResourceObject(HeapObject obj) => obj.Kind is HeapObjectKind.Provisionable or HeapObjectKind.Aspire;

    // `new NetworkSecurityGroup("ref") { Id = nsg.Id }`: only its Id matters.
    private static bool IsReferenceStub(HeapObject obj) => obj.Properties.ContainsKey("Id");

    // ------------------------------------------------------------ references

    /// <summary>
    /// Resolves a reference-typed value (a whole resource, a stub with an Id, a nested <c>{ Id = x.Id }</c>,
    /// or an Id) to the object it names. Known null when nothing is set; Unknown when it cannot be followed.
    /// </summary>
    private static Known<HeapObject?> Resolve(AbstractValue? value)
    {
        switch (value)
        {
            case null:
                return Known<HeapObject?>.Of(null);
            case ConstantValue { Value: null }:
                return Known<HeapObject?>.Of(null);
            case IdValue id:
                return Known<HeapObject?>.Of(id.Target);
            case ObjectValue { Target: var target }:
                if (target.Properties.TryGetValue("Id", out var idValue))
                {
                    return idValue switch
                    {
                        IdValue id => Known<HeapObject?>.Of(id.Target),
                        ConstantValue { Value: null } => Known<HeapObject?>.Of(null),
                        _ => Known<HeapObject?>.Unknown,
                    };
                }

                if (target.IsAutoChild)
                {
                    // Read but never given an Id: nothing is attached (unless other code may set it).
                    return target.IsOpen ? Known<HeapObject?>.Unknown : Known<HeapObject?>.Of(null);
                }

                return Known<HeapObject?>.Of(target);
            default:
                return Known<HeapObject?>.Unknown;
        }
    }

    private static Known<TModel?> ResolveTo<TModel>(AbstractValue? value, Dictionary<HeapObject, TModel> map)
        where TModel : class
    {
        var resolved = Resolve(value);
        if (!resolved.IsKnown)
        {
            return Known<TModel?>.Unknown;
        }

        if (resolved.Value is null)
        {
            return Known<TModel?>.Of(null);
        }

        return map.TryGetValue(resolved.Value, out var model) ? Known<TModel?>.Of(model) : Known<TModel?>.Unknown;
    }

    private static AbstractValue? Get(HeapObject obj, string property) => obj.Properties.TryGetValue(property, out var value) ? value : null;

    private static HeapObject? GetObject(HeapObject obj, string property) => Get(obj, property) is ObjectValue { Target: var target } ? target : null;

    // Only for a list still empty: a list built before keeps its items (a capacity below its count would throw).
    private static void ReserveExactly<T>(List<T> list, int count)
    {
        if (list.Count == 0 && list.Capacity < count)
        {
            list.Capacity = count;
        }
    }

    /// <summary>The items of a list property: empty when unset; Unknown when not all are visible.</summary>
    private static (List<AbstractValue> Items, bool Complete) GetList(HeapObject obj, string property)
    {
        switch (Get(obj, property))
        {
            case null:
                return (NoItems, true);
            case ObjectValue { Target: { Kind: HeapObjectKind.List } list }:
                return (list.Items, !list.ItemsIncomplete && !(list.IsOpen && !obj.IsOpen));
            default:
                return (NoItems, false);
        }
    }

    // Unset lists (every rule's application security groups, for one) share one empty list, never written. A List, not an
    // interface, so that loops over items use its struct enumerator rather than a boxed one.
    private static readonly List<AbstractValue> NoItems = new(0);

    // Children linked by `Parent = x`, indexed once: scanning the heap per parent would be quadratic in the method's size.
    private Dictionary<HeapObject, List<HeapObject>> ParentIndex()
    {
        if (_parentIndexBuilt)
        {
            return _parentIndex;
        }

        _parentIndexBuilt = true;
        foreach (var obj in _heap)
        {
            if (IsResourceObject(obj) && !obj.IsAutoChild && !IsReferenceStub(obj) && Get(obj, "Parent") is { } parentValue
                && Resolve(parentValue) is { IsKnown: true, Value: { } parent })
            {
                if (!_parentIndex.TryGetValue(parent, out var list))
                {
                    list = RentList();
                    _parentIndex.Add(parent, list);
                }

                list.Add(obj);
            }
        }

        return _parentIndex;
    }

    // ------------------------------------------------------------ scalars

    private static Known<string?> ReadString(HeapObject obj, string property) =>
        Get(obj, property) switch
        {
            null => Known<string?>.Of(null),
            ConstantValue { Value: string s } => Known<string?>.Of(s),
            ConstantValue { Value: null } => Known<string?>.Of(null),
            _ => Known<string?>.Unknown,
        };

    private static Known<int> ReadInt(HeapObject obj, string property) =>
        Get(obj, property) is ConstantValue { Value: int i } ? Known<int>.Of(i) : Known<int>.Unknown;

    private static Known<bool> ReadBool(HeapObject obj, string property, bool whenUnset) =>
        Get(obj, property) switch
        {
            null => Known<bool>.Of(whenUnset),
            ConstantValue { Value: bool b } => Known<bool>.Of(b),
            _ => Known<bool>.Unknown,
        };

    private static Known<string?> ReadEnumMember(HeapObject obj, string property) =>
        Get(obj, property) switch
        {
            null => Known<string?>.Of(null),
            EnumValue { MemberName: { } member } => Known<string?>.Of(member),
            _ => Known<string?>.Unknown,
        };

    private static Known<ImmutableArray<string>> ReadStringList(HeapObject obj, string property)
    {
        var value = Get(obj, property);
        if (value is null)
        {
            return Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty);
        }

        if (value is not ObjectValue { Target: { Kind: HeapObjectKind.List } list } || list.ItemsIncomplete)
        {
            return Known<ImmutableArray<string>>.Unknown;
        }

        var builder = ImmutableArray.CreateBuilder<string>(list.Items.Count);
        foreach (var item in list.Items)
        {
            if (item is not ConstantValue { Value: string s })
            {
                return Known<ImmutableArray<string>>.Unknown;
            }

            builder.Add(s);
        }

        return Known<ImmutableArray<string>>.Of(builder.ToImmutable());
    }

    private static Known<SkuName?> ReadSku(HeapObject obj)
    {
        var sku = Get(obj, "Sku");
        if (sku is null)
        {
            return Known<SkuName?>.Of(null);
        }

        if (sku is not ObjectValue { Target: var skuObject })
        {
            return Known<SkuName?>.Unknown;
        }

        var name = ReadEnumMember(skuObject, "Name");
        if (!name.IsKnown)
        {
            return Known<SkuName?>.Unknown;
        }

        return name.Value switch
        {
            null => Known<SkuName?>.Of(null),
            "Basic" => Known<SkuName?>.Of(SkuName.Basic),
            "Standard" => Known<SkuName?>.Of(SkuName.Standard),
            "Gateway" => Known<SkuName?>.Of(SkuName.Gateway),
            "StandardV2" => Known<SkuName?>.Of(SkuName.StandardV2),
            _ => Known<SkuName?>.Unknown,
        };
    }

    // ------------------------------------------------------------ resources

    private void BuildVirtualNetwork(HeapObject obj, VirtualNetworkModel model)
    {
        var addressSpace = GetObject(obj, "AddressSpace");
        model.AddressSpaces = addressSpace is null
            ? (Get(obj, "AddressSpace") is null ? Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty) : Known<ImmutableArray<string>>.Unknown)
            : ReadStringList(addressSpace, "AddressPrefixes");

        var (items, complete) = GetList(obj, "Subnets");
        foreach (var item in items)
        {
            if (ResolveTo(item, _subnets) is { IsKnown: true, Value: { } subnet })
            {
                subnet.VirtualNetwork = model;
                AddOnce(model.Subnets, subnet);
            }
        }

        if (!complete)
        {
            model.IsOpen = true;
        }
    }

    private void BuildSubnet(HeapObject obj, SubnetModel model)
    {
        if (Get(obj, "Parent") is { } parent)
        {
            var vnet = ResolveTo(parent, _vnets);
            model.VirtualNetwork = vnet;
            if (vnet is { IsKnown: true, Value: { } network })
            {
                AddOnce(network.Subnets, model);
            }
        }

        var single = ReadString(obj, "AddressPrefix");
        var plural = ReadStringList(obj, "AddressPrefixes");
        if (single.IsKnown && plural.IsKnown)
        {
            var prefixes = plural.Value;
            if (single.Value is { } prefix)
            {
                prefixes = prefixes.Insert(0, prefix);
            }

            model.AddressPrefixes = prefixes;
        }
        else
        {
            model.AddressPrefixes = Known<ImmutableArray<string>>.Unknown;
        }

        var nsg = ResolveTo(Get(obj, "NetworkSecurityGroup"), _nsgs);
        model.NetworkSecurityGroup = nsg.IsKnown && nsg.Value is null && model.IsOpen ? Known<NetworkSecurityGroupModel?>.Unknown : nsg;
    }

    private void BuildNsg(HeapObject obj, NetworkSecurityGroupModel model)
    {
        var (items, complete) = GetList(obj, "SecurityRules");
        if (model.Rules.Capacity < model.Rules.Count + items.Count)
        {
            // NSGs hold tens of rules: one array of the right size, not a doubling series.
            model.Rules.Capacity = model.Rules.Count + items.Count;
        }

        foreach (var item in items)
        {
            if (Resolve(item) is { IsKnown: true, Value: { } ruleObject } && TypeName(ruleObject) == "SecurityRule")
            {
                AddRule(model, ruleObject);
            }
            else
            {
                complete = false;
            }
        }

        model.RulesComplete = complete && !model.IsOpen;
    }

    private void BuildStandaloneSecurityRules()
    {
        foreach (var obj in _heap)
        {
            if (obj.Kind != HeapObjectKind.Provisionable || obj.IsAutoChild || TypeName(obj) != "SecurityRule" || Get(obj, "Parent") is not { } parent)
            {
                continue;
            }

            var nsg = ResolveTo(parent, _nsgs);
            if (nsg is { IsKnown: true, Value: { } owner })
            {
                _standaloneRules.Add((owner, obj));
                _standaloneRuleCounts[owner] = _standaloneRuleCounts.TryGetValue(owner, out int count) ? count + 1 : 1;
            }
            else
            {
                // A rule whose NSG cannot be named could belong to any of them.
                foreach (var any in _topology.NetworkSecurityGroups)
                {
                    any.RulesComplete = false;
                }
            }
        }

        // Each NSG's list sized once for its Parent-linked rules, not grown by doubling as they are added one by one.
        foreach (var pair in _standaloneRuleCounts)
        {
            if (pair.Key.Rules.Capacity < pair.Key.Rules.Count + pair.Value)
            {
                pair.Key.Rules.Capacity = pair.Key.Rules.Count + pair.Value;
            }
        }

        foreach (var (owner, obj) in _standaloneRules)
        {
            AddRule(owner, obj);
        }
    }

    private void AddRule(NetworkSecurityGroupModel nsg, HeapObject obj)
    {
        // A rule both inline and Parent-linked to the same NSG is one rule (a set: NSGs may hold 1,000 rules).
        if (!_addedRules.Add((nsg, obj)))
        {
            return;
        }

        var rule = new SecurityRuleModel(
            obj.DisplayName,
            obj.Origin,
            ReadInt(obj, "Priority"),
            ReadEnumMember(obj, "Direction").Select<RuleDirection?>(m => m switch { "Inbound" => RuleDirection.Inbound, "Outbound" => RuleDirection.Outbound, _ => null }).Flatten(),
            ReadEnumMember(obj, "Access").Select<RuleAccess?>(m => m switch { "Allow" => RuleAccess.Allow, "Deny" => RuleAccess.Deny, _ => null }).Flatten(),
            ReadEnumMember(obj, "Protocol").Select<RuleProtocol?>(m => m switch
            {
                "Tcp" => RuleProtocol.Tcp,
                "Udp" => RuleProtocol.Udp,
                "Icmp" => RuleProtocol.Icmp,
                "Esp" => RuleProtocol.Esp,
                "Ah" => RuleProtocol.Ah,
                "Asterisk" => RuleProtocol.Any,
                _ => null,
            }).Flatten(),
            ReadAddressField(obj, "SourceAddressPrefix", "SourceAddressPrefixes", "SourceApplicationSecurityGroups"),
            ReadPortField(obj, "SourcePortRange", "SourcePortRanges"),
            ReadAddressField(obj, "DestinationAddressPrefix", "DestinationAddressPrefixes", "DestinationApplicationSecurityGroups"),
            ReadPortField(obj, "DestinationPortRange", "DestinationPortRanges"))
        {
            NetworkSecurityGroup = nsg,
            SyntaxKind = obj.RuleSyntax,
            HasAutoPriority = obj.HasAutoPriority,
            BuilderOrigin = obj.BuilderOrigin,
            Name = ReadString(obj, "Name"),
        };
        nsg.Rules.Add(rule);
        if (obj.IsLoopSummary || obj.IsOpen)
        {
            nsg.RulesComplete = false;
        }
    }

    private AddressField ReadAddressField(HeapObject obj, string singularName, string pluralName, string groups)
    {
        var (asgItems, asgComplete) = GetList(obj, groups);
        bool hasGroups = asgItems.Count > 0 || !asgComplete;
        var singular = ReadString(obj, singularName);
        var plural = ReadStringList(obj, pluralName);
        if (hasGroups || !singular.TryGet(out var text) || !plural.TryGet(out var list) || !list.IsEmpty)
        {
            return new AddressField(singular, plural, hasGroups);
        }

        return text is null ? AddressField.Unset : SingleTextAddressFields.Get(text);
    }

    private PortField ReadPortField(HeapObject obj, string singularName, string pluralName)
    {
        var singular = ReadString(obj, singularName);
        var plural = ReadStringList(obj, pluralName);
        if (!singular.TryGet(out var text) || !plural.TryGet(out var list) || !list.IsEmpty)
        {
            return new PortField(singular, plural);
        }

        return text is null ? PortField.Unset : SingleTextPortFields.Get(text);
    }

    private void BuildLoadBalancer(HeapObject obj, LoadBalancerModel model)
    {
        model.Sku = ReadSku(obj);

        var frontendObjects = Children(obj, "FrontendIPConfigurations", "FrontendIPConfiguration", _frontends);
        foreach (var frontendObject in frontendObjects)
        {
            var frontend = _frontends[frontendObject];
            frontend.LoadBalancer = model;
            AddOnce(model.Frontends, frontend);
            BuildFrontend(frontendObject, frontend);
        }

        ReturnList(frontendObjects);
        var poolObjects = Children(obj, "BackendAddressPools", "BackendAddressPool", _pools);
        foreach (var poolObject in poolObjects)
        {
            var pool = _pools[poolObject];
            pool.LoadBalancer = model;
            AddOnce(model.BackendPools, pool);
            BuildPool(poolObject, pool);
        }

        ReturnList(poolObjects);
        var probeObjects = Children(obj, "Probes", "ProbeResource", _probes);
        foreach (var probeObject in probeObjects)
        {
            var probe = _probes[probeObject];
            AddOnce(model.Probes, probe);
            probe.Port = ReadInt(probeObject, "Port");
            probe.Protocol = ReadEnumMember(probeObject, "Protocol").Select<ProbeProtocolKind?>(m => m switch
            {
                "Http" => ProbeProtocolKind.Http,
                "Tcp" => ProbeProtocolKind.Tcp,
                "Https" => ProbeProtocolKind.Https,
                _ => null,
            }).Flatten();
        }

        ReturnList(probeObjects);
        var ruleObjects = ChildrenOfType(obj, "LoadBalancingRules", "LoadBalancingRule");
        foreach (var ruleObject in ruleObjects)
        {
            model.Rules.Add(BuildLbRule(ruleObject, model));
        }

        ReturnList(ruleObjects);
        var natObjects = ChildrenOfType(obj, "InboundNatRules", "InboundNatRule");
        foreach (var natObject in natObjects)
        {
            var nat = new InboundNatRuleModel(natObject.DisplayName, natObject.Origin)
            {
                FrontendPort = ReadInt(natObject, "FrontendPort"),
                BackendPort = ReadInt(natObject, "BackendPort"),
                Frontend = ResolveTo(Get(natObject, "FrontendIPConfigurationId"), _frontends),
                BackendPool = ResolveTo(Get(natObject, "BackendAddressPoolId"), _pools),
                IsOpen = natObject.IsOpen,
            };
            _natRules[natObject] = nat;
            model.InboundNatRules.Add(nat);
        }

        ReturnList(natObjects);

        if (!GetList(obj, "FrontendIPConfigurations").Complete || !GetList(obj, "BackendAddressPools").Complete
            || !GetList(obj, "LoadBalancingRules").Complete || !GetList(obj, "Probes").Complete)
        {
            model.IsOpen = true;
        }
    }

    // The children that have a model in the map, in a list from the pool: give it back with ReturnList.
    private List<HeapObject> Children<TModel>(HeapObject parent, string listProperty, string typeName, Dictionary<HeapObject, TModel> map)
    {
        var children = ChildrenOfType(parent, listProperty, typeName);
        int kept = 0;
        for (int i = 0; i < children.Count; i++)
        {
            if (map.ContainsKey(children[i]))
            {
                children[kept++] = children[i];
            }
        }

        children.RemoveRange(kept, children.Count - kept);
        return children;
    }

    // Listed children first, then Parent-linked ones, each once, in a list from the pool: give it back with ReturnList.
    private List<HeapObject> ChildrenOfType(HeapObject parent, string listProperty, string typeName)
    {
        var children = RentList();
        _seenChildren.Clear();
        foreach (var item in GetList(parent, listProperty).Items)
        {
            if (Resolve(item) is { IsKnown: true, Value: { } child } && TypeName(child) == typeName && _seenChildren.Add(child))
            {
                children.Add(child);
            }
        }

        if (ParentIndex().TryGetValue(parent, out var linked))
        {
            foreach (var obj in linked)
            {
                if (TypeName(obj) == typeName && _seenChildren.Add(obj))
                {
                    children.Add(obj);
                }
            }
        }

        return children;
    }

    private void BuildFrontend(HeapObject obj, FrontendModel model)
    {
        model.Subnet = ResolveTo(Get(obj, "Subnet"), _subnets);
        model.PrivateIpAddress = ReadString(obj, "PrivateIPAddress");
        model.PublicIp = ResolveTo(Get(obj, "PublicIPAddress"), _publicIps);
        bool hasPublicPrefix = Get(obj, "PublicIPPrefixId") is not null;
        if (!model.PublicIp.IsKnown)
        {
            model.IsPublic = Known<bool>.Unknown;
        }
        else if (model.PublicIp.Value is not null || hasPublicPrefix)
        {
            model.IsPublic = true;
        }
        else if (model.Subnet is { IsKnown: true, Value: not null })
        {
            model.IsPublic = false;
        }
        else
        {
            model.IsPublic = Known<bool>.Unknown;
        }
    }

    private static void BuildPool(HeapObject obj, BackendPoolModel model)
    {
        var (items, complete) = GetList(obj, "LoadBalancerBackendAddresses");
        foreach (var item in items)
        {
            if (item is ObjectValue { Target: var address })
            {
                model.Addresses.Add(new BackendAddressModel(address.DisplayName, address.Origin) { IpAddress = ReadString(address, "IPAddress") });
            }
        }

        if (!complete)
        {
            model.IsOpen = true;
        }
    }

    private LbRuleModel BuildLbRule(HeapObject obj, LoadBalancerModel loadBalancer)
    {
        var rule = new LbRuleModel(obj.DisplayName, obj.Origin) { LoadBalancer = loadBalancer, IsOpen = obj.IsOpen };
        var properties = GetObject(obj, "Properties");
        if (properties is null)
        {
            return rule;
        }

        rule.Protocol = ReadEnumMember(properties, "Protocol").Select<LbTransportProtocol?>(m => m switch
        {
            "Tcp" => LbTransportProtocol.Tcp,
            "Udp" => LbTransportProtocol.Udp,
            "All" => LbTransportProtocol.All,
            "Quic" => LbTransportProtocol.Quic,
            _ => null,
        }).Flatten();
        rule.FrontendPort = ReadInt(properties, "FrontendPort");
        rule.BackendPort = ReadInt(properties, "BackendPort");
        rule.Frontend = ResolveTo(Get(properties, "FrontendIPConfigurationId"), _frontends);
        rule.Probe = ResolveTo(Get(properties, "ProbeId"), _probes);
        rule.EnableFloatingIp = ReadBool(properties, "EnableFloatingIP", whenUnset: false);

        var poolId = Get(properties, "BackendAddressPoolId");
        var (pools, complete) = GetList(properties, "BackendAddressPools");

        // Sized exactly: a rule or IP configuration names one pool or a few, and a list would start at four.
        ReserveExactly(rule.BackendPools, (poolId is null ? 0 : 1) + pools.Count + (complete ? 0 : 1));
        if (poolId is not null)
        {
            rule.BackendPools.Add(ResolvePool(poolId));
        }

        foreach (var item in pools)
        {
            rule.BackendPools.Add(ResolvePool(item));
        }

        if (!complete)
        {
            rule.BackendPools.Add(Known<BackendPoolModel>.Unknown);
        }

        return rule;
    }

    private Known<BackendPoolModel> ResolvePool(AbstractValue value)
    {
        var pool = ResolveTo(value, _pools);
        return pool is { IsKnown: true, Value: { } known } ? Known<BackendPoolModel>.Of(known) : Known<BackendPoolModel>.Unknown;
    }

    private void BuildNic(HeapObject obj, NetworkInterfaceModel model)
    {
        var nsg = ResolveTo(Get(obj, "NetworkSecurityGroup"), _nsgs);
        model.NetworkSecurityGroup = nsg.IsKnown && nsg.Value is null && model.IsOpen ? Known<NetworkSecurityGroupModel?>.Unknown : nsg;

        var configurationObjects = Children(obj, "IPConfigurations", "NetworkInterfaceIPConfiguration", _ipConfigurations);
        foreach (var configurationObject in configurationObjects)
        {
            var configuration = _ipConfigurations[configurationObject];
            if (configuration.NetworkInterface is null)
            {
                configuration.NetworkInterface = model;
                model.IpConfigurations.Add(configuration);
                BuildIpConfiguration(configurationObject, configuration);
            }
        }

        ReturnList(configurationObjects);
    }

    // IP configurations whose NIC the analysis does not see: they still join pools and subnets.
    private void BuildStandaloneIpConfigurations()
    {
        foreach (var pair in _ipConfigurations)
        {
            if (pair.Value.NetworkInterface is null)
            {
                pair.Value.IsOpen = true;
                BuildIpConfiguration(pair.Key, pair.Value);
            }
        }
    }

    private void BuildIpConfiguration(HeapObject obj, IpConfigurationModel model)
    {
        model.Subnet = ResolveTo(Get(obj, "Subnet"), _subnets);
        var allocation = ReadEnumMember(obj, "PrivateIPAllocationMethod");
        var address = ReadString(obj, "PrivateIPAddress");
        model.PrivateIpAddress = allocation is { IsKnown: true, Value: "Dynamic" } ? Known<string?>.Of(null) : address;

        var (pools, complete) = GetList(obj, "LoadBalancerBackendAddressPools");
        ReserveExactly(model.BackendPools, pools.Count + (complete ? 0 : 1));
        foreach (var item in pools)
        {
            model.BackendPools.Add(ResolvePool(item));
        }

        if (!complete)
        {
            model.BackendPools.Add(Known<BackendPoolModel>.Unknown);
        }

        var (natRules, natComplete) = GetList(obj, "LoadBalancerInboundNatRules");
        foreach (var item in natRules)
        {
            var nat = ResolveTo(item, _natRules);
            model.InboundNatRules.Add(nat is { IsKnown: true, Value: { } known } ? Known<InboundNatRuleModel>.Of(known) : Known<InboundNatRuleModel>.Unknown);
        }

        if (!natComplete)
        {
            model.InboundNatRules.Add(Known<InboundNatRuleModel>.Unknown);
        }
    }

    private static void AddOnce<T>(List<T> list, T item)
        where T : class
    {
        foreach (var existing in list)
        {
            if (ReferenceEquals(existing, item))
            {
                return;
            }
        }

        list.Add(item);
    }
}

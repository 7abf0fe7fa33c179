using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AzLbNsgAnalyzers.Model;
using Newtonsoft.Json.Linq;

namespace AzLbNsgAnalyzers.Cli.Templates;

/// <summary>
/// Turns a template's resources into the engine's network model, as the C# front end's ModelBuilder does for
/// Azure.Provisioning objects: references by resource ID, inline and standalone children merged, every value
/// Known or Unknown. The template is the whole deployment, so absence (no NSG, no other rule) is a fact,
/// except where a copy loop or a linked deployment the tool cannot see may add to it.
/// </summary>
internal sealed class TemplateNetworkBuilder
{
    private const string Network = "Microsoft.Network/";
    private readonly Topology _topology = new();
    private readonly Dictionary<string, object> _byKey = new(StringComparer.Ordinal);
    private readonly List<(SubnetModel Subnet, JToken Body)> _subnets = new();
    private readonly List<(TemplateResource Resource, NetworkInterfaceModel Nic)> _nics = new();
    private readonly List<(IpConfigurationModel Configuration, JToken Body)> _ipConfigurations = new();
    private readonly List<(FrontendModel Frontend, JToken Body)> _frontends = new();
    private readonly List<(LbRuleModel Rule, JToken Body)> _lbRules = new();
    private readonly List<(InboundNatRuleModel Rule, JToken Body)> _natRules = new();

    private TemplateNetworkBuilder()
    {
    }

    public static Topology Build(TemplateResourceCollector collected)
    {
        var builder = new TemplateNetworkBuilder();
        builder.BuildAll(collected);
        return builder._topology;
    }

    private void BuildAll(TemplateResourceCollector collected)
    {
        var resources = collected.Resources;

        // Pass 1: one model per resource (and per inline child), indexed by resource ID key; VNets first, so that a
        // standalone subnet finds its VNet wherever the template lists it.
        foreach (var resource in resources)
        {
            if (ShortType(resource) == "virtualnetworks")
            {
                CreateVirtualNetwork(resource);
            }
        }

        foreach (var resource in resources)
        {
            switch (ShortType(resource))
            {
                case "virtualnetworks/subnets":
                    CreateSubnet(resource, resource.Raw, resource.Body, resource.KnownName);
                    break;
                case "networksecuritygroups":
                    CreateNsg(resource);
                    break;
                case "publicipaddresses":
                    {
                        var publicIp = Register(resource, resource.KnownName, new PublicIpModel(resource.DisplayName, Origin(resource, resource.Raw)) { IsOpen = resource.IsLoop });
                        publicIp.Sku = ReadSku(resource.Body);
                        _topology.PublicIps.Add(publicIp);
                        break;
                    }

                case "networkinterfaces":
                    CreateNic(resource);
                    break;
                case "loadbalancers":
                    CreateLoadBalancer(resource);
                    break;
            }
        }

        // Standalone children after their parents.
        foreach (var resource in resources)
        {
            switch (ShortType(resource))
            {
                case "networksecuritygroups/securityrules":
                    AddStandaloneRule(resource);
                    break;
                case "loadbalancers/backendaddresspools":
                    AddStandaloneLoadBalancerChild(resource, "backendaddresspools");
                    break;
                case "loadbalancers/inboundnatrules":
                    AddStandaloneLoadBalancerChild(resource, "inboundnatrules");
                    break;
            }
        }

        // Pass 2: references.
        foreach (var (subnet, body) in _subnets)
        {
            var nsg = ResolveTo<NetworkSecurityGroupModel>(TemplateValue.Get(Properties(body), "networkSecurityGroup"));
            subnet.NetworkSecurityGroup = nsg;
        }

        foreach (var (frontend, body) in _frontends)
        {
            BuildFrontend(frontend, Properties(body));
        }

        foreach (var (rule, body) in _lbRules)
        {
            BuildLbRule(rule, Properties(body));
        }

        foreach (var (nat, body) in _natRules)
        {
            var properties = Properties(body);
            nat.FrontendPort = ReadInt(properties, "frontendPort");
            nat.BackendPort = ReadInt(properties, "backendPort");
            nat.Frontend = ResolveTo<FrontendModel>(TemplateValue.Get(properties, "frontendIPConfiguration"));
            nat.BackendPool = ResolveTo<BackendPoolModel>(TemplateValue.Get(properties, "backendAddressPool"));
        }

        foreach (var (resource, nic) in _nics)
        {
            nic.NetworkSecurityGroup = ResolveTo<NetworkSecurityGroupModel>(TemplateValue.Get(Properties(resource.Body), "networkSecurityGroup"));
        }

        foreach (var (configuration, body) in _ipConfigurations)
        {
            BuildIpConfiguration(configuration, Properties(body));
        }

        MarkReferencesFromUnmodelled(resources);

        if (collected.HasUnseenDeployments)
        {
            // A linked template may add rules, NICs or NSG associations to anything here.
            foreach (var model in _byKey.Values.OfType<ResourceModel>())
            {
                model.IsOpen = true;
            }

            foreach (var nsg in _topology.NetworkSecurityGroups)
            {
                nsg.RulesComplete = false;
            }
        }
    }

    private static string ShortType(TemplateResource resource) =>
        resource.Type.StartsWith(Network, StringComparison.OrdinalIgnoreCase) ? resource.Type.Substring(Network.Length).ToLowerInvariant() : string.Empty;

    private static Origin Origin(TemplateResource resource, JToken raw) => new(resource.Places.PlaceOf(resource, raw));

    private T Register<T>(TemplateResource resource, string? name, T model, string? type = null)
        where T : class
    {
        if (name is not null)
        {
            _byKey[ResourceIds.Key(type ?? resource.Type, name)] = model;
        }

        return model;
    }

    private static JToken? Properties(JToken? body) => TemplateValue.Get(body, "properties");

    // ------------------------------------------------------------ children of one resource

    /// <summary>The items of an inline child list, each as written (for its place) and evaluated; a property copy loop is one summary item.</summary>
    private static IEnumerable<(JToken Raw, JToken Body, bool IsLoop)> Items(TemplateResource resource, string listName)
    {
        var rawProperties = TemplateValue.Get(resource.Raw, "properties");
        var bodyProperties = Properties(resource.Body);
        var raw = TemplateValue.Get(rawProperties, listName);
        var body = TemplateValue.Get(bodyProperties, listName);
        if (body is JArray items)
        {
            for (int i = 0; i < items.Count; i++)
            {
                var rawItem = raw is JArray rawItems && i < rawItems.Count ? rawItems[i] : (raw ?? resource.Raw);
                yield return (rawItem, items[i], false);
            }
        }
        else if (body is not null && TemplateValue.IsUnknown(body))
        {
            yield return (raw ?? resource.Raw, TemplateValue.Unknown, true);
        }

        // "copy": [{ "name": "securityRules", "count": ..., "input": {...} }] (Bicep's [for ...] inside a property).
        if (TemplateValue.Get(rawProperties, "copy") is JArray copies)
        {
            foreach (var copy in copies)
            {
                if (TemplateValue.Get(copy, "name") is JValue { Type: JTokenType.String } name && string.Equals(name.Value<string>(), listName, StringComparison.OrdinalIgnoreCase)
                    && TemplateValue.Get(copy, "input") is { } input)
                {
                    yield return (input, resource.Scope.Evaluate(input), true);
                }
            }
        }
    }

    private static string ItemName(JToken body, JToken raw, string fallback) =>
        ReadString(body, "name") is { IsKnown: true, Value: { } name } ? name : (TemplateValue.Get(raw, "name") is { } written ? TemplateResource.WrittenName(written) : fallback);

    private static string? KnownChildName(TemplateResource parent, JToken body) =>
        parent.KnownName is { } parentName && ReadString(body, "name") is { IsKnown: true, Value: { } child } ? parentName + "/" + child : null;

    // ------------------------------------------------------------ resources

    private void CreateVirtualNetwork(TemplateResource resource)
    {
        var vnet = Register(resource, resource.KnownName, new VirtualNetworkModel(resource.DisplayName, Origin(resource, resource.Raw)) { IsOpen = resource.IsLoop });
        _topology.VirtualNetworks.Add(vnet);
        var properties = Properties(resource.Body);
        var addressSpace = TemplateValue.Get(properties, "addressSpace");
        vnet.AddressSpaces = addressSpace is null ? ImmutableArray<string>.Empty : ReadStringList(addressSpace, "addressPrefixes");

        foreach (var (raw, body, isLoop) in Items(resource, "subnets"))
        {
            var subnet = CreateSubnet(resource, raw, body, KnownChildName(resource, body), isLoop);
            subnet.VirtualNetwork = vnet;
            vnet.Subnets.Add(subnet);
            if (isLoop)
            {
                vnet.IsOpen = true;
            }
        }
    }

    private SubnetModel CreateSubnet(TemplateResource resource, JToken raw, JToken body, string? fullName, bool isLoop = false)
    {
        bool standalone = ReferenceEquals(raw, resource.Raw);
        string display = standalone ? resource.DisplayName : ItemName(body, raw, "subnet");

        // One subnet both inline in its VNet and as a resource: Azure keeps whichever PUT comes last, so neither is a fact.
        if (fullName is not null && _byKey.TryGetValue(ResourceIds.Key("Microsoft.Network/virtualNetworks/subnets", fullName), out var earlier) && earlier is SubnetModel earlierSubnet)
        {
            earlierSubnet.IsOpen = true;
            isLoop = true;
        }

        var subnet = Register(resource, fullName, new SubnetModel(display, Origin(resource, raw)) { IsOpen = resource.IsLoop || isLoop }, "Microsoft.Network/virtualNetworks/subnets");
        _topology.Subnets.Add(subnet);
        _subnets.Add((subnet, body));

        var properties = Properties(body);
        var single = ReadString(properties, "addressPrefix");
        var plural = ReadStringList(properties, "addressPrefixes");
        subnet.AddressPrefixes = single.IsKnown && plural.IsKnown
            ? (single.Value is { } prefix ? plural.Value.Insert(0, prefix) : plural.Value)
            : Known<ImmutableArray<string>>.Unknown;

        if (standalone && fullName is not null && fullName.IndexOf('/') is int slash and > 0
            && _byKey.TryGetValue(ResourceIds.Key("Microsoft.Network/virtualNetworks", fullName.Substring(0, slash)), out var parent) && parent is VirtualNetworkModel vnet)
        {
            subnet.VirtualNetwork = vnet;
            if (!vnet.Subnets.Contains(subnet))
            {
                vnet.Subnets.Add(subnet);
            }
        }
        else if (standalone)
        {
            subnet.VirtualNetwork = Known<VirtualNetworkModel?>.Unknown;
        }

        return subnet;
    }

    private void CreateNsg(TemplateResource resource)
    {
        var nsg = Register(resource, resource.KnownName, new NetworkSecurityGroupModel(resource.DisplayName, Origin(resource, resource.Raw)) { IsOpen = resource.IsLoop });
        _topology.NetworkSecurityGroups.Add(nsg);
        foreach (var (raw, body, isLoop) in Items(resource, "securityRules"))
        {
            AddRule(nsg, resource, raw, body, ItemName(body, raw, "rule"), ReadString(body, "name"), isLoop);
        }

        if (resource.IsLoop)
        {
            nsg.RulesComplete = false;
        }
    }

    private void AddStandaloneRule(TemplateResource resource)
    {
        string? nsgName = resource.KnownName is { } name && name.LastIndexOf('/') is int slash and > 0 ? name.Substring(0, slash) : null;
        if (nsgName is not null && _byKey.TryGetValue(ResourceIds.Key("Microsoft.Network/networkSecurityGroups", nsgName), out var owner) && owner is NetworkSecurityGroupModel nsg)
        {
            var ruleName = resource.KnownName is { } full ? Known<string?>.Of(full.Substring(full.LastIndexOf('/') + 1)) : Known<string?>.Unknown;

            // The same rule inline and as a resource is one rule whose last PUT wins: not two rules (no duplicate priority), and not known.
            if (ruleName.IsKnown && nsg.Rules.Any(r => r.Name.IsKnown && string.Equals(r.Name.Value, ruleName.Value, StringComparison.OrdinalIgnoreCase)))
            {
                nsg.RulesComplete = false;
                return;
            }

            AddRule(nsg, resource, resource.Raw, resource.Body, resource.DisplayName, ruleName, resource.IsLoop);
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

    private static void AddRule(NetworkSecurityGroupModel nsg, TemplateResource resource, JToken raw, JToken body, string displayName, Known<string?> name, bool isLoop)
    {
        var properties = Properties(body);
        var rule = new SecurityRuleModel(
            displayName,
            Origin(resource, raw),
            TemplateValue.IsUnknown(body) ? Known<int>.Unknown : ReadInt(properties, "priority"),
            ReadEnum(properties, "direction", new Dictionary<string, RuleDirection> { ["Inbound"] = RuleDirection.Inbound, ["Outbound"] = RuleDirection.Outbound }),
            ReadEnum(properties, "access", new Dictionary<string, RuleAccess> { ["Allow"] = RuleAccess.Allow, ["Deny"] = RuleAccess.Deny }),
            ReadEnum(properties, "protocol", new Dictionary<string, RuleProtocol>
            {
                ["Tcp"] = RuleProtocol.Tcp,
                ["Udp"] = RuleProtocol.Udp,
                ["Icmp"] = RuleProtocol.Icmp,
                ["Esp"] = RuleProtocol.Esp,
                ["Ah"] = RuleProtocol.Ah,
                ["*"] = RuleProtocol.Any,
            }),
            ReadAddressField(properties, "sourceAddressPrefix", "sourceAddressPrefixes", "sourceApplicationSecurityGroups"),
            new PortField(ReadString(properties, "sourcePortRange"), ReadStringList(properties, "sourcePortRanges")),
            ReadAddressField(properties, "destinationAddressPrefix", "destinationAddressPrefixes", "destinationApplicationSecurityGroups"),
            new PortField(ReadString(properties, "destinationPortRange"), ReadStringList(properties, "destinationPortRanges")))
        {
            NetworkSecurityGroup = nsg,
            Name = name,
        };
        nsg.Rules.Add(rule);
        if (isLoop || TemplateValue.IsUnknown(body))
        {
            nsg.RulesComplete = false;
        }
    }

    private static AddressField ReadAddressField(JToken? properties, string singular, string plural, string groups)
    {
        var asgs = TemplateValue.Get(properties, groups);
        bool hasGroups = asgs is JArray { Count: > 0 } || (asgs is not null && TemplateValue.IsUnknown(asgs));
        return new AddressField(ReadString(properties, singular), ReadStringList(properties, plural), hasGroups);
    }

    private void CreateNic(TemplateResource resource)
    {
        // A NIC in a copy loop stands for every NIC it makes: its absent NSG is a fact, as for a C# loop that surely runs.
        var nic = Register(resource, resource.KnownName, new NetworkInterfaceModel(resource.DisplayName, Origin(resource, resource.Raw)));
        _topology.NetworkInterfaces.Add(nic);
        _nics.Add((resource, nic));
        foreach (var (raw, body, isLoop) in Items(resource, "ipConfigurations"))
        {
            var configuration = Register(resource, KnownChildName(resource, body), new IpConfigurationModel(ItemName(body, raw, "ipconfig"), Origin(resource, raw)) { IsOpen = isLoop }, "Microsoft.Network/networkInterfaces/ipConfigurations");
            configuration.NetworkInterface = nic;
            nic.IpConfigurations.Add(configuration);
            _topology.IpConfigurations.Add(configuration);
            _ipConfigurations.Add((configuration, body));
        }
    }

    private void BuildIpConfiguration(IpConfigurationModel configuration, JToken? properties)
    {
        configuration.Subnet = ResolveTo<SubnetModel>(TemplateValue.Get(properties, "subnet"));
        var allocation = ReadString(properties, "privateIPAllocationMethod");
        var address = ReadString(properties, "privateIPAddress");
        configuration.PrivateIpAddress = allocation.IsKnown && string.Equals(allocation.Value, "Dynamic", StringComparison.OrdinalIgnoreCase) ? Known<string?>.Of(null) : address;

        foreach (var pool in References(properties, "loadBalancerBackendAddressPools"))
        {
            configuration.BackendPools.Add(pool is null ? Known<BackendPoolModel>.Unknown : Resolve<BackendPoolModel>(pool));
        }

        foreach (var nat in References(properties, "loadBalancerInboundNatRules"))
        {
            configuration.InboundNatRules.Add(nat is null ? Known<InboundNatRuleModel>.Unknown : Resolve<InboundNatRuleModel>(nat));
        }
    }

    private void CreateLoadBalancer(TemplateResource resource)
    {
        var loadBalancer = Register(resource, resource.KnownName, new LoadBalancerModel(resource.DisplayName, Origin(resource, resource.Raw)) { IsOpen = resource.IsLoop });
        loadBalancer.Sku = ReadSku(resource.Body);
        _topology.LoadBalancers.Add(loadBalancer);

        foreach (var (raw, body, isLoop) in Items(resource, "frontendIPConfigurations"))
        {
            var frontend = Register(resource, KnownChildName(resource, body), new FrontendModel(ItemName(body, raw, "frontend"), Origin(resource, raw)) { LoadBalancer = loadBalancer, IsOpen = isLoop }, "Microsoft.Network/loadBalancers/frontendIPConfigurations");
            loadBalancer.Frontends.Add(frontend);
            _frontends.Add((frontend, body));
            loadBalancer.IsOpen |= isLoop;
        }

        foreach (var (raw, body, isLoop) in Items(resource, "backendAddressPools"))
        {
            AddPool(loadBalancer, resource, raw, body, KnownChildName(resource, body), ItemName(body, raw, "pool"), isLoop);
        }

        foreach (var (raw, body, isLoop) in Items(resource, "probes"))
        {
            var properties = Properties(body);
            var probe = Register(resource, KnownChildName(resource, body), new ProbeModel(ItemName(body, raw, "probe"), Origin(resource, raw)) { IsOpen = isLoop }, "Microsoft.Network/loadBalancers/probes");
            probe.Port = ReadInt(properties, "port");
            probe.Protocol = ReadEnum(properties, "protocol", new Dictionary<string, ProbeProtocolKind> { ["Http"] = ProbeProtocolKind.Http, ["Tcp"] = ProbeProtocolKind.Tcp, ["Https"] = ProbeProtocolKind.Https });
            loadBalancer.Probes.Add(probe);
            loadBalancer.IsOpen |= isLoop;
        }

        foreach (var (raw, body, isLoop) in Items(resource, "loadBalancingRules"))
        {
            var rule = new LbRuleModel(ItemName(body, raw, "rule"), Origin(resource, raw)) { LoadBalancer = loadBalancer, IsOpen = isLoop };
            loadBalancer.Rules.Add(rule);
            _lbRules.Add((rule, body));
            loadBalancer.IsOpen |= isLoop;
        }

        foreach (var (raw, body, isLoop) in Items(resource, "inboundNatRules"))
        {
            AddNatRule(loadBalancer, resource, raw, body, KnownChildName(resource, body), ItemName(body, raw, "nat"), isLoop);
        }
    }

    private void AddStandaloneLoadBalancerChild(TemplateResource resource, string kind)
    {
        string? parentName = resource.KnownName is { } name && name.LastIndexOf('/') is int slash and > 0 ? name.Substring(0, slash) : null;
        if (parentName is null || !_byKey.TryGetValue(ResourceIds.Key("Microsoft.Network/loadBalancers", parentName), out var owner) || owner is not LoadBalancerModel loadBalancer)
        {
            return;
        }

        if (kind == "backendaddresspools")
        {
            AddPool(loadBalancer, resource, resource.Raw, resource.Body, resource.KnownName, resource.DisplayName, resource.IsLoop);
        }
        else
        {
            AddNatRule(loadBalancer, resource, resource.Raw, resource.Body, resource.KnownName, resource.DisplayName, resource.IsLoop);
        }
    }

    private void AddPool(LoadBalancerModel loadBalancer, TemplateResource resource, JToken raw, JToken body, string? fullName, string displayName, bool isLoop)
    {
        var pool = Register(resource, fullName, new BackendPoolModel(displayName, Origin(resource, raw)) { LoadBalancer = loadBalancer, IsOpen = isLoop }, "Microsoft.Network/loadBalancers/backendAddressPools");
        loadBalancer.BackendPools.Add(pool);
        loadBalancer.IsOpen |= isLoop;
        var addresses = TemplateValue.Get(Properties(body), "loadBalancerBackendAddresses");
        if (addresses is JArray list)
        {
            foreach (var address in list)
            {
                pool.Addresses.Add(new BackendAddressModel(ItemName(address, address, "address"), Origin(resource, raw)) { IpAddress = ReadString(Properties(address), "ipAddress") });
            }
        }
        else if (addresses is not null)
        {
            pool.IsOpen = true;
        }
    }

    private void AddNatRule(LoadBalancerModel loadBalancer, TemplateResource resource, JToken raw, JToken body, string? fullName, string displayName, bool isLoop)
    {
        var nat = Register(resource, fullName, new InboundNatRuleModel(displayName, Origin(resource, raw)) { IsOpen = isLoop }, "Microsoft.Network/loadBalancers/inboundNatRules");
        loadBalancer.InboundNatRules.Add(nat);
        _natRules.Add((nat, body));
    }

    private void BuildFrontend(FrontendModel frontend, JToken? properties)
    {
        frontend.Subnet = ResolveTo<SubnetModel>(TemplateValue.Get(properties, "subnet"));
        frontend.PrivateIpAddress = ReadString(properties, "privateIPAddress");
        frontend.PublicIp = ResolveTo<PublicIpModel>(TemplateValue.Get(properties, "publicIPAddress"));
        bool hasPublicPrefix = TemplateValue.Get(properties, "publicIPPrefix") is not null;
        frontend.IsPublic = !frontend.PublicIp.IsKnown ? Known<bool>.Unknown
            : frontend.PublicIp.Value is not null || hasPublicPrefix ? true
            : frontend.Subnet is { IsKnown: true, Value: not null } ? false
            : Known<bool>.Unknown;
    }

    private void BuildLbRule(LbRuleModel rule, JToken? properties)
    {
        rule.Protocol = ReadEnum(properties, "protocol", new Dictionary<string, LbTransportProtocol> { ["Tcp"] = LbTransportProtocol.Tcp, ["Udp"] = LbTransportProtocol.Udp, ["All"] = LbTransportProtocol.All });
        rule.FrontendPort = ReadInt(properties, "frontendPort");
        rule.BackendPort = ReadInt(properties, "backendPort");
        rule.Frontend = ResolveTo<FrontendModel>(TemplateValue.Get(properties, "frontendIPConfiguration"));
        rule.Probe = ResolveTo<ProbeModel>(TemplateValue.Get(properties, "probe"));
        rule.EnableFloatingIp = TemplateValue.Get(properties, "enableFloatingIP") switch
        {
            null => false,
            JValue { Type: JTokenType.Boolean } b => b.Value<bool>(),
            _ => Known<bool>.Unknown,
        };

        if (TemplateValue.Get(properties, "backendAddressPool") is { } single)
        {
            rule.BackendPools.Add(Resolve<BackendPoolModel>(single));
        }

        foreach (var pool in References(properties, "backendAddressPools"))
        {
            rule.BackendPools.Add(pool is null ? Known<BackendPoolModel>.Unknown : Resolve<BackendPoolModel>(pool));
        }
    }

    // Other resources that name ours by ID (a VM scale set's subnet, a private endpoint...): absence about them is no longer a fact.
    private void MarkReferencesFromUnmodelled(IReadOnlyList<TemplateResource> resources)
    {
        foreach (var resource in resources)
        {
            if (ShortType(resource) is "virtualnetworks" or "virtualnetworks/subnets" or "networksecuritygroups" or "networksecuritygroups/securityrules"
                or "networkinterfaces" or "loadbalancers" or "loadbalancers/backendaddresspools" or "loadbalancers/inboundnatrules" or "publicipaddresses")
            {
                continue;
            }

            foreach (var value in resource.Body.DescendantsAndSelf().OfType<JValue>())
            {
                if (value.Type == JTokenType.String && ResourceIds.KeyOf(value.Value<string>()!) is { } key && _byKey.TryGetValue(key, out var model) && model is ResourceModel referenced)
                {
                    referenced.ReferencedByUnmodelled = true;
                }
            }
        }
    }

    // ------------------------------------------------------------ values

    /// <summary>The items of a list of { "id": ... } references: each id token, or null for an item that cannot be read.</summary>
    private static IEnumerable<JToken?> References(JToken? properties, string name)
    {
        var list = TemplateValue.Get(properties, name);
        if (list is JArray items)
        {
            foreach (var item in items)
            {
                yield return item;
            }
        }
        else if (list is not null)
        {
            yield return null;
        }
    }

    /// <summary>{ "id": "..." } to the model it names: null when the reference is absent, Unknown when it cannot be resolved.</summary>
    private Known<T?> ResolveTo<T>(JToken? reference)
        where T : class
    {
        if (reference is null || reference.Type == JTokenType.Null)
        {
            return Known<T?>.Of(null);
        }

        var resolved = Resolve<T>(reference);
        return resolved.IsKnown ? Known<T?>.Of(resolved.Value) : Known<T?>.Unknown;
    }

    private Known<T> Resolve<T>(JToken reference)
        where T : class
    {
        if (TemplateValue.Get(reference, "id") is JValue { Type: JTokenType.String } id
            && ResourceIds.KeyOf(id.Value<string>()!) is { } key && _byKey.TryGetValue(key, out var model) && model is T typed)
        {
            return typed;
        }

        return Known<T>.Unknown;
    }

    private static Known<string?> ReadString(JToken? obj, string name) =>
        TemplateValue.Get(obj, name) switch
        {
            null => Known<string?>.Of(null),
            { Type: JTokenType.Null } => Known<string?>.Of(null),
            var value when TemplateValue.IsUnknown(value) => Known<string?>.Unknown,
            JValue { Type: JTokenType.String } s => Known<string?>.Of(s.Value<string>()),
            _ => Known<string?>.Unknown,
        };

    private static Known<int> ReadInt(JToken? obj, string name) =>
        TemplateValue.Get(obj, name) is JValue { Type: JTokenType.Integer } value && value.Value<long>() is long number && number is >= int.MinValue and <= int.MaxValue
            ? Known<int>.Of((int)number)
            : Known<int>.Unknown;

    private static Known<ImmutableArray<string>> ReadStringList(JToken? obj, string name)
    {
        var value = TemplateValue.Get(obj, name);
        if (value is null || value.Type == JTokenType.Null)
        {
            return ImmutableArray<string>.Empty;
        }

        if (value is not JArray items)
        {
            return Known<ImmutableArray<string>>.Unknown;
        }

        var builder = ImmutableArray.CreateBuilder<string>(items.Count);
        foreach (var item in items)
        {
            if (item is not JValue { Type: JTokenType.String } s || TemplateValue.IsUnknown(s))
            {
                return Known<ImmutableArray<string>>.Unknown;
            }

            builder.Add(s.Value<string>()!);
        }

        return builder.ToImmutable();
    }

    private static Known<T> ReadEnum<T>(JToken? obj, string name, Dictionary<string, T> members)
        where T : struct
    {
        var text = ReadString(obj, name);
        if (!text.IsKnown || text.Value is null)
        {
            return Known<T>.Unknown;
        }

        foreach (var pair in members)
        {
            if (string.Equals(pair.Key, text.Value, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value;
            }
        }

        return Known<T>.Unknown;
    }

    private static Known<SkuName?> ReadSku(JObject body)
    {
        var sku = TemplateValue.Get(body, "sku");
        if (sku is null)
        {
            return Known<SkuName?>.Of(null);
        }

        var name = ReadString(sku, "name");
        if (!name.IsKnown)
        {
            return Known<SkuName?>.Unknown;
        }

        return name.Value?.ToLowerInvariant() switch
        {
            null => Known<SkuName?>.Of(null),
            "basic" => SkuName.Basic,
            "standard" => SkuName.Standard,
            "gateway" => SkuName.Gateway,
            "standardv2" => SkuName.StandardV2,
            _ => Known<SkuName?>.Unknown,
        };
    }
}

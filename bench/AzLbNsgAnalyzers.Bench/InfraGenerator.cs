using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AzLbNsgAnalyzers.Bench;

/// <summary>What a generated topology was meant to contain (to check the analyzers report the planted mistakes).</summary>
internal enum Misconfiguration
{
    None,
    DenyAllWithoutAzureLoadBalancerAllow, // LBNSG003
    AzureLoadBalancerOnlyAllow,           // LBNSG004
    NsgRuleOnFrontendPort,                // LBNSG006 (and the clients stay blocked: LBNSG007)
}

/// <summary>
/// Realistic Azure.Provisioning infrastructure code: each method builds a full topology (VNet, 3 subnets,
/// NSGs with 10-40 rules, an internal or public Standard LB with frontends, pools, probes and rules,
/// 2-10 NICs through a shared helper method) in one of five code styles, ~20% with a planted mistake.
/// Deterministic for a given seed.
/// </summary>
internal static class InfraGenerator
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using Azure.Core;
        using Azure.Provisioning;
        using Azure.Provisioning.Expressions;
        using Azure.Provisioning.Network;

        """;

    public const string SharedFile = Usings + """
        namespace Generated;

        public sealed record RuleOptions(string Name, int Priority, SecurityRuleAccess Access, SecurityRuleProtocol Protocol, string Source, string Port);

        public static class NetworkHelpers
        {
            public static NetworkInterface CreateNic(Infrastructure infra, string name, SubnetResource subnet, BackendAddressPool pool)
            {
                var ipConfiguration = new NetworkInterfaceIPConfiguration(Infrastructure.NormalizeBicepIdentifier($"{name}-ipconfig"))
                {
                    Subnet = { Id = subnet.Id },
                    LoadBalancerBackendAddressPools = { new BackendAddressPool("poolRef") { Id = pool.Id } },
                };
                ipConfiguration.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Dynamic);
                var nic = new NetworkInterface(Infrastructure.NormalizeBicepIdentifier($"{name}-nic"))
                {
                    Name = $"{name}-nic",
                    Location = AzureLocation.WestEurope,
                    IPConfigurations = [ipConfiguration],
                };
                infra.Add(nic);
                return nic;
            }
        }

        """;

    /// <summary>The share of generated topologies that carry one planted mistake.</summary>
    public const double DefaultMistakeShare = 0.2;

    /// <summary>N topology methods, one class per file, plus the shared helper file; <paramref name="mistakeShare"/> of them with a planted mistake.</summary>
    public static List<(string Path, string Text)> Project(int count, int seed, out List<Misconfiguration> planted, double mistakeShare = DefaultMistakeShare)
    {
        var random = new Random(seed);
        var files = new List<(string, string)> { ("Shared.cs", SharedFile) };
        planted = new List<Misconfiguration>();
        for (int i = 0; i < count; i++)
        {
            var body = new StringBuilder();
            var kind = Body(body, i, random, prefix: string.Empty, indent: 8, mistakeShare);
            planted.Add(kind);
            string text = Usings + "namespace Generated;\n\npublic static class Topology" + i + "\n{\n    public static Infrastructure Build()\n    {\n        var infra = new Infrastructure(\"t" + i + "\");\n"
                          + body + "        return infra;\n    }\n}\n";
            files.Add(("Topology" + i + ".cs", text));
        }

        return files;
    }

    /// <summary>The share of the dense variant's topologies with a planted mistake: a project people keep working has few.</summary>
    public const double DenseMistakeShare = 0.05;

    /// <summary>
    /// The infrastructure-dense variant: <paramref name="count"/> files, each one method of about 100-150 lines that is
    /// almost only Azure.Provisioning construction (a topology with small NSGs), rotating the five NSG code styles and
    /// three ways of writing the NICs (shared helper, a loop over constant names, one by one inline).
    /// <paramref name="shapes"/> names each method's code shape, for the per-shape profile.
    /// </summary>
    public static List<(string Path, string Text)> DenseProject(int count, int seed, out List<Misconfiguration> planted, out List<string> shapes, double mistakeShare = DenseMistakeShare)
    {
        var random = new Random(seed);
        var files = new List<(string, string)> { ("Shared.cs", SharedFile) };
        planted = new List<Misconfiguration>();
        shapes = new List<string>();
        string[] nsgStyles = { "inline", "Parent-linked", "statements after construction", "records + local function", "local factory function" };
        string[] nicStyles = { "helper-built NICs", "NICs in a loop", "inline NICs" };
        for (int i = 0; i < count; i++)
        {
            var body = new StringBuilder();
            planted.Add(Body(body, i, random, prefix: string.Empty, indent: 8, mistakeShare, dense: true));
            shapes.Add(nsgStyles[i % 5] + ", " + nicStyles[i / 5 % 3]);
            string text = Usings + "namespace Generated;\n\npublic static class Dense" + i + "\n{\n    public static Infrastructure Build()\n    {\n        var infra = new Infrastructure(\"d" + i + "\");\n"
                          + body + "        return infra;\n    }\n}\n";
            files.Add(("Dense" + i + ".cs", text));
        }

        return files;
    }

    /// <summary>One method of at least <paramref name="lines"/> lines: several topologies built one after the other.</summary>
    public static List<(string Path, string Text)> LargeMethod(int lines, int seed, out int topologies)
    {
        var random = new Random(seed);
        var body = new StringBuilder();
        topologies = 0;
        while (body.ToString().Count(c => c == '\n') < lines - 6)
        {
            Body(body, topologies, random, prefix: "t" + topologies + "_", indent: 8);
            topologies++;
        }

        string text = Usings + "namespace Generated;\n\npublic static class Large\n{\n    public static Infrastructure Build()\n    {\n        var infra = new Infrastructure(\"large\");\n"
                      + body + "        return infra;\n    }\n}\n";
        return new List<(string, string)> { ("Shared.cs", SharedFile), ("Large.cs", text) };
    }

    /// <summary>A project without Azure.Provisioning: plain methods (string and list work) of about the same size.</summary>
    public static List<(string Path, string Text)> PlainProject(int count, int seed)
    {
        var random = new Random(seed);
        var files = new List<(string, string)>();
        for (int i = 0; i < count; i++)
        {
            var sb = new StringBuilder();
            sb.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\n\nnamespace Plain;\n\npublic sealed record Item").Append(i).Append("(string Name, int Priority, string Source, string Port);\n\n");
            sb.Append("public static class Plain").Append(i).Append("\n{\n    public static List<Item").Append(i).Append("> Build(int seed)\n    {\n        var items = new List<Item").Append(i).Append(">();\n");
            int n = random.Next(10, 41);
            for (int k = 0; k < n; k++)
            {
                sb.Append("        items.Add(new Item").Append(i).Append("(\"rule-").Append(k).Append("\", ").Append(100 + 10 * k).Append(", \"10.").Append(random.Next(256)).Append(".0.0/24\", \"").Append(random.Next(1, 65535)).Append("\"));\n");
            }

            sb.Append("        var byPriority = items.OrderBy(x => x.Priority).ToDictionary(x => x.Name, x => x.Priority + seed);\n");
            sb.Append("        foreach (var pair in byPriority)\n        {\n            if (pair.Value % 2 == 0) { items.Add(new Item").Append(i).Append("(pair.Key + \"-even\", pair.Value, \"*\", $\"{pair.Value}\")); }\n        }\n\n        return items;\n    }\n}\n");
            files.Add(("Plain" + i + ".cs", sb.ToString()));
        }

        return files;
    }

    private sealed record RuleSpec(string Name, int Priority, string Access, string Protocol, string Source, string Destination, string Port);

    private static Misconfiguration Body(StringBuilder sb, int index, Random random, string prefix, int indent, double mistakeShare = DefaultMistakeShare, bool dense = false)
    {
        var w = new Writer(sb, indent);
        string p = prefix;
        int style = index % 5;
        var misconfiguration = random.NextDouble() < mistakeShare ? (Misconfiguration)random.Next(1, 4) : Misconfiguration.None;
        int a = 10 + index % 200;
        bool isPublic = random.Next(3) == 0;
        int frontends = random.Next(1, 3), pools = random.Next(1, 3), lbRuleCount = random.Next(Math.Max(frontends, 1), 4), probes = random.Next(1, Math.Min(lbRuleCount, 2) + 1);
        int nics = dense ? random.Next(2, 5) : random.Next(2, 11);
        int[] frontendPorts = { 80, 443, 8080 };
        string backendPorts = lbRuleCount == 1 ? "5000" : "5000-" + (5000 + lbRuleCount - 1);
        string frontendIp = "10." + a + ".2.10";

        // ---- the web NSG's rules
        var rules = new List<RuleSpec>();
        string clientSource = isPublic ? "Internet" : "10." + a + ".1.0/24";
        if (misconfiguration == Misconfiguration.NsgRuleOnFrontendPort)
        {
            rules.Add(new RuleSpec("allow-clients", 100, "Allow", "Tcp", clientSource, isPublic ? "*" : frontendIp, "80"));
        }
        else if (misconfiguration != Misconfiguration.AzureLoadBalancerOnlyAllow)
        {
            rules.Add(new RuleSpec("allow-clients", 100, "Allow", "Tcp", clientSource, "*", backendPorts));
        }

        if (misconfiguration != Misconfiguration.DenyAllWithoutAzureLoadBalancerAllow)
        {
            rules.Add(new RuleSpec("allow-azure-lb", 110, "Allow", "Asterisk", "AzureLoadBalancer", "*", "*"));
        }

        int total = dense ? random.Next(4, 11) : random.Next(10, 41);
        // Not the frontend ports (80, 443, 8080) nor the backend ports (5000-5002): those would be real findings.
        string[] fillerPorts = { "22", "3389", "8443", "2000-2100", "9090", "1433", "6379" };
        for (int j = 0; rules.Count < total - 1; j++)
        {
            bool deny = random.Next(5) == 0;
            string source = random.Next(3) switch { 0 => "10." + a + "." + random.Next(4, 250) + ".0/24", 1 => "192.168." + random.Next(256) + ".0/24", _ => "VirtualNetwork" };
            // Each filler rule gets its own port: repeated (port, protocol) pairs would shadow each other, and real
            // NSGs do not carry dozens of unreachable rules (each would be a genuine LBNSG106 finding).
            rules.Add(new RuleSpec((deny ? "deny-" : "allow-") + "extra-" + j, 200 + 10 * j, deny ? "Deny" : "Allow", random.Next(3) == 0 ? "Udp" : "Tcp", deny ? "*" : source, "*", FillerPort(j, fillerPorts)));
        }

        rules.Add(new RuleSpec("deny-all", 4000, "Deny", "Asterisk", "*", "*", "*"));

        // ---- network: VNet and subnets
        w.L($"var {p}location = AzureLocation.WestEurope;");
        if (style is 0 or 3)
        {
            w.L($"var {p}client = new SubnetResource(\"{p}client\") {{ Name = \"client\", AddressPrefix = \"10.{a}.1.0/24\" }};");
            w.L($"var {p}lbSubnet = new SubnetResource(\"{p}lbSubnet\") {{ Name = \"lb\", AddressPrefix = \"10.{a}.2.0/24\" }};");
            w.L($"var {p}web = new SubnetResource(\"{p}web\") {{ Name = \"web\", AddressPrefix = \"10.{a}.3.0/24\" }};");
            w.L($"var {p}vnet = new VirtualNetwork(\"{p}vnet\")");
            w.L("{");
            w.L($"    Name = \"vnet-{index}\",");
            w.L($"    Location = {p}location,");
            w.L($"    AddressSpace = new VirtualNetworkAddressSpace {{ AddressPrefixes = {{ \"10.{a}.0.0/16\" }} }},");
            w.L($"    Subnets = [{p}client, {p}lbSubnet, {p}web],");
            w.L("};");
            w.L($"infra.Add({p}vnet);");
        }
        else
        {
            w.L($"var {p}vnet = new VirtualNetwork(\"{p}vnet\") {{ Name = \"vnet-{index}\", Location = {p}location }};");
            w.L($"{p}vnet.AddressSpace.AddressPrefixes.Add(\"10.{a}.0.0/16\");");
            w.L($"infra.Add({p}vnet);");
            w.L($"var {p}client = new SubnetResource(\"{p}client\") {{ Parent = {p}vnet, Name = \"client\", AddressPrefix = \"10.{a}.1.0/24\" }};");
            w.L($"var {p}lbSubnet = new SubnetResource(\"{p}lbSubnet\") {{ Parent = {p}vnet, Name = \"lb\" }};");
            w.L($"{p}lbSubnet.AddressPrefix = \"10.{a}.2.0/24\";");
            w.L($"var {p}web = new SubnetResource(\"{p}web\") {{ Parent = {p}vnet, Name = \"web\", AddressPrefix = \"10.{a}.3.0/24\" }};");
            w.L($"infra.Add({p}client);");
            w.L($"infra.Add({p}lbSubnet);");
            w.L($"infra.Add({p}web);");
        }

        // ---- the web NSG
        EmitNsg(w, style, p, "webNsg", "nsg-web-" + index, rules);
        if (style is 0 or 2)
        {
            w.L($"{p}web.NetworkSecurityGroup = new NetworkSecurityGroup(\"{p}webNsgRef\") {{ Id = {p}webNsg.Id }};");
        }
        else
        {
            w.L($"{p}web.NetworkSecurityGroup.Id = {p}webNsg.Id;");
        }

        // ---- a second NSG on the client subnet (not on the packet path to the backends)
        var clientRules = new List<RuleSpec>();
        int clientTotal = dense ? random.Next(3, 6) : random.Next(10, 16);
        for (int j = 0; j < clientTotal - 1; j++)
        {
            clientRules.Add(new RuleSpec("allow-mgmt-" + j, 300 + 10 * j, "Allow", "Tcp", "10." + a + "." + random.Next(4, 250) + ".0/24", "*", FillerPort(j, fillerPorts)));
        }

        clientRules.Add(new RuleSpec("deny-all", 4000, "Deny", "Asterisk", "*", "*", "*"));
        EmitNsg(w, (style + 1) % 5, p, "clientNsg", "nsg-client-" + index, clientRules);
        w.L($"{p}client.NetworkSecurityGroup.Id = {p}clientNsg.Id;");

        // ---- load balancer
        bool parentLinked = style is 1 or 2;
        bool inline = style == 0;
        if (!inline)
        {
            w.L($"var {p}lb = new LoadBalancer(\"{p}lb\") {{ Name = \"lb-{index}\", Location = {p}location, Sku = new LoadBalancerSku {{ Name = LoadBalancerSkuName.Standard }} }};");
        }

        string parent = parentLinked ? $"Parent = {p}lb, " : string.Empty;
        for (int f = 0; f < frontends; f++)
        {
            if (isPublic)
            {
                w.L($"var {p}pip{f} = new PublicIPAddress(\"{p}pip{f}\") {{ Name = \"pip-{index}-{f}\", Location = {p}location, Sku = new PublicIPAddressSku {{ Name = PublicIPAddressSkuName.Standard }}, PublicIPAllocationMethod = NetworkIPAllocationMethod.Static }};");
                w.L($"infra.Add({p}pip{f});");
                w.L($"var {p}fe{f} = new FrontendIPConfiguration(\"{p}fe{f}\") {{ {parent}PublicIPAddress = {{ Id = {p}pip{f}.Id }} }};");
            }
            else
            {
                w.L($"var {p}fe{f} = new FrontendIPConfiguration(\"{p}fe{f}\") {{ {parent}Subnet = {{ Id = {p}lbSubnet.Id }} }};");
                w.L($"{p}fe{f}.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Static);");
                w.L($"{p}fe{f}.PrivateIPAddress.Assign(\"10.{a}.2.{10 + f}\");");
            }
        }

        for (int k = 0; k < pools; k++)
        {
            w.L($"var {p}pool{k} = new BackendAddressPool(\"{p}pool{k}\") {{ {parent}Name = \"pool-{k}\" }};");
        }

        for (int q = 0; q < probes; q++)
        {
            w.L($"var {p}probe{q} = new ProbeResource(\"{p}probe{q}\") {{ {parent.TrimEnd(',', ' ')} }};".Replace("{  }", "{ }"));
            w.L($"{p}probe{q}.Protocol.Assign(ProbeProtocol.Http);");
            w.L($"{p}probe{q}.Port.Assign({5000 + q});");
            w.L($"{p}probe{q}.RequestPath.Assign(\"/health\");");
        }

        for (int r = 0; r < lbRuleCount; r++)
        {
            string fe = p + "fe" + (r % frontends), pool = p + "pool" + (r % pools), probe = p + "probe" + (r % probes);
            if (style == 2)
            {
                w.L($"var {p}rule{r} = new LoadBalancingRule(\"{p}rule{r}\") {{ Parent = {p}lb }};");
                w.L($"{p}rule{r}.Properties.Protocol = LoadBalancingTransportProtocol.Tcp;");
                w.L($"{p}rule{r}.Properties.FrontendPort = {frontendPorts[r]};");
                w.L($"{p}rule{r}.Properties.BackendPort = {5000 + r};");
                w.L($"{p}rule{r}.Properties.FrontendIPConfigurationId = {fe}.Id;");
                w.L($"{p}rule{r}.Properties.BackendAddressPoolId = {pool}.Id;");
                w.L($"{p}rule{r}.Properties.ProbeId = {probe}.Id;");
            }
            else
            {
                w.L($"var {p}rule{r} = new LoadBalancingRule(\"{p}rule{r}\")");
                w.L("{");
                if (style == 1)
                {
                    w.L($"    Parent = {p}lb,");
                }

                w.L("    Properties =");
                w.L("    {");
                w.L("        Protocol = LoadBalancingTransportProtocol.Tcp,");
                w.L($"        FrontendPort = {frontendPorts[r]},");
                w.L($"        BackendPort = {5000 + r},");
                w.L($"        FrontendIPConfigurationId = {fe}.Id,");
                w.L($"        BackendAddressPoolId = {pool}.Id,");
                w.L($"        ProbeId = {probe}.Id,");
                w.L("    },");
                w.L("};");
            }
        }

        string List(string name, int n) => string.Join(", ", Enumerable.Range(0, n).Select(k => p + name + k));
        if (inline)
        {
            w.L($"var {p}lb = new LoadBalancer(\"{p}lb\")");
            w.L("{");
            w.L($"    Name = \"lb-{index}\",");
            w.L($"    Location = {p}location,");
            w.L("    Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard },");
            w.L($"    FrontendIPConfigurations = [{List("fe", frontends)}],");
            w.L($"    BackendAddressPools = [{List("pool", pools)}],");
            w.L($"    Probes = [{List("probe", probes)}],");
            w.L($"    LoadBalancingRules = [{List("rule", lbRuleCount)}],");
            w.L("};");
        }
        else if (!parentLinked)
        {
            for (int f = 0; f < frontends; f++)
            {
                w.L($"{p}lb.FrontendIPConfigurations.Add({p}fe{f});");
            }

            w.L($"{p}lb.BackendAddressPools = [{List("pool", pools)}];");
            w.L($"{p}lb.Probes = [{List("probe", probes)}];");
            for (int r = 0; r < lbRuleCount; r++)
            {
                w.L($"{p}lb.LoadBalancingRules.Add({p}rule{r});");
            }
        }
        else
        {
            for (int k = 0; k < pools; k++)
            {
                w.L($"infra.Add({p}pool{k});");
            }
        }

        w.L($"infra.Add({p}lb);");

        // ---- NICs: through the shared helper; in the dense variant also in a loop over constant names, or one by one inline.
        int nicStyle = dense ? index / 5 % 3 : 0;
        if (nicStyle == 1)
        {
            string names = string.Join(", ", Enumerable.Range(0, nics).Select(n => $"\"vm-{index}-{n}\""));
            w.L($"foreach (var {p}vm in new[] {{ {names} }})");
            w.L("{");
            w.L($"    var {p}vmIp = new NetworkInterfaceIPConfiguration(Infrastructure.NormalizeBicepIdentifier($\"{{{p}vm}}-ipconfig\"))");
            w.L("    {");
            w.L($"        Subnet = {{ Id = {p}web.Id }},");
            w.L($"        LoadBalancerBackendAddressPools = {{ new BackendAddressPool(\"{p}vmPoolRef\") {{ Id = {p}pool0.Id }} }},");
            w.L("    };");
            w.L($"    infra.Add(new NetworkInterface(Infrastructure.NormalizeBicepIdentifier($\"{{{p}vm}}-nic\")) {{ Name = $\"{{{p}vm}}-nic\", Location = {p}location, IPConfigurations = [{p}vmIp] }});");
            w.L("}");
        }
        else if (nicStyle == 2)
        {
            for (int n = 0; n < nics; n++)
            {
                w.L($"infra.Add(new NetworkInterface(\"{p}nic{n}\")");
                w.L("{");
                w.L($"    Name = \"vm-{index}-{n}-nic\",");
                w.L($"    Location = {p}location,");
                w.L($"    IPConfigurations = [new NetworkInterfaceIPConfiguration(\"{p}nic{n}Ip\") {{ Subnet = {{ Id = {p}web.Id }}, LoadBalancerBackendAddressPools = {{ new BackendAddressPool(\"{p}nic{n}PoolRef\") {{ Id = {p}pool{n % pools}.Id }} }} }}],");
                w.L("});");
            }
        }
        else
        {
            for (int n = 0; n < nics; n++)
            {
                w.L($"NetworkHelpers.CreateNic(infra, \"vm-{index}-{n}\", {p}web, {p}pool{n % pools});");
            }
        }

        return misconfiguration;
    }

    private static void EmitNsg(Writer w, int style, string p, string variable, string name, List<RuleSpec> rules)
    {
        string v = p + variable;
        string Rule(RuleSpec r, string parent) =>
            $"new SecurityRule(\"{p}{variable}_{r.Name.Replace("-", "_")}\") {{ {parent}Name = \"{r.Name}\", Priority = {r.Priority}, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.{r.Access}, Protocol = SecurityRuleProtocol.{r.Protocol}, SourceAddressPrefix = \"{r.Source}\", SourcePortRange = \"*\", DestinationAddressPrefix = \"{r.Destination}\", DestinationPortRange = \"{r.Port}\" }}";
        switch (style)
        {
            case 0: // inline children
                w.L($"var {v} = new NetworkSecurityGroup(\"{v}\")");
                w.L("{");
                w.L($"    Name = \"{name}\",");
                w.L($"    Location = {p}location,");
                w.L("    SecurityRules =");
                w.L("    [");
                foreach (var r in rules)
                {
                    w.L("        " + Rule(r, string.Empty) + ",");
                }

                w.L("    ],");
                w.L("};");
                w.L($"infra.Add({v});");
                break;
            case 1: // Parent-linked children
                w.L($"var {v} = new NetworkSecurityGroup(\"{v}\") {{ Name = \"{name}\", Location = {p}location }};");
                w.L($"infra.Add({v});");
                foreach (var r in rules)
                {
                    w.L($"infra.Add({Rule(r, "Parent = " + v + ", ")});");
                }

                break;
            case 2: // statements after construction
                w.L($"var {v} = new NetworkSecurityGroup(\"{v}\") {{ Name = \"{name}\" }};");
                w.L($"{v}.Location = {p}location;");
                w.L($"infra.Add({v});");
                for (int i = 0; i < rules.Count; i++)
                {
                    var r = rules[i];
                    string rv = $"{v}Rule{i}";
                    w.L($"var {rv} = new SecurityRule(\"{v}_{r.Name.Replace("-", "_")}\") {{ Parent = {v}, Name = \"{r.Name}\" }};");
                    w.L($"{rv}.Priority = {r.Priority};");
                    w.L($"{rv}.Direction = SecurityRuleDirection.Inbound;");
                    w.L($"{rv}.Access = SecurityRuleAccess.{r.Access};");
                    w.L($"{rv}.Protocol = SecurityRuleProtocol.{r.Protocol};");
                    w.L($"{rv}.SourceAddressPrefix = \"{r.Source}\";");
                    w.L($"{rv}.SourcePortRange = \"*\";");
                    w.L($"{rv}.DestinationAddressPrefix = \"{r.Destination}\";");
                    w.L($"{rv}.DestinationPortRange = \"{r.Port}\";");
                    w.L($"infra.Add({rv});");
                }

                break;
            case 3: // records of rule options and a local function
                if (rules.Any(r => r.Destination != "*"))
                {
                    goto case 1; // RuleOptions has no destination: write this NSG Parent-linked.
                }

                w.L($"var {v} = new NetworkSecurityGroup(\"{v}\") {{ Name = \"{name}\", Location = {p}location }};");
                w.L($"infra.Add({v});");
                w.L($"RuleOptions[] {v}Options =");
                w.L("[");
                foreach (var r in rules)
                {
                    w.L($"    new(\"{r.Name}\", {r.Priority}, SecurityRuleAccess.{r.Access}, SecurityRuleProtocol.{r.Protocol}, \"{r.Source}\", \"{r.Port}\"),");
                }

                w.L("];");
                for (int i = 0; i < rules.Count; i++)
                {
                    w.L($"Add{v}Rule({v}Options[{i}]);");
                }

                w.L($"void Add{v}Rule(RuleOptions options)");
                w.L("{");
                w.L($"    infra.Add(new SecurityRule(\"{v}_\" + options.Name.Replace(\"-\", \"_\"))");
                w.L("    {");
                w.L($"        Parent = {v},");
                w.L("        Name = options.Name,");
                w.L("        Priority = options.Priority,");
                w.L("        Direction = SecurityRuleDirection.Inbound,");
                w.L("        Access = options.Access,");
                w.L("        Protocol = options.Protocol,");
                w.L("        SourceAddressPrefix = options.Source,");
                w.L("        SourcePortRange = \"*\",");
                w.L("        DestinationAddressPrefix = \"*\",");
                w.L("        DestinationPortRange = options.Port,");
                w.L("    });");
                w.L("}");
                break;
            default: // a local factory function, rules added after construction
                w.L($"var {v} = new NetworkSecurityGroup(\"{v}\") {{ Name = \"{name}\", Location = {p}location }};");
                w.L($"infra.Add({v});");
                foreach (var r in rules)
                {
                    w.L($"{v}.SecurityRules.Add({v}Rule(\"{r.Name}\", {r.Priority}, SecurityRuleAccess.{r.Access}, SecurityRuleProtocol.{r.Protocol}, \"{r.Source}\", \"{r.Destination}\", \"{r.Port}\"));");
                }

                w.L($"static SecurityRule {v}Rule(string name, int priority, SecurityRuleAccess access, SecurityRuleProtocol protocol, string source, string destination, string port) =>");
                w.L("    new SecurityRule(name.Replace(\"-\", \"_\")) { Name = name, Priority = priority, Direction = SecurityRuleDirection.Inbound, Access = access, Protocol = protocol, SourceAddressPrefix = source, SourcePortRange = \"*\", DestinationAddressPrefix = destination, DestinationPortRange = port };");
                break;
        }
    }

    private sealed class Writer
    {
        private readonly StringBuilder _sb;
        private readonly string _indent;

        public Writer(StringBuilder sb, int indent)
        {
            _sb = sb;
            _indent = new string(' ', indent);
        }

        public void L(string line) => _sb.Append(_indent).Append(line).Append('\n');
    }

    // Distinct ports per rule of one NSG: the well-known ones first, then 10000 + j.
    private static string FillerPort(int j, string[] fillerPorts) => j < fillerPorts.Length ? fillerPorts[j] : (10000 + j).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

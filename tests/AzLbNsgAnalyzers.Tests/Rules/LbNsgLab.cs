using AzLbNsgAnalyzers.Tests.Extraction;

namespace AzLbNsgAnalyzers.Tests.Rules;

/// <summary>
/// Source builders shared by the LBNSG004, LBNSG006 and LBNSG007 tests: the seed lab (SEED.md) with
/// the web-subnet NSG, an optional NIC NSG and the load-balancing rule given by the test.
/// VNet 192.168.8.0/24: client 192.168.8.0/27, lb 192.168.8.48/28 (frontend 192.168.8.52), web 192.168.8.64/26.
/// </summary>
internal static class LbNsgLab
{
    /// <summary>
    /// Everything inline: rules in the NSG initializer, subnets in the VNet, the LB's children in its initializer.
    /// </summary>
    /// <param name="webRules">Collection elements of the web-subnet NSG (markup allowed).</param>
    /// <param name="nicRules">When not null, web-vm1 gets NIC NSG 'nsg-vm1' with these rules.</param>
    /// <param name="nicNsgOnBoth">Attach 'nsg-vm1' to web-vm2 as well.</param>
    /// <param name="ruleProperties">The LB rule's extra properties, e.g. <c>EnableFloatingIP = true</c>.</param>
    /// <param name="lbRuleMarkup">Markup index for <c>new LoadBalancingRule("http")</c>, or -1.</param>
    /// <param name="publicFrontend">Frontend on a Standard static public IP instead of 192.168.8.52.</param>
    /// <param name="webNsg">Attach the web NSG to the web subnet.</param>
    /// <param name="moreLbRules">Extra collection elements of <c>LoadBalancingRules</c>.</param>
    public static string Inline(
        string webRules,
        string? nicRules = null,
        bool nicNsgOnBoth = false,
        string frontendPort = "80",
        string backendPort = "5000",
        string protocol = "Tcp",
        string ruleProperties = "",
        int lbRuleMarkup = -1,
        bool publicFrontend = false,
        bool webNsg = true,
        string probePort = "5000",
        string vnetSpace = "\"192.168.8.0/24\"",
        string moreLbRules = "",
        string lbExtra = "",
        string parameters = "",
        string extra = "")
    {
        string lbRule = lbRuleMarkup >= 0 ? "{|#" + lbRuleMarkup + ":new LoadBalancingRule(\"http\")|}" : "new LoadBalancingRule(\"http\")";
        string frontend = publicFrontend
            ? """
                var pip = new PublicIPAddress("pip") { Name = "pip-lb", Sku = new PublicIPAddressSku { Name = PublicIPAddressSkuName.Standard }, PublicIPAllocationMethod = NetworkIPAllocationMethod.Static };
                infra.Add(pip);
                var frontend = new FrontendIPConfiguration("frontend") { PublicIPAddress = { Id = pip.Id } };
                """
            : """
                var frontend = new FrontendIPConfiguration("frontend") { Subnet = { Id = lbSubnet.Id } };
                frontend.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Static);
                frontend.PrivateIPAddress.Assign("192.168.8.52");
                """;
        string nicNsg = nicRules is null
            ? string.Empty
            : "var nicNsg = new NetworkSecurityGroup(\"nicNsg\") { Name = \"nsg-vm1\", SecurityRules = [" + nicRules + "] };\n        infra.Add(nicNsg);";
        string webNsgAttach = webNsg ? ", NetworkSecurityGroup = new NetworkSecurityGroup(\"webNsgRef\") { Id = webNsg.Id }" : string.Empty;
        string comma = ruleProperties.Length > 0 ? ", " : string.Empty;
        string moreComma = moreLbRules.Length > 0 ? ", " : string.Empty;
        return SeedLabSources.Usings + $$"""
            public static class Lab
            {
                public static Infrastructure Build({{parameters}})
                {
                    var infra = new Infrastructure();
                    var webNsg = new NetworkSecurityGroup("webNsg") { Name = "nsg-web", SecurityRules = [{{webRules}}] };
                    var client = new SubnetResource("client") { Name = "client", AddressPrefix = "192.168.8.0/27" };
                    var lbSubnet = new SubnetResource("lbSubnet") { Name = "lb", AddressPrefix = "192.168.8.48/28" };
                    var web = new SubnetResource("web") { Name = "web", AddressPrefix = "192.168.8.64/26"{{webNsgAttach}} };
                    var vnet = new VirtualNetwork("vnet") { Name = "vnet-lab", AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { {{vnetSpace}} } }, Subnets = [client, lbSubnet, web] };
                    infra.Add(vnet);
                    infra.Add(webNsg);
                    {{nicNsg}}
                    {{frontend}}
                    var pool = new BackendAddressPool("pool") { Name = "web-pool" };
                    var probe = new ProbeResource("probe");
                    probe.Protocol.Assign(ProbeProtocol.Http);
                    probe.Port.Assign({{probePort}});
                    var lb = new LoadBalancer("lb")
                    {
                        Name = "lb-web",
                        Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard },
                        FrontendIPConfigurations = [frontend],
                        BackendAddressPools = [pool],
                        Probes = [probe],
                        LoadBalancingRules = [{{lbRule}} { Properties = { Protocol = LoadBalancingTransportProtocol.{{protocol}}, FrontendPort = {{frontendPort}}, BackendPort = {{backendPort}}, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id, ProbeId = probe.Id{{comma}}{{ruleProperties}} } }{{moreComma}}{{moreLbRules}}],
                        {{lbExtra}}
                    };
                    infra.Add(lb);
                    infra.Add({{(nicRules is null ? "Nic(\"vm1\", web, pool)" : "NicWithNsg(\"vm1\", web, pool, nicNsg)")}});
                    infra.Add({{(nicNsgOnBoth ? "NicWithNsg(\"vm2\", web, pool, nicNsg)" : "Nic(\"vm2\", web, pool)")}});
                    {{extra}}
                    return infra;
                }

                private static NetworkInterface Nic(string name, SubnetResource subnet, BackendAddressPool pool) =>
                    new NetworkInterface(name + "Nic")
                    {
                        Name = "web-" + name,
                        IPConfigurations = [new NetworkInterfaceIPConfiguration(name + "Ip") { Subnet = { Id = subnet.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool(name + "PoolRef") { Id = pool.Id } } }],
                    };

                private static NetworkInterface NicWithNsg(string name, SubnetResource subnet, BackendAddressPool pool, NetworkSecurityGroup nsg) =>
                    new NetworkInterface(name + "Nic")
                    {
                        Name = "web-" + name,
                        NetworkSecurityGroup = new NetworkSecurityGroup(name + "NsgRef") { Id = nsg.Id },
                        IPConfigurations = [new NetworkInterfaceIPConfiguration(name + "Ip") { Subnet = { Id = subnet.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool(name + "PoolRef") { Id = pool.Id } } }],
                    };
            }
            """;
    }

    /// <summary>
    /// Parent-linked children and statements after construction: subnets and rules with <c>Parent</c>,
    /// the NSG attached by <c>Id</c>, LB children with <c>Parent = lb</c>, rule properties assigned one by one.
    /// </summary>
    /// <param name="webRuleStatements">Statements adding rules to <c>webNsg</c> (markup allowed); <c>R(...)</c> is available.</param>
    /// <param name="nicRuleStatements">When not null, web-vm2 gets NIC NSG 'nsg-vm2' and these statements add rules to <c>nicNsg</c>.</param>
    public static string ParentLinked(string webRuleStatements, string? nicRuleStatements = null, string ruleStatements = "", bool publicFrontend = false, string parameters = "", string extra = "")
    {
        string frontend = publicFrontend
            ? """
                var pip = new PublicIPAddress("pip") { Name = "pip-lb" };
                pip.Sku = new PublicIPAddressSku { Name = PublicIPAddressSkuName.Standard };
                pip.PublicIPAllocationMethod = NetworkIPAllocationMethod.Static;
                infra.Add(pip);
                var frontend = new FrontendIPConfiguration("frontend") { Parent = lb };
                frontend.PublicIPAddress.Id = pip.Id;
                """
            : """
                var frontend = new FrontendIPConfiguration("frontend") { Parent = lb, Subnet = { Id = lbSubnet.Id } };
                frontend.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Static);
                frontend.PrivateIPAddress.Assign("192.168.8.52");
                """;
        string nic = nicRuleStatements is null
            ? string.Empty
            : "var nicNsg = new NetworkSecurityGroup(\"nicNsg\") { Name = \"nsg-vm2\" };\n        infra.Add(nicNsg);\n        nic2.NetworkSecurityGroup.Id = nicNsg.Id;\n        " + nicRuleStatements;
        return SeedLabSources.Usings + $$"""
            public static class Lab
            {
                public static Infrastructure Build({{parameters}})
                {
                    var infra = new Infrastructure();
                    var vnet = new VirtualNetwork("vnet") { Name = "vnet-lab" };
                    vnet.AddressSpace.AddressPrefixes.Add("192.168.8.0/24");
                    infra.Add(vnet);
                    var client = new SubnetResource("client") { Parent = vnet, Name = "client", AddressPrefix = "192.168.8.0/27" };
                    var lbSubnet = new SubnetResource("lbSubnet") { Parent = vnet, Name = "lb" };
                    lbSubnet.AddressPrefix = "192.168.8.48/28";
                    var web = new SubnetResource("web") { Parent = vnet, Name = "web", AddressPrefix = "192.168.8.64/26" };
                    infra.Add(client);
                    infra.Add(lbSubnet);
                    infra.Add(web);

                    var webNsg = new NetworkSecurityGroup("webNsg") { Name = "nsg-web" };
                    infra.Add(webNsg);
                    web.NetworkSecurityGroup.Id = webNsg.Id;
                    {{webRuleStatements}}

                    var lb = new LoadBalancer("lb") { Name = "lb-web", Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard } };
                    {{frontend}}
                    var pool = new BackendAddressPool("pool") { Parent = lb, Name = "web-pool" };
                    var probe = new ProbeResource("probe") { Parent = lb };
                    probe.Port.Assign(5000);
                    probe.Protocol.Assign(ProbeProtocol.Http);
                    var rule = new LoadBalancingRule("http") { Parent = lb };
                    rule.Properties.FrontendIPConfigurationId = frontend.Id;
                    rule.Properties.BackendAddressPoolId = pool.Id;
                    rule.Properties.ProbeId = probe.Id;
                    rule.Properties.Protocol = LoadBalancingTransportProtocol.Tcp;
                    rule.Properties.FrontendPort = 80;
                    rule.Properties.BackendPort = 5000;
                    {{ruleStatements}}
                    infra.Add(lb);
                    infra.Add(pool);

                    var nic1 = new NetworkInterface("vm1Nic") { Name = "web-vm1" };
                    var ip1 = new NetworkInterfaceIPConfiguration("vm1Ip") { Parent = nic1 };
                    ip1.Subnet.Id = web.Id;
                    ip1.LoadBalancerBackendAddressPools.Add(new BackendAddressPool("poolRef1") { Id = pool.Id });
                    var nic2 = new NetworkInterface("vm2Nic") { Name = "web-vm2" };
                    var ip2 = new NetworkInterfaceIPConfiguration("vm2Ip") { Parent = nic2 };
                    ip2.Subnet.Id = web.Id;
                    ip2.LoadBalancerBackendAddressPools.Add(new BackendAddressPool("poolRef2") { Id = pool.Id });
                    infra.Add(nic1);
                    infra.Add(nic2);
                    {{nic}}
                    {{extra}}
                    return infra;
                }
            }
            """;
    }

    /// <summary>An inline inbound rule (a collection element).</summary>
    public static string Rule(string id, string name, int priority, string access, string source, string port, string protocol = "Asterisk", string destination = "*") =>
        $$"""new SecurityRule("{{id}}") { Name = "{{name}}", Priority = {{priority}}, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.{{access}}, Protocol = SecurityRuleProtocol.{{protocol}}, SourceAddressPrefix = "{{source}}", SourcePortRange = "*", DestinationAddressPrefix = "{{destination}}", DestinationPortRange = "{{port}}" }""";

    /// <summary>A standalone inbound rule statement with <c>Parent = nsg</c>, set property by property.</summary>
    public static string Statement(string nsg, string id, string name, int priority, string access, string source, string port, string protocol = "Asterisk", string destination = "*", int markup = -1)
    {
        string created = markup >= 0 ? "{|#" + markup + ":new SecurityRule(\"" + id + "\")|}" : "new SecurityRule(\"" + id + "\")";
        return $$"""
            var {{id}} = {{created}} { Parent = {{nsg}}, Name = "{{name}}" };
                    {{id}}.Priority = {{priority}};
                    {{id}}.Direction = SecurityRuleDirection.Inbound;
                    {{id}}.Access = SecurityRuleAccess.{{access}};
                    {{id}}.Protocol = SecurityRuleProtocol.{{protocol}};
                    {{id}}.SourceAddressPrefix = "{{source}}";
                    {{id}}.SourcePortRange = "*";
                    {{id}}.DestinationAddressPrefix = "{{destination}}";
                    {{id}}.DestinationPortRange = "{{port}}";
                    infra.Add({{id}});

            """;
    }

    /// <summary>Wraps <c>new SecurityRule("x")</c>, the reported span, in markup <c>{|#n:...|}</c>.</summary>
    public static string Marked(string rule, int index = 0)
    {
        int end = rule.IndexOf(')') + 1;
        return "{|#" + index + ":" + rule.Substring(0, end) + "|}" + rule.Substring(end);
    }

    public static string Nsg(params string[] rules) => string.Join(", ", rules);

    /// <summary>string.Replace that fails the test when <paramref name="old"/> is absent, so a variant never silently equals its base.</summary>
    public static string Swap(this string source, string old, string replacement) =>
        source.Contains(old, System.StringComparison.Ordinal) ? source.Replace(old, replacement, System.StringComparison.Ordinal) : throw new System.ArgumentException("Not found in the source: " + old);

    /// <summary>Inserts statements right after <c>var infra = new Infrastructure();</c> (e.g. parameters used by the rules).</summary>
    public static string WithPreamble(string source, string statements) =>
        source.Swap("var infra = new Infrastructure();", "var infra = new Infrastructure();\n        " + statements);
}

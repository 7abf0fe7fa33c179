using System.Threading.Tasks;
using AzLbNsgAnalyzers.Tests.Extraction;
using Xunit;
using Verify = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG001>;

namespace AzLbNsgAnalyzers.Tests.Rules;

/// <summary>
/// LBNSG001: an NSG on the subnet of a private frontend (a subnet on no backend path of the load
/// balancer) whose inbound rule explicitly targets the frontend. Seed verification 4.
/// </summary>
public class LBNSG001Tests
{
    private const string Frontend = "{|#1:new FrontendIPConfiguration(\"frontend\")|}";

    /// <summary>
    /// The seed lab, inline style: the lb-subnet NSG's rules and the web-subnet NSG's rules are C#
    /// collection elements (markup allowed). The frontend creation carries markup #1.
    /// </summary>
    private static string Lab(string lbRules, string webRules = "", string parameters = "", string extra = "", string frontendIp = "\"192.168.8.52\"", string frontendPort = "80", string lbPrefix = "\"192.168.8.48/28\"", string nsgOnLbSubnet = "NetworkSecurityGroup = new NetworkSecurityGroup(\"lbNsgRef\") { Id = lbNsg.Id }") => SeedLabSources.Usings + $$"""
        public static class Lab
        {
            public static Infrastructure Build({{parameters}})
            {
                var infra = new Infrastructure();
                var lbNsg = new NetworkSecurityGroup("lbNsg") { Name = "nsg-lb", SecurityRules = [{{lbRules}}] };
                var webNsg = new NetworkSecurityGroup("webNsg") { Name = "nsg-web", SecurityRules = [{{webRules}}] };
                var client = new SubnetResource("client") { Name = "client", AddressPrefix = "192.168.8.0/27" };
                var lbSubnet = new SubnetResource("lbSubnet") { Name = "lb", AddressPrefix = {{lbPrefix}}, {{nsgOnLbSubnet}} };
                var web = new SubnetResource("web") { Name = "web", AddressPrefix = "192.168.8.64/26", NetworkSecurityGroup = new NetworkSecurityGroup("webNsgRef") { Id = webNsg.Id } };
                var vnet = new VirtualNetwork("vnet") { Name = "vnet-lab", AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "192.168.8.0/24" } }, Subnets = [client, lbSubnet, web] };
                var frontend = {{Frontend}} { Subnet = { Id = lbSubnet.Id } };
                frontend.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Static);
                frontend.PrivateIPAddress.Assign({{frontendIp}});
                var pool = new BackendAddressPool("pool");
                var probe = new ProbeResource("probe");
                probe.Protocol.Assign(ProbeProtocol.Http);
                probe.Port.Assign(5000);
                var lb = new LoadBalancer("lb")
                {
                    Name = "lb-internal",
                    Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard },
                    FrontendIPConfigurations = [frontend],
                    BackendAddressPools = [pool],
                    Probes = [probe],
                    LoadBalancingRules = [new LoadBalancingRule("http") { Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = {{frontendPort}}, BackendPort = 5000, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id, ProbeId = probe.Id } }],
                };
                infra.Add(vnet);
                infra.Add(lbNsg);
                infra.Add(webNsg);
                infra.Add(lb);
                infra.Add(Nic("vm1", web, pool));
                infra.Add(Nic("vm2", web, pool));
                {{extra}}
                return infra;
            }

            private static NetworkInterface Nic(string name, SubnetResource subnet, BackendAddressPool pool) =>
                new NetworkInterface(name + "Nic")
                {
                    Name = "web-" + name,
                    IPConfigurations = [new NetworkInterfaceIPConfiguration(name + "Ip") { Subnet = { Id = subnet.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool(name + "PoolRef") { Id = pool.Id } } }],
                };
        }
        """;

    /// <summary>An inbound rule with the destination fields given; markup #0 around <c>new SecurityRule("id")</c> when marked.</summary>
    private static string Rule(string id, string name, int priority, string access, string source, string destination, string port, string protocol = "Tcp", bool marked = false, string direction = "Inbound")
    {
        string creation = $$"""new SecurityRule("{{id}}")""";
        if (marked)
        {
            creation = "{|#0:" + creation + "|}";
        }

        return creation + $$""" { Name = "{{name}}", Priority = {{priority}}, Direction = SecurityRuleDirection.{{direction}}, Access = SecurityRuleAccess.{{access}}, Protocol = SecurityRuleProtocol.{{protocol}}, SourceAddressPrefix = "{{source}}", SourcePortRange = "*", DestinationAddressPrefix = "{{destination}}", DestinationPortRange = "{{port}}" }""";
    }

    /// <summary>Verification 3's web-subnet rules: the backends admit the client on the backend port and the probes.</summary>
    private static readonly string WebRules = string.Join(
        ", ",
        Rule("allowClient", "allow-client-5000", 900, "Allow", "192.168.8.4", "*", "5000"),
        Rule("allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*", "*", "Asterisk"),
        Rule("denyAll", "deny-all", 2048, "Deny", "*", "*", "*", "Asterisk"));

    private const string FrontendText = "192.168.8.52 (frontend)";

    // ------------------------------------------------------------------ positive

    [Fact]
    public Task Verification_4_deny_http_to_the_frontend_ip_reports_at_the_rule_with_the_frontend_as_additional_location() =>
        Verify.VerifyAnalyzerAsync(
            Lab(Rule("denyHttp", "deny-http-to-lb-frontend", 1000, "Deny", "*", "192.168.8.52", "80", marked: true), WebRules),
            Verify.Diagnostic("LBNSG001").WithLocation(0).WithLocation(1).WithArguments("deny-http-to-lb-frontend", "1000", "nsg-lb", "lb", FrontendText, "lb-internal"));

    [Fact]
    public Task Allow_from_the_client_subnet_to_the_frontend_ip_reports() =>
        Verify.VerifyAnalyzerAsync(
            Lab(Rule("allowClients", "allow-clients-to-lb", 500, "Allow", "192.168.8.0/27", "192.168.8.52", "80", marked: true), WebRules),
            Verify.Diagnostic("LBNSG001").WithLocation(0).WithLocation(1).WithArguments("allow-clients-to-lb", "500", "nsg-lb", "lb", FrontendText, "lb-internal"));

    [Fact]
    public Task Frontend_ip_as_a_host_cidr_in_the_plural_field_reports() =>
        Verify.VerifyAnalyzerAsync(
            Lab(
                """{|#0:new SecurityRule("denyHttp")|} { Name = "deny-http", Priority = 1000, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "*", SourcePortRange = "*", DestinationAddressPrefixes = { "192.168.8.52/32" }, DestinationPortRange = "80" }""",
                WebRules),
            Verify.Diagnostic("LBNSG001").WithLocation(0).WithLocation(1).WithArguments("deny-http", "1000", "nsg-lb", "lb", FrontendText, "lb-internal"));

    [Fact]
    public Task Deny_of_the_frontend_port_to_the_whole_frontend_subnet_that_hosts_no_nic_reports() =>
        Verify.VerifyAnalyzerAsync(
            Lab(Rule("denyHttp", "deny-http-to-lb-subnet", 1000, "Deny", "*", "192.168.8.48/28", "80", marked: true), WebRules),
            Verify.Diagnostic("LBNSG001").WithLocation(0).WithLocation(1).WithArguments("deny-http-to-lb-subnet", "1000", "nsg-lb", "lb", FrontendText, "lb-internal"));

    [Fact]
    public Task Deny_of_the_frontend_port_to_VirtualNetwork_when_the_frontend_subnet_hosts_no_nic_reports() =>
        Verify.VerifyAnalyzerAsync(
            Lab(Rule("denyHttp", "deny-http-vnet", 1000, "Deny", "*", "VirtualNetwork", "80", marked: true), WebRules),
            Verify.Diagnostic("LBNSG001").WithLocation(0).WithLocation(1).WithArguments("deny-http-vnet", "1000", "nsg-lb", "lb", FrontendText, "lb-internal"));

    [Fact]
    public Task Parent_linked_rule_with_values_set_after_construction_reports() =>
        Verify.VerifyAnalyzerAsync(
            SeedLabSources.Usings + """
            public static class Lab
            {
                public static Infrastructure Build()
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

                    var lbNsg = new NetworkSecurityGroup("lbNsg") { Name = "nsg-lb" };
                    infra.Add(lbNsg);
                    lbSubnet.NetworkSecurityGroup.Id = lbNsg.Id;
                    var deny = {|#0:new SecurityRule("denyHttp")|} { Parent = lbNsg };
                    deny.Name = "deny-http-to-lb-frontend";
                    deny.Priority = 1000;
                    deny.Direction = SecurityRuleDirection.Inbound;
                    deny.Access = SecurityRuleAccess.Deny;
                    deny.Protocol = SecurityRuleProtocol.Tcp;
                    deny.SourceAddressPrefix = "*";
                    deny.SourcePortRange = "*";
                    deny.DestinationAddressPrefix = "192.168.8.52";
                    deny.DestinationPortRange = "80";
                    infra.Add(deny);

                    var lb = new LoadBalancer("lb") { Name = "lb-internal", Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard } };
                    var frontend = {|#1:new FrontendIPConfiguration("frontend")|} { Parent = lb };
                    frontend.Subnet.Id = lbSubnet.Id;
                    frontend.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Static);
                    frontend.PrivateIPAddress.Assign("192.168.8.52");
                    var pool = new BackendAddressPool("pool") { Parent = lb };
                    var probe = new ProbeResource("probe") { Parent = lb };
                    probe.Port.Assign(5000);
                    probe.Protocol.Assign(ProbeProtocol.Tcp);
                    var rule = new LoadBalancingRule("http") { Parent = lb };
                    rule.Properties.FrontendIPConfigurationId = frontend.Id;
                    rule.Properties.BackendAddressPoolId = pool.Id;
                    rule.Properties.ProbeId = probe.Id;
                    rule.Properties.Protocol = LoadBalancingTransportProtocol.Tcp;
                    rule.Properties.FrontendPort = 80;
                    rule.Properties.BackendPort = 5000;
                    infra.Add(lb);
                    infra.Add(pool);

                    var nic1 = new NetworkInterface("vm1Nic") { Name = "web-vm1" };
                    var ip1 = new NetworkInterfaceIPConfiguration("vm1Ip") { Parent = nic1 };
                    ip1.Subnet.Id = web.Id;
                    ip1.LoadBalancerBackendAddressPools.Add(new BackendAddressPool("poolRef1") { Id = pool.Id });
                    infra.Add(nic1);
                    return infra;
                }
            }
            """,
            Verify.Diagnostic("LBNSG001").WithLocation(0).WithLocation(1).WithArguments("deny-http-to-lb-frontend", "1000", "nsg-lb", "lb", FrontendText, "lb-internal"));

    [Fact]
    public Task Rule_created_in_a_helper_method_reports_at_the_call_with_the_helper_as_additional_location() =>
        Verify.VerifyAnalyzerAsync(
            SeedLabSources.Usings + """
            public static class Lab
            {
                private const string SubnetBase = "192.168.8.";
                private const string FrontendIp = SubnetBase + "52";
                private const int HttpPort = 80;

                public static Infrastructure Build()
                {
                    var infra = new Infrastructure();
                    var vnet = new VirtualNetwork("vnet") { Name = "vnet-lab", AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = [SubnetBase + "0/24"] } };
                    infra.Add(vnet);
                    var client = AddSubnet(infra, vnet, "client", $"{SubnetBase}0/27");
                    var lbSubnet = AddSubnet(infra, vnet, "lb", $"{SubnetBase}48/28");
                    var web = AddSubnet(infra, vnet, "web", $"{SubnetBase}64/26");

                    var lbNsg = new NetworkSecurityGroup("lbNsg") { Name = "nsg-lb" };
                    infra.Add(lbNsg);
                    lbSubnet.NetworkSecurityGroup = new NetworkSecurityGroup("lbNsgRef") { Id = lbNsg.Id };
                    {|#0:AddDeny(infra, lbNsg, "deny-http-to-lb-frontend", 1000, FrontendIp, HttpPort)|};

                    var lb = new LoadBalancer("lb") { Name = "lb-internal", Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard } };
                    var frontend = {|#2:new FrontendIPConfiguration("frontend")|} { Subnet = { Id = lbSubnet.Id } };
                    frontend.PrivateIPAddress.Assign(FrontendIp);
                    lb.FrontendIPConfigurations.Add(frontend);
                    var pool = new BackendAddressPool("pool") { Parent = lb };
                    lb.LoadBalancingRules.Add(new LoadBalancingRule("http") { Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = HttpPort, BackendPort = 5000, FrontendIPConfigurationId = frontend.Id, BackendAddressPools = { new WritableSubResource { Id = pool.Id } } } });
                    infra.Add(lb);
                    infra.Add(pool);
                    CreateWebNic("vm1");
                    CreateWebNic("vm2");
                    return infra;

                    void CreateWebNic(string id)
                    {
                        var ipConfiguration = new NetworkInterfaceIPConfiguration(id + "Ip") { Subnet = { Id = web.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool(id + "PoolRef") { Id = pool.Id } } };
                        infra.Add(new NetworkInterface(id + "Nic") { Name = "web-" + id, IPConfigurations = [ipConfiguration] });
                    }
                }

                private static SubnetResource AddSubnet(Infrastructure infra, VirtualNetwork vnet, string name, string prefix)
                {
                    var subnet = new SubnetResource(name + "Subnet") { Parent = vnet, Name = name, AddressPrefix = prefix };
                    infra.Add(subnet);
                    return subnet;
                }

                private static SecurityRule AddDeny(Infrastructure infra, NetworkSecurityGroup nsg, string name, int priority, string destination, int port)
                {
                    var rule = {|#1:new SecurityRule(name.Replace("-", ""))|}
                    {
                        Parent = nsg,
                        Name = name,
                        Priority = priority,
                        Direction = SecurityRuleDirection.Inbound,
                        Access = SecurityRuleAccess.Deny,
                        Protocol = SecurityRuleProtocol.Tcp,
                        SourceAddressPrefix = "*",
                        SourcePortRange = "*",
                        DestinationAddressPrefix = destination,
                        DestinationPortRange = port.ToString(),
                    };
                    infra.Add(rule);
                    return rule;
                }
            }
            """,
            Verify.Diagnostic("LBNSG001").WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("deny-http-to-lb-frontend", "1000", "nsg-lb", "lb", FrontendText, "lb-internal"));

    [Fact]
    public Task Frontend_port_in_the_plural_port_field_to_the_frontend_subnet_reports() =>
        Verify.VerifyAnalyzerAsync(
            Lab(
                """{|#0:new SecurityRule("denyWeb")|} { Name = "deny-web-ports", Priority = 1000, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "*", SourcePortRange = "*", DestinationAddressPrefix = "192.168.8.48/28", DestinationPortRanges = { "80", "443" } }""",
                WebRules),
            Verify.Diagnostic("LBNSG001").WithLocation(0).WithLocation(1).WithArguments("deny-web-ports", "1000", "nsg-lb", "lb", FrontendText, "lb-internal"));

    [Fact]
    public Task Rule_naming_the_frontend_ip_reports_even_when_the_frontend_subnet_hosts_vms() =>
        Verify.VerifyAnalyzerAsync(
            Lab(
                Rule("allowSsh", "allow-ssh-to-jumpbox", 300, "Allow", "192.168.8.0/27", "192.168.8.53", "22") + ", " + Rule("denyHttp", "deny-http-to-lb-frontend", 1000, "Deny", "*", "192.168.8.52", "80", marked: true),
                WebRules,
                extra: """
                    var jumpIp = new NetworkInterfaceIPConfiguration("jumpIp") { Subnet = { Id = lbSubnet.Id } };
                    jumpIp.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Static);
                    jumpIp.PrivateIPAddress.Assign("192.168.8.53");
                    infra.Add(new NetworkInterface("jumpNic") { Name = "jumpbox", IPConfigurations = [jumpIp] });
                    """),
            Verify.Diagnostic("LBNSG001").WithLocation(0).WithLocation(1).WithArguments("deny-http-to-lb-frontend", "1000", "nsg-lb", "lb", FrontendText, "lb-internal"));

    // ------------------------------------------------------------------ negative: correct infrastructure

    [Fact]
    public Task Verification_3_with_no_nsg_on_the_frontend_subnet_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(string.Empty, WebRules, nsgOnLbSubnet: ""));

    [Fact]
    public Task Baseline_deny_all_on_every_subnet_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(
                Rule("allowVnet", "allow-vnet", 4000, "Allow", "VirtualNetwork", "VirtualNetwork", "*", "Asterisk") + ", " + Rule("denyAll", "deny-all", 4096, "Deny", "*", "*", "*", "Asterisk"),
                WebRules));

    [Fact]
    public Task Deny_all_of_every_port_to_the_frontend_subnet_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("denyAll", "deny-all-to-lb-subnet", 4096, "Deny", "*", "192.168.8.48/28", "*", "Asterisk"), WebRules));

    [Fact]
    public Task Nsg_on_a_frontend_subnet_that_also_hosts_vms_whose_rules_target_those_vms_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(
                Rule("allowSsh", "allow-ssh-to-jumpbox", 300, "Allow", "192.168.8.0/27", "192.168.8.53", "22") + ", " + Rule("denyHttp", "deny-http-in-subnet", 1000, "Deny", "*", "192.168.8.48/28", "80"),
                WebRules,
                extra: """
                    var jumpIp = new NetworkInterfaceIPConfiguration("jumpIp") { Subnet = { Id = lbSubnet.Id } };
                    jumpIp.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Static);
                    jumpIp.PrivateIPAddress.Assign("192.168.8.53");
                    infra.Add(new NetworkInterface("jumpNic") { Name = "jumpbox", IPConfigurations = [jumpIp] });
                    """));

    [Fact]
    public Task Rule_on_the_backend_subnet_nsg_targeting_the_backends_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(string.Empty, Rule("allowClient", "allow-client-5000", 900, "Allow", "192.168.8.0/27", "192.168.8.64/26", "5000") + ", " + Rule("denyAll", "deny-all", 2048, "Deny", "*", "*", "*", "Asterisk"), nsgOnLbSubnet: ""));

    [Fact]
    public Task Frontend_in_the_backend_subnet_with_an_nsg_rule_naming_the_frontend_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(
                string.Empty,
                Rule("allowClient", "allow-client-to-frontend", 900, "Allow", "192.168.8.0/27", "192.168.8.70", "80"),
                frontendIp: "\"192.168.8.70\"",
                nsgOnLbSubnet: "").Replace("Subnet = { Id = lbSubnet.Id }", "Subnet = { Id = web.Id }"));

    [Fact]
    public Task Deny_of_a_port_that_is_no_frontend_port_to_the_frontend_subnet_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("denyRdp", "deny-rdp", 1000, "Deny", "*", "192.168.8.48/28", "3389"), WebRules));

    [Fact]
    public Task Outbound_rule_to_the_frontend_ip_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("denyOut", "deny-out-to-lb", 1000, "Deny", "*", "192.168.8.52", "80", direction: "Outbound"), WebRules));

    [Fact]
    public Task Rule_to_another_address_of_the_frontend_subnet_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("denyOther", "deny-other", 1000, "Deny", "*", "192.168.8.60", "80"), WebRules));

    // ------------------------------------------------------------------ unknown values: silent

    [Fact]
    public Task Rule_destination_from_a_method_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(Rule("denyHttp", "deny-http", 1000, "Deny", "*", "X", "80").Replace("DestinationAddressPrefix = \"X\"", "DestinationAddressPrefix = destination"), WebRules, parameters: "string destination"));

    [Fact]
    public Task Frontend_ip_from_a_provisioning_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(
                Rule("denyHttp", "deny-http", 1000, "Deny", "*", "192.168.8.52", "80"),
                WebRules,
                frontendIp: "frontendIp",
                extra: string.Empty).Replace("var infra = new Infrastructure();", "var infra = new Infrastructure(); var frontendIp = new ProvisioningParameter(\"frontendIp\", typeof(string));"));

    [Fact]
    public Task Frontend_subnet_handed_to_unknown_code_makes_the_subnet_wide_case_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("denyHttp", "deny-http-to-lb-subnet", 1000, "Deny", "*", "192.168.8.48/28", "80"), WebRules, extra: "System.GC.KeepAlive(lbSubnet);"));

    [Fact]
    public Task Backend_pool_handed_to_unknown_code_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("denyHttp", "deny-http-to-lb-frontend", 1000, "Deny", "*", "192.168.8.52", "80"), WebRules, extra: "System.GC.KeepAlive(pool);"));

    [Fact]
    public Task Frontend_port_from_a_parameter_makes_the_subnet_wide_case_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("denyHttp", "deny-http-to-lb-subnet", 1000, "Deny", "*", "192.168.8.48/28", "80"), WebRules, parameters: "int port", frontendPort: "port"));

    [Fact]
    public Task Existing_frontend_subnet_makes_the_subnet_wide_case_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(Rule("denyHttp", "deny-http-to-lb-subnet", 1000, "Deny", "*", "192.168.8.48/28", "80"), WebRules)
                .Replace(
                    "var lbSubnet = new SubnetResource(\"lbSubnet\") { Name = \"lb\", AddressPrefix = \"192.168.8.48/28\", NetworkSecurityGroup = new NetworkSecurityGroup(\"lbNsgRef\") { Id = lbNsg.Id } };",
                    "var lbSubnet = SubnetResource.FromExisting(\"lbSubnet\"); lbSubnet.NetworkSecurityGroup = new NetworkSecurityGroup(\"lbNsgRef\") { Id = lbNsg.Id };")
                .Replace("Subnets = [client, lbSubnet, web]", "Subnets = [client, web]"));

    [Fact]
    public Task Destination_port_from_a_parameter_makes_the_subnet_wide_case_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(Rule("denyHttp", "deny-http-to-lb-subnet", 1000, "Deny", "*", "192.168.8.48/28", "80").Replace("DestinationPortRange = \"80\"", "DestinationPortRange = port"), WebRules, parameters: "string port"));

    [Fact]
    public Task Rule_added_to_an_existing_frontend_subnet_nsg_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(string.Empty, WebRules, nsgOnLbSubnet: "NetworkSecurityGroup = existingNsg",
                extra: """infra.Add(new SecurityRule("denyHttp") { Parent = existingNsg, Name = "deny-http-to-lb-frontend", Priority = 1000, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "*", SourcePortRange = "*", DestinationAddressPrefix = "192.168.8.52", DestinationPortRange = "80" });""")
                .Replace("var infra = new Infrastructure();", "var infra = new Infrastructure(); var existingNsg = NetworkSecurityGroup.FromExisting(\"lbNsgExisting\");"));

    [Fact]
    public Task Nat_port_of_another_frontend_is_silent() =>
        Verify.VerifyAnalyzerAsync(SeedLabSources.Usings + """
            public static class Lab
            {
                public static Infrastructure Build()
                {
                    var infra = new Infrastructure();
                    var lbNsg = new NetworkSecurityGroup("lbNsg") { Name = "nsg-lb", SecurityRules = [new SecurityRule("denyNat") { Name = "deny-2222", Priority = 1000, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "*", SourcePortRange = "*", DestinationAddressPrefix = "192.168.8.48/28", DestinationPortRange = "2222" }] };
                    var client = new SubnetResource("client") { Name = "client", AddressPrefix = "192.168.8.0/27" };
                    var lbSubnet = new SubnetResource("lbSubnet") { Name = "lb", AddressPrefix = "192.168.8.48/28", NetworkSecurityGroup = new NetworkSecurityGroup("lbNsgRef") { Id = lbNsg.Id } };
                    var web = new SubnetResource("web") { Name = "web", AddressPrefix = "192.168.8.64/26" };
                    var vnet = new VirtualNetwork("vnet") { Name = "vnet-lab", AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "192.168.8.0/24" } }, Subnets = [client, lbSubnet, web] };
                    var pip = new PublicIPAddress("pip") { Name = "pip", Sku = new PublicIPAddressSku { Name = PublicIPAddressSkuName.Standard } };
                    var frontend = new FrontendIPConfiguration("frontend") { Subnet = { Id = lbSubnet.Id } };
                    frontend.PrivateIPAddress.Assign("192.168.8.52");
                    var publicFrontend = new FrontendIPConfiguration("publicFrontend") { PublicIPAddress = { Id = pip.Id } };
                    var pool = new BackendAddressPool("pool");
                    var lb = new LoadBalancer("lb") { Name = "lb-internal", Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard },
                        FrontendIPConfigurations = [frontend, publicFrontend], BackendAddressPools = [pool],
                        LoadBalancingRules = [new LoadBalancingRule("http") { Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 80, BackendPort = 5000, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id } }],
                        InboundNatRules = [new InboundNatRule("ssh") { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 2222, BackendPort = 22, FrontendIPConfigurationId = publicFrontend.Id }] };
                    infra.Add(vnet); infra.Add(lbNsg); infra.Add(pip); infra.Add(lb);
                    infra.Add(new NetworkInterface("vm1Nic") { Name = "web-vm1", IPConfigurations = [new NetworkInterfaceIPConfiguration("vm1Ip") { Subnet = { Id = web.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool("r") { Id = pool.Id } } }] });
                    return infra;
                }
            }
            """);
}

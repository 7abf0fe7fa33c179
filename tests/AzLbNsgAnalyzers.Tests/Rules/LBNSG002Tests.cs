using System.Threading.Tasks;
using AzLbNsgAnalyzers.Tests.Extraction;
using Xunit;
using Verify = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG002>;

namespace AzLbNsgAnalyzers.Tests.Rules;

/// <summary>
/// LBNSG002: an inbound Allow on a backend's path whose sources all lie in the load balancer's
/// frontend subnet (a subnet that hosts no NIC) on a backend port: load-balanced flows keep the
/// client's address, so the rule admits no client.
/// </summary>
public class LBNSG002Tests
{
    /// <summary>The seed lab, inline style, with the web-subnet NSG's rules given as C# collection elements (markup allowed).</summary>
    private static string Lab(string webRules, string parameters = "", string extra = "", string lbPrefix = "\"192.168.8.48/28\"", string backendPort = "5000") => SeedLabSources.Usings + $$"""
        public static class Lab
        {
            public static Infrastructure Build({{parameters}})
            {
                var infra = new Infrastructure();
                var webNsg = new NetworkSecurityGroup("webNsg") { Name = "nsg-web", SecurityRules = [{{webRules}}] };
                var client = new SubnetResource("client") { Name = "client", AddressPrefix = "192.168.8.0/27" };
                var lbSubnet = new SubnetResource("lbSubnet") { Name = "lb", AddressPrefix = {{lbPrefix}} };
                var web = new SubnetResource("web") { Name = "web", AddressPrefix = "192.168.8.64/26", NetworkSecurityGroup = new NetworkSecurityGroup("webNsgRef") { Id = webNsg.Id } };
                var vnet = new VirtualNetwork("vnet") { Name = "vnet-lab", AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "192.168.8.0/24" } }, Subnets = [client, lbSubnet, web] };
                var frontend = new FrontendIPConfiguration("frontend") { Subnet = { Id = lbSubnet.Id } };
                frontend.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Static);
                frontend.PrivateIPAddress.Assign("192.168.8.52");
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
                    LoadBalancingRules = [new LoadBalancingRule("http") { Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 80, BackendPort = {{backendPort}}, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id, ProbeId = probe.Id } }],
                };
                infra.Add(vnet);
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

    /// <summary>A security rule; markup #0 around <c>new SecurityRule("id")</c> when marked.</summary>
    private static string Rule(string id, string name, int priority, string access, string source, string port, string protocol = "Tcp", bool marked = false, string direction = "Inbound")
    {
        string creation = $$"""new SecurityRule("{{id}}")""";
        if (marked)
        {
            creation = "{|#0:" + creation + "|}";
        }

        return creation + $$""" { Name = "{{name}}", Priority = {{priority}}, Direction = SecurityRuleDirection.{{direction}}, Access = SecurityRuleAccess.{{access}}, Protocol = SecurityRuleProtocol.{{protocol}}, SourceAddressPrefix = "{{source}}", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "{{port}}" }""";
    }

    /// <summary>Probes and the management path stay open, everything else is denied (verification 2's shape).</summary>
    private static readonly string Baseline = string.Join(
        ", ",
        Rule("allowSsh", "allow-ssh", 1000, "Allow", "192.168.8.0/27", "22"),
        Rule("allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*", "Asterisk"),
        Rule("denyAll", "deny-all", 2048, "Deny", "*", "*", "Asterisk"));

    private const string Backends = "web-vm1 and web-vm2";

    // ------------------------------------------------------------------ positive

    [Fact]
    public Task Allow_from_the_frontend_subnet_to_the_backend_port_reports() =>
        Verify.VerifyAnalyzerAsync(
            Lab(Rule("allowLbSubnet", "allow-lb-subnet-5000", 900, "Allow", "192.168.8.48/28", "5000", marked: true) + ", " + Baseline),
            Verify.Diagnostic("LBNSG002").WithLocation(0).WithArguments("allow-lb-subnet-5000", "900", "nsg-web", "lb", "lb-internal", Backends));

    [Fact]
    public Task Allow_from_the_frontend_ip_to_the_backend_port_reports() =>
        Verify.VerifyAnalyzerAsync(
            Lab(Rule("allowFrontend", "allow-lb-frontend", 900, "Allow", "192.168.8.52", "5000", marked: true) + ", " + Baseline),
            Verify.Diagnostic("LBNSG002").WithLocation(0).WithArguments("allow-lb-frontend", "900", "nsg-web", "lb", "lb-internal", Backends));

    [Fact]
    public Task Allow_from_the_frontend_ip_on_every_port_reports() =>
        Verify.VerifyAnalyzerAsync(
            Lab(Rule("allowFrontend", "allow-lb-frontend-any", 900, "Allow", "192.168.8.52/32", "*", "Asterisk", marked: true) + ", " + Baseline),
            Verify.Diagnostic("LBNSG002").WithLocation(0).WithArguments("allow-lb-frontend-any", "900", "nsg-web", "lb", "lb-internal", Backends));

    [Fact]
    public Task Allow_from_addresses_of_the_frontend_subnet_in_the_plural_field_on_a_port_range_reports() =>
        Verify.VerifyAnalyzerAsync(
            Lab(
                """{|#0:new SecurityRule("allowLbRange")|} { Name = "allow-lb-range", Priority = 900, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefixes = { "192.168.8.52", "192.168.8.56/29" }, SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "4000-6000" }, """
                + Baseline),
            Verify.Diagnostic("LBNSG002").WithLocation(0).WithArguments("allow-lb-range", "900", "nsg-web", "lb", "lb-internal", Backends));

    [Fact]
    public Task Allow_on_the_nic_nsg_of_one_backend_names_only_that_backend() =>
        Verify.VerifyAnalyzerAsync(
            Lab(Rule("allowClient", "allow-client-5000", 900, "Allow", "192.168.8.4", "5000") + ", " + Baseline, extra: """
                var nicNsg = new NetworkSecurityGroup("nicNsg") { Name = "nsg-vm3" };
                infra.Add(nicNsg);
                var allowLb = {|#0:new SecurityRule("nicAllowLb")|} { Parent = nicNsg, Name = "allow-from-lb" };
                allowLb.Priority = 200;
                allowLb.Direction = SecurityRuleDirection.Inbound;
                allowLb.Access = SecurityRuleAccess.Allow;
                allowLb.Protocol = SecurityRuleProtocol.Tcp;
                allowLb.SourceAddressPrefix = "192.168.8.48/28";
                allowLb.SourcePortRange = "*";
                allowLb.DestinationAddressPrefix = "*";
                allowLb.DestinationPortRange = "5000";
                infra.Add(allowLb);
                var nic3 = new NetworkInterface("vm3Nic") { Name = "web-vm3" };
                nic3.NetworkSecurityGroup.Id = nicNsg.Id;
                var ip3 = new NetworkInterfaceIPConfiguration("vm3Ip") { Parent = nic3 };
                ip3.Subnet.Id = web.Id;
                ip3.LoadBalancerBackendAddressPools.Add(new BackendAddressPool("vm3PoolRef") { Id = pool.Id });
                infra.Add(nic3);
                """),
            Verify.Diagnostic("LBNSG002").WithLocation(0).WithArguments("allow-from-lb", "200", "nsg-vm3", "lb", "lb-internal", "web-vm3"));

    [Fact]
    public Task Parent_linked_rule_in_the_seed_lab_reports() =>
        Verify.VerifyAnalyzerAsync(
            SeedLabSources.ParentLinkedStyle.Replace(
                "var denyAll = new SecurityRule(\"denyAll\")",
                """
                var allowLb = {|#0:new SecurityRule("allowLbSubnet")|} { Parent = webNsg, Name = "allow-lb-subnet" };
                allowLb.Priority = 800;
                allowLb.Direction = SecurityRuleDirection.Inbound;
                allowLb.Access = SecurityRuleAccess.Allow;
                allowLb.Protocol = SecurityRuleProtocol.Tcp;
                allowLb.SourceAddressPrefix = "192.168.8.48/28";
                allowLb.SourcePortRange = "*";
                allowLb.DestinationAddressPrefix = "*";
                allowLb.DestinationPortRange = "5000";
                infra.Add(allowLb);
                var denyAll = new SecurityRule("denyAll")
                """),
            Verify.Diagnostic("LBNSG002").WithLocation(0).WithArguments("allow-lb-subnet", "800", "nsg-web", "lb", "lb-internal", Backends));

    [Fact]
    public Task Rule_built_by_a_local_function_reports_at_the_creation_inside_the_local_function() =>
        Verify.VerifyAnalyzerAsync(
            SeedLabSources.HelperStyle
                .Replace(
                    "AddRule(new RuleOptions(\"allow-client-5000\", 900, SecurityRuleAccess.Allow, SecurityRuleProtocol.Tcp, SubnetBase + \"4\", \"5000\"));",
                    "AddRule(new RuleOptions(\"allow-lb-5000\", 900, SecurityRuleAccess.Allow, SecurityRuleProtocol.Tcp, SubnetBase + \"48/28\", \"5000\"));")
                .Replace("infra.Add(new SecurityRule(options.Name.Replace(\"-\", \"\"))", "infra.Add({|#0:new SecurityRule(options.Name.Replace(\"-\", \"\"))|}"),
            Verify.Diagnostic("LBNSG002").WithLocation(0).WithArguments("allow-lb-5000", "900", "nsg-web", "lb", "lb-internal", Backends));

    [Fact]
    public Task Rule_built_by_a_static_helper_reports_at_the_call_with_the_helper_as_additional_location() =>
        Verify.VerifyAnalyzerAsync(
            Lab(
                Rule("allowClient", "allow-client-5000", 900, "Allow", "192.168.8.4", "5000") + ", " + Baseline,
                extra: """{|#0:AllowTcp(infra, webNsg, "allow-lb-frontend-5000", 800, "192.168.8.52", 5000)|};""")
            .Replace(
                "    private static NetworkInterface Nic(",
                """
                    private static SecurityRule AllowTcp(Infrastructure infra, NetworkSecurityGroup nsg, string name, int priority, string source, int port)
                    {
                        var rule = {|#1:new SecurityRule(name.Replace("-", ""))|}
                        {
                            Parent = nsg,
                            Name = name,
                            Priority = priority,
                            Direction = SecurityRuleDirection.Inbound,
                            Access = SecurityRuleAccess.Allow,
                            Protocol = SecurityRuleProtocol.Tcp,
                            SourceAddressPrefix = source,
                            SourcePortRange = "*",
                            DestinationAddressPrefix = "*",
                            DestinationPortRange = port.ToString(),
                        };
                        infra.Add(rule);
                        return rule;
                    }

                    private static NetworkInterface Nic(
                """.TrimEnd()),
            Verify.Diagnostic("LBNSG002").WithLocation(0).WithLocation(1).WithArguments("allow-lb-frontend-5000", "800", "nsg-web", "lb", "lb-internal", Backends));

    // ------------------------------------------------------------------ negative: correct infrastructure

    [Fact]
    public Task Verification_3_allow_from_the_client_to_the_backend_port_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("allowClient", "allow-client-5000", 900, "Allow", "192.168.8.4", "5000") + ", " + Baseline));

    [Fact]
    public Task Allow_from_the_client_subnet_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("allowClients", "allow-clients-5000", 900, "Allow", "192.168.8.0/27", "5000") + ", " + Baseline));

    [Fact]
    public Task Allow_from_VirtualNetwork_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("allowVnet", "allow-vnet-5000", 900, "Allow", "VirtualNetwork", "5000") + ", " + Baseline));

    [Fact]
    public Task Allow_from_the_whole_vnet_range_which_contains_the_frontend_subnet_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("allowVnet", "allow-vnet-range", 900, "Allow", "192.168.8.0/24", "5000") + ", " + Baseline));

    [Fact]
    public Task Allow_from_the_client_and_the_frontend_subnet_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab("""new SecurityRule("allowBoth") { Name = "allow-both", Priority = 900, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefixes = { "192.168.8.0/27", "192.168.8.48/28" }, SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "5000" }, """ + Baseline));

    [Fact]
    public Task Allow_from_the_frontend_subnet_on_a_port_that_is_no_backend_port_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("allowLbSsh", "allow-lb-subnet-ssh", 900, "Allow", "192.168.8.48/28", "22") + ", " + Baseline));

    [Fact]
    public Task Deny_from_the_frontend_subnet_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("denyLbSubnet", "deny-lb-subnet", 900, "Deny", "192.168.8.48/28", "5000") + ", " + Baseline));

    [Fact]
    public Task Outbound_allow_to_the_frontend_subnet_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("outLbSubnet", "out-lb-subnet", 900, "Allow", "192.168.8.48/28", "5000", direction: "Outbound") + ", " + Baseline));

    [Fact]
    public Task Allow_from_a_frontend_subnet_that_also_hosts_a_client_vm_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(
            Rule("allowLbSubnet", "allow-lb-subnet-5000", 900, "Allow", "192.168.8.48/28", "5000") + ", " + Baseline,
            extra: """infra.Add(new NetworkInterface("toolsNic") { Name = "tools-vm", IPConfigurations = [new NetworkInterfaceIPConfiguration("toolsIp") { Subnet = { Id = lbSubnet.Id } }] });"""));

    // ------------------------------------------------------------------ unknown values: silent

    [Fact]
    public Task Source_from_a_method_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("allowSource", "allow-source", 900, "Allow", "X", "5000").Replace("SourceAddressPrefix = \"X\"", "SourceAddressPrefix = source") + ", " + Baseline, parameters: "string source"));

    [Fact]
    public Task Source_from_a_provisioning_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(
            Rule("allowSource", "allow-source", 900, "Allow", "X", "5000").Replace("SourceAddressPrefix = \"X\"", "SourceAddressPrefix = source") + ", " + Baseline)
            .Replace("var infra = new Infrastructure();", "var infra = new Infrastructure(); var source = new ProvisioningParameter(\"source\", typeof(string)) { Value = \"192.168.8.48/28\" };"));

    [Fact]
    public Task Frontend_subnet_prefix_from_a_bicep_expression_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(
            Rule("allowLbSubnet", "allow-lb-subnet-5000", 900, "Allow", "192.168.8.48/28", "5000") + ", " + Baseline,
            parameters: "string octet",
            lbPrefix: "BicepFunction.Interpolate($\"192.168.8.{octet}/28\")"));

    [Fact]
    public Task Backend_port_from_a_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("allowLbSubnet", "allow-lb-subnet-5000", 900, "Allow", "192.168.8.48/28", "5000") + ", " + Baseline, parameters: "int backendPort", backendPort: "backendPort"));

    [Fact]
    public Task Frontend_subnet_handed_to_unknown_code_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("allowLbSubnet", "allow-lb-subnet-5000", 900, "Allow", "192.168.8.48/28", "5000") + ", " + Baseline, extra: "System.GC.KeepAlive(lbSubnet);"));

    [Fact]
    public Task Existing_frontend_subnet_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(Rule("allowLbSubnet", "allow-lb-subnet-5000", 900, "Allow", "192.168.8.48/28", "5000") + ", " + Baseline)
                .Replace("var lbSubnet = new SubnetResource(\"lbSubnet\") { Name = \"lb\", AddressPrefix = \"192.168.8.48/28\" };", "var lbSubnet = SubnetResource.FromExisting(\"lbSubnet\");")
                .Replace("Subnets = [client, lbSubnet, web]", "Subnets = [client, web]"));

    [Fact]
    public Task Destination_port_from_a_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("allowLbSubnet", "allow-lb-subnet", 900, "Allow", "192.168.8.48/28", "X").Replace("DestinationPortRange = \"X\"", "DestinationPortRange = port") + ", " + Baseline, parameters: "string port"));

    [Fact]
    public Task Rule_on_an_existing_backend_nsg_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(string.Empty)
                .Replace("var webNsg = new NetworkSecurityGroup(\"webNsg\") { Name = \"nsg-web\", SecurityRules = [] };", "var webNsg = NetworkSecurityGroup.FromExisting(\"webNsgExisting\"); infra.Add(new SecurityRule(\"allowLb\") { Parent = webNsg, Name = \"allow-lb-subnet-5000\", Priority = 900, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = \"192.168.8.48/28\", SourcePortRange = \"*\", DestinationAddressPrefix = \"*\", DestinationPortRange = \"5000\" });")
                .Replace("infra.Add(webNsg);", string.Empty));

    [Fact]
    public Task Udp_allow_against_a_tcp_load_balancer_rule_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("allowLbSubnet", "allow-lb-subnet", 900, "Allow", "192.168.8.48/28", "5000").Replace("SecurityRuleProtocol.Tcp", "SecurityRuleProtocol.Udp") + ", " + Baseline));
}

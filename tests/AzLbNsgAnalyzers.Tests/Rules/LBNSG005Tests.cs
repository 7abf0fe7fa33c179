using System.Threading.Tasks;
using AzLbNsgAnalyzers.Tests.Extraction;
using Xunit;
using Verify = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG005>;

namespace AzLbNsgAnalyzers.Tests.Rules;

/// <summary>
/// LBNSG005: a backend NIC IP configuration of a public Standard load balancer with neither a
/// subnet NSG nor a NIC NSG (Standard is closed to inbound until an NSG allows). Seed supplement.
/// </summary>
public class LBNSG005Tests
{
    /// <summary>The two web NICs, inline: IP configurations carry markup #0 and #1.</summary>
    private const string InlineNics = """
        var nic1 = new NetworkInterface("vm1Nic") { Name = "web-vm1", IPConfigurations = [{|#0:new NetworkInterfaceIPConfiguration("vm1Ip")|} { Subnet = { Id = web.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool("poolRef1") { Id = pool.Id } } }] };
        var nic2 = new NetworkInterface("vm2Nic") { Name = "web-vm2", IPConfigurations = [{|#1:new NetworkInterfaceIPConfiguration("vm2Ip")|} { Subnet = { Id = web.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool("poolRef2") { Id = pool.Id } } }] };
        infra.Add(nic1);
        infra.Add(nic2);
        """;

    /// <summary>
    /// The seed supplement: a public Standard load balancer (rule 80 -> 5000, markup #2) in front of
    /// the web subnet. <paramref name="webSubnet"/> completes the web subnet's initializer.
    /// </summary>
    private static string Lab(string webSubnet = "", string nics = InlineNics, string sku = "Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard },", string frontend = "{ PublicIPAddress = { Id = pip.Id } }", string parameters = "", string extra = "", string helpers = "") => SeedLabSources.Usings + $$"""
        public static class Lab
        {
            public static Infrastructure Build({{parameters}})
            {
                var infra = new Infrastructure();
                var client = new SubnetResource("client") { Name = "client", AddressPrefix = "192.168.8.0/27" };
                var lbSubnet = new SubnetResource("lbSubnet") { Name = "lb", AddressPrefix = "192.168.8.48/28" };
                var web = new SubnetResource("web") { Name = "web", AddressPrefix = "192.168.8.64/26", {{webSubnet}} };
                var vnet = new VirtualNetwork("vnet") { Name = "vnet-lab", AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "192.168.8.0/24" } }, Subnets = [client, lbSubnet, web] };
                infra.Add(vnet);
                var pip = new PublicIPAddress("lbPublicIp") { Name = "pip-lb-web", Sku = new PublicIPAddressSku { Name = PublicIPAddressSkuName.Standard }, PublicIPAllocationMethod = NetworkIPAllocationMethod.Static };
                infra.Add(pip);
                var frontend = new FrontendIPConfiguration("frontend") {{frontend}};
                var pool = new BackendAddressPool("pool") { Name = "web-pool" };
                var probe = new ProbeResource("probe");
                probe.Protocol.Assign(ProbeProtocol.Http);
                probe.Port.Assign(5000);
                var rule = {|#2:new LoadBalancingRule("http")|}
                {
                    Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 80, BackendPort = 5000, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id, ProbeId = probe.Id },
                };
                var lb = new LoadBalancer("lb")
                {
                    Name = "lb-web-public",
                    {{sku}}
                    FrontendIPConfigurations = [frontend],
                    BackendAddressPools = [pool],
                    Probes = [probe],
                    LoadBalancingRules = [rule],
                };
                infra.Add(lb);
                {{nics}}
                {{extra}}
                return infra;
            }
            {{helpers}}
        }
        """;

    private static string AllowInternet(string id = "allowInternet") =>
        $$"""new SecurityRule("{{id}}") { Name = "allow-internet-5000", Priority = 100, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "Internet", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "5000" }""";

    // ------------------------------------------------------------------ positive

    [Fact]
    public Task Supplement_reports_each_backend_at_its_ip_configuration_with_the_lb_rule_as_additional_location() =>
        Verify.VerifyAnalyzerAsync(
            Lab(),
            Verify.Diagnostic("LBNSG005").WithLocation(0).WithLocation(2).WithArguments("web-vm1", "lb-web-public", "http", "web"),
            Verify.Diagnostic("LBNSG005").WithLocation(1).WithLocation(2).WithArguments("web-vm2", "lb-web-public", "http", "web"));

    [Fact]
    public Task Frontend_on_an_existing_public_ip_reports() =>
        Verify.VerifyAnalyzerAsync(
            Lab(frontend: "{ PublicIPAddress = { Id = existingPip.Id } }")
                .Replace("var frontend = ", "var existingPip = PublicIPAddress.FromExisting(\"sharedPip\"); var frontend = "),
            Verify.Diagnostic("LBNSG005").WithLocation(0).WithLocation(2).WithArguments("web-vm1", "lb-web-public", "http", "web"),
            Verify.Diagnostic("LBNSG005").WithLocation(1).WithLocation(2).WithArguments("web-vm2", "lb-web-public", "http", "web"));

    [Fact]
    public Task Only_the_backend_without_a_nic_nsg_reports() =>
        Verify.VerifyAnalyzerAsync(
            Lab(extra: """
                var vm1Nsg = new NetworkSecurityGroup("vm1Nsg") { Name = "nsg-vm1", SecurityRules = [ALLOW] };
                infra.Add(vm1Nsg);
                nic1.NetworkSecurityGroup = new NetworkSecurityGroup("vm1NsgRef") { Id = vm1Nsg.Id };
                """.Replace("ALLOW", AllowInternet())),
            Verify.Diagnostic("LBNSG005").WithLocation(1).WithLocation(2).WithArguments("web-vm2", "lb-web-public", "http", "web"));

    [Fact]
    public Task Parent_linked_ip_configurations_and_rule_with_values_set_after_construction_report() =>
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
                    var web = new SubnetResource("web") { Parent = vnet, Name = "web" };
                    web.AddressPrefix = "192.168.8.64/26";
                    infra.Add(web);

                    var pip = new PublicIPAddress("lbPublicIp") { Name = "pip-lb-web" };
                    pip.Sku.Name = PublicIPAddressSkuName.Standard;
                    pip.PublicIPAllocationMethod = NetworkIPAllocationMethod.Static;
                    infra.Add(pip);

                    var lb = new LoadBalancer("lb") { Name = "lb-web-public" };
                    lb.Sku.Name = LoadBalancerSkuName.Standard;
                    var frontend = new FrontendIPConfiguration("frontend") { Parent = lb };
                    frontend.PublicIPAddress.Id = pip.Id;
                    var pool = new BackendAddressPool("pool") { Parent = lb };
                    var rule = {|#2:new LoadBalancingRule("http") { Parent = lb }|};
                    rule.Properties.FrontendIPConfigurationId = frontend.Id;
                    rule.Properties.BackendAddressPoolId = pool.Id;
                    rule.Properties.Protocol = LoadBalancingTransportProtocol.Tcp;
                    rule.Properties.FrontendPort = 443;
                    rule.Properties.BackendPort = 8443;
                    infra.Add(lb);
                    infra.Add(pool);

                    var nic1 = new NetworkInterface("vm1Nic") { Name = "web-vm1" };
                    var ip1 = {|#0:new NetworkInterfaceIPConfiguration("vm1Ip") { Parent = nic1 }|};
                    ip1.Subnet.Id = web.Id;
                    ip1.LoadBalancerBackendAddressPools.Add(new BackendAddressPool("poolRef1") { Id = pool.Id });
                    infra.Add(nic1);
                    return infra;
                }
            }
            """.Replace("{|#2:new LoadBalancingRule(\"http\") { Parent = lb }|}", "{|#2:new LoadBalancingRule(\"http\")|} { Parent = lb }")
               .Replace("{|#0:new NetworkInterfaceIPConfiguration(\"vm1Ip\") { Parent = nic1 }|}", "{|#0:new NetworkInterfaceIPConfiguration(\"vm1Ip\")|} { Parent = nic1 }"),
            Verify.Diagnostic("LBNSG005").WithLocation(0).WithLocation(2).WithArguments("web-vm1", "lb-web-public", "http", "web"));

    [Fact]
    public Task Ip_configuration_created_in_a_helper_reports_at_each_call_with_the_helper_and_the_lb_rule_as_additional_locations() =>
        Verify.VerifyAnalyzerAsync(
            Lab(
                nics: """
                    {|#0:CreateWebNic(infra, "vm1", web, pool)|};
                    {|#1:CreateWebNic(infra, "vm2", web, pool)|};
                    """,
                helpers: """
                    private static NetworkInterface CreateWebNic(Infrastructure infra, string id, SubnetResource subnet, BackendAddressPool pool)
                    {
                        var ipConfiguration = {|#3:new NetworkInterfaceIPConfiguration(id + "Ip")|}
                        {
                            Subnet = { Id = subnet.Id },
                            LoadBalancerBackendAddressPools = { new BackendAddressPool(id + "PoolRef") { Id = pool.Id } },
                        };
                        ipConfiguration.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Dynamic);
                        var nic = new NetworkInterface(id + "Nic") { Name = "web-" + id, IPConfigurations = [ipConfiguration] };
                        infra.Add(nic);
                        return nic;
                    }
                    """),
            Verify.Diagnostic("LBNSG005").WithLocation(0).WithLocation(3).WithLocation(2).WithArguments("web-vm1", "lb-web-public", "http", "web"),
            Verify.Diagnostic("LBNSG005").WithLocation(1).WithLocation(3).WithLocation(2).WithArguments("web-vm2", "lb-web-public", "http", "web"));

    [Fact]
    public Task Nsg_on_another_subnet_does_not_protect_the_backends() =>
        Verify.VerifyAnalyzerAsync(
            Lab(extra: """
                var clientNsg = new NetworkSecurityGroup("clientNsg") { Name = "nsg-client", SecurityRules = [ALLOW] };
                infra.Add(clientNsg);
                client.NetworkSecurityGroup.Id = clientNsg.Id;
                """.Replace("ALLOW", AllowInternet())),
            Verify.Diagnostic("LBNSG005").WithLocation(0).WithLocation(2).WithArguments("web-vm1", "lb-web-public", "http", "web"),
            Verify.Diagnostic("LBNSG005").WithLocation(1).WithLocation(2).WithArguments("web-vm2", "lb-web-public", "http", "web"));

    [Fact]
    public Task Two_rules_on_the_public_frontend_are_named_together_and_both_are_additional_locations() =>
        Verify.VerifyAnalyzerAsync(
            Lab(extra: """
                lb.LoadBalancingRules.Add({|#3:new LoadBalancingRule("https")|} { Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 443, BackendPort = 5001, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id, ProbeId = probe.Id } });
                """),
            Verify.Diagnostic("LBNSG005").WithLocation(0).WithLocation(2).WithLocation(3).WithArguments("web-vm1", "lb-web-public", "http and https", "web"),
            Verify.Diagnostic("LBNSG005").WithLocation(1).WithLocation(2).WithLocation(3).WithArguments("web-vm2", "lb-web-public", "http and https", "web"));

    // ------------------------------------------------------------------ negative: correct infrastructure

    [Fact]
    public Task Backend_subnet_nsg_allowing_the_internet_to_the_backend_port_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(
                webSubnet: "NetworkSecurityGroup = new NetworkSecurityGroup(\"webNsgRef\") { Id = webNsg.Id }",
                extra: string.Empty)
            .Replace("var infra = new Infrastructure();", "var infra = new Infrastructure(); var webNsg = new NetworkSecurityGroup(\"webNsg\") { Name = \"nsg-web\", SecurityRules = [" + AllowInternet() + "] }; infra.Add(webNsg);"));

    [Fact]
    public Task Nic_nsgs_on_every_backend_are_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(extra: """
                var vmNsg = new NetworkSecurityGroup("vmNsg") { Name = "nsg-vm", SecurityRules = [ALLOW] };
                infra.Add(vmNsg);
                nic1.NetworkSecurityGroup.Id = vmNsg.Id;
                nic2.NetworkSecurityGroup.Id = vmNsg.Id;
                """.Replace("ALLOW", AllowInternet())));

    [Fact]
    public Task Verification_1_internal_standard_load_balancer_without_any_nsg_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(frontend: "{ Subnet = { Id = lbSubnet.Id } }"));

    [Fact]
    public Task Basic_sku_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(sku: "Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Basic },"));

    [Fact]
    public Task Unset_sku_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(sku: string.Empty));

    [Fact]
    public Task Ip_based_pool_member_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(
                nics: """
                    pool.LoadBalancerBackendAddresses.Add(new LoadBalancerBackendAddress { Name = "vm1", IPAddress = "192.168.8.70", VirtualNetworkId = vnet.Id });
                    pool.LoadBalancerBackendAddresses.Add(new LoadBalancerBackendAddress { Name = "vm2", IPAddress = "192.168.8.71", VirtualNetworkId = vnet.Id });
                    """));

    [Fact]
    public Task Public_frontend_used_by_no_rule_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab()
                .Replace("var pool = new BackendAddressPool(\"pool\")", "var internalFrontend = new FrontendIPConfiguration(\"internalFrontend\") { Subnet = { Id = lbSubnet.Id } }; var pool = new BackendAddressPool(\"pool\")")
                .Replace("FrontendIPConfigurationId = frontend.Id", "FrontendIPConfigurationId = internalFrontend.Id")
                .Replace("FrontendIPConfigurations = [frontend]", "FrontendIPConfigurations = [frontend, internalFrontend]"));

    // ------------------------------------------------------------------ unknown values: silent

    [Fact]
    public Task Nic_handed_to_unknown_code_is_silent_for_that_backend() =>
        Verify.VerifyAnalyzerAsync(
            Lab(extra: "System.GC.KeepAlive(nic1);"),
            Verify.Diagnostic("LBNSG005").WithLocation(1).WithLocation(2).WithArguments("web-vm2", "lb-web-public", "http", "web"));

    [Fact]
    public Task Backend_subnet_handed_to_unknown_code_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(extra: "System.GC.KeepAlive(web);"));

    [Fact]
    public Task Existing_backend_subnet_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab()
                .Replace("var web = new SubnetResource(\"web\") { Name = \"web\", AddressPrefix = \"192.168.8.64/26\",  };", "var web = SubnetResource.FromExisting(\"web\");")
                .Replace("Subnets = [client, lbSubnet, web]", "Subnets = [client, lbSubnet]"));

    [Fact]
    public Task Backend_subnet_nsg_from_an_existing_nsg_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(webSubnet: "NetworkSecurityGroup = NetworkSecurityGroup.FromExisting(\"sharedNsg\")"));

    [Fact]
    public Task Sku_from_a_provisioning_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(sku: "Sku = new LoadBalancerSku { Name = skuName },")
                .Replace("var infra = new Infrastructure();", "var infra = new Infrastructure(); var skuName = new ProvisioningParameter(\"skuName\", typeof(string));"));

    [Fact]
    public Task Sku_from_a_method_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(sku: "Sku = new LoadBalancerSku { Name = skuName },", parameters: "LoadBalancerSkuName skuName"));

    [Fact]
    public Task Pool_reference_from_a_method_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(nics: InlineNics.Replace("{ Id = pool.Id }", "{ Id = poolId }"), parameters: "ResourceIdentifier poolId"));

    // ------------------------------------------------------------------ loop-built backends

    /// <summary>NICs built in a loop joined to the pool: one summary IP configuration, markup #0.</summary>
    private static string LoopNics(string loop, string ipMembers = "") => loop + $$"""
        {
            var ipConfiguration = {|#0:new NetworkInterfaceIPConfiguration(name + "Ip")|} { Subnet = { Id = web.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool(name + "PoolRef") { Id = pool.Id } }{{ipMembers}} };
            infra.Add(new NetworkInterface(name + "Nic") { Name = name, IPConfigurations = [ipConfiguration] });
        }
        """;

    [Fact]
    public Task Nics_built_in_a_foreach_over_a_constant_array_report_once_at_the_summary() =>
        Verify.VerifyAnalyzerAsync(
            Lab(nics: LoopNics("foreach (var name in new[] { \"webVm1\", \"webVm2\" })")),
            Verify.Diagnostic("LBNSG005").WithLocation(0).WithLocation(2).WithArguments("NetworkInterface", "lb-web-public", "http", "web"));

    [Fact]
    public Task Nics_built_in_a_for_loop_with_a_constant_count_report() =>
        Verify.VerifyAnalyzerAsync(
            Lab(nics: LoopNics("for (int i = 1; i <= 2; i++)").Replace("{\n    var ipConfiguration", "{\n    var name = \"webVm\" + i;\n    var ipConfiguration")),
            Verify.Diagnostic("LBNSG005").WithLocation(0).WithLocation(2).WithArguments("NetworkInterface", "lb-web-public", "http", "web"));

    [Fact]
    public Task Loop_built_nics_in_a_subnet_whose_nsg_allows_internet_are_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(nics: "var webNsg = new NetworkSecurityGroup(\"webNsg\") { Name = \"nsg-web\", SecurityRules = [" + AllowInternet() + "] };\ninfra.Add(webNsg);\n" + "web.NetworkSecurityGroup.Id = webNsg.Id;\n" + LoopNics("foreach (var name in new[] { \"webVm1\", \"webVm2\" })").Replace("{|#0:", string.Empty).Replace(")|}", ")")));

    [Fact]
    public Task Loop_over_a_collection_of_unknown_length_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(nics: LoopNics("foreach (var name in names)").Replace("{|#0:", string.Empty).Replace(")|}", ")"), parameters: "System.Collections.Generic.IEnumerable<string> names"));

    [Fact]
    public Task Loop_that_may_skip_the_nic_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(nics: LoopNics("foreach (var name in new[] { \"webVm1\", \"webVm2\" })").Replace("{|#0:", string.Empty).Replace(")|}", ")").Replace("{\n    var ipConfiguration", "{\n    if (name.Length > 5) continue;\n    var ipConfiguration")));

    // The loop counts as running its body to the end every round unless the body itself can leave a round early.
    [Theory]
    [InlineData("System.Func<string, int> check = n => { if (n.Length > 5) throw new System.ArgumentException(n); return n.Length; };")]
    [InlineData("int Check(string n) { if (n.Length > 5) return 0; throw new System.ArgumentException(n); }")]
    [InlineData("System.Action skip = () => { foreach (var c in name) { if (c == 'x') break; else continue; } };")]
    public Task Jumps_inside_a_lambda_or_local_function_in_the_loop_still_report(string statement) =>
        Verify.VerifyAnalyzerAsync(
            Lab(nics: LoopNics("foreach (var name in new[] { \"webVm1\", \"webVm2\" })").Replace("{\n    var ipConfiguration", "{\n    " + statement + "\n    var ipConfiguration")),
            Verify.Diagnostic("LBNSG005").WithLocation(0).WithLocation(2).WithArguments("NetworkInterface", "lb-web-public", "http", "web"));

    [Theory]
    [InlineData("_ = name ?? throw new System.ArgumentNullException(nameof(name));")]
    [InlineData("if (name.Length > 5) { throw new System.ArgumentException(name); }")]
    [InlineData("switch (name.Length) { case 9: break; default: goto case 9; }")]
    [InlineData("if (name.Length > 5) return infra;")]
    [InlineData("if (name.Length > 5) break;")]
    public Task Loop_whose_body_may_leave_a_round_early_is_silent(string statement) =>
        Verify.VerifyAnalyzerAsync(
            Lab(nics: LoopNics("foreach (var name in new[] { \"webVm1\", \"webVm2\" })").Replace("{|#0:", string.Empty).Replace(")|}", ")").Replace("{\n    var ipConfiguration", "{\n    " + statement + "\n    var ipConfiguration")));

    [Fact]
    public Task Loop_that_attaches_a_nic_nsg_on_some_rounds_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(nics: "var webNsg = new NetworkSecurityGroup(\"webNsg\") { Name = \"nsg-web\", SecurityRules = [" + AllowInternet() + "] };\ninfra.Add(webNsg);\n" + LoopNics("foreach (var name in new[] { \"webVm1\", \"webVm2\" })").Replace("{|#0:", string.Empty).Replace(")|}", ")")
                .Replace("infra.Add(new NetworkInterface(name + \"Nic\") { Name = name, IPConfigurations = [ipConfiguration] });", "var nic = new NetworkInterface(name + \"Nic\") { Name = name, IPConfigurations = [ipConfiguration] };\n    if (name == \"webVm1\")\n    {\n        nic.NetworkSecurityGroup.Id = webNsg.Id;\n    }\n\n    infra.Add(nic);")));
}

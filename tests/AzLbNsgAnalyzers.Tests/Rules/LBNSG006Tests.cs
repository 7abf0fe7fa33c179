using System.Threading.Tasks;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Rules.LbNsgLab;
using Verify = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG006>;

namespace AzLbNsgAnalyzers.Tests.Rules;

/// <summary>LBNSG006: an NSG allow written for the frontend (address or port) that the backend never sees.</summary>
public class LBNSG006Tests
{
    private static readonly string AllowLb = Rule("allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*");
    private static readonly string DenyAll = Rule("denyAll", "deny-all", 2048, "Deny", "*", "*");
    private const string Backends = "web-vm1 and web-vm2";
    private const string HttpRule = "'http' of 'lb-web' (80 -> 5000)";
    private const string HttpRuleFloating = "'http' of 'lb-web' (80 -> 5000, floating IP)";

    // ---- positives ----

    [Fact]
    public Task Allow_to_the_frontend_port_inline_reports() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Marked(Rule("allowHttp", "allow-http-80", 900, "Allow", "192.168.8.0/27", "80", "Tcp")), AllowLb, DenyAll)),
            Verify.Diagnostic("LBNSG006").WithLocation(0)
                .WithArguments("allow-http-80", "900", "nsg-web", "the frontend port 80", HttpRule, "their own address on port 5000", Backends));

    [Fact]
    public Task Allow_to_the_frontend_port_parent_linked_reports() =>
        Verify.VerifyAnalyzerAsync(
            ParentLinked(
                Statement("webNsg", "allowHttp", "allow-http-80", 900, "Allow", "192.168.8.4", "80", "Tcp", markup: 0)
                + Statement("webNsg", "allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*")
                + Statement("webNsg", "denyAll", "deny-all", 2048, "Deny", "*", "*")),
            Verify.Diagnostic("LBNSG006").WithLocation(0)
                .WithArguments("allow-http-80", "900", "nsg-web", "the frontend port 80", HttpRule, "their own address on port 5000", Backends));

    [Fact]
    public Task Allow_to_the_frontend_address_on_the_backend_port_reports() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Marked(Rule("allowFe", "allow-frontend-5000", 900, "Allow", "192.168.8.0/27", "5000", "Tcp", destination: "192.168.8.52")), AllowLb, DenyAll)),
            Verify.Diagnostic("LBNSG006").WithLocation(0)
                .WithArguments("allow-frontend-5000", "900", "nsg-web", "the frontend address 192.168.8.52", HttpRule, "their own address on port 5000", Backends));

    [Fact]
    public Task Allow_to_the_frontend_address_as_a_slash_32_on_the_nic_nsg_reports() =>
        Verify.VerifyAnalyzerAsync(
            Inline(
                Nsg(Rule("allowVnet", "allow-vnet-5000", 900, "Allow", "192.168.8.0/24", "5000", "Tcp")),
                nicRules: Nsg(Marked(Rule("nicAllowFe", "allow-frontend", 200, "Allow", "VirtualNetwork", "5000", "Tcp", destination: "192.168.8.52/32")), AllowLb, Rule("nicDeny", "deny-all", 4000, "Deny", "*", "*")),
                nicNsgOnBoth: true),
            Verify.Diagnostic("LBNSG006").WithLocation(0)
                .WithArguments("allow-frontend", "200", "nsg-vm1", "the frontend address 192.168.8.52", HttpRule, "their own address on port 5000", Backends));

    [Fact]
    public Task Floating_ip_with_the_allow_on_the_backend_port_reports() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Marked(Rule("allowApp", "allow-app-5000", 900, "Allow", "192.168.8.0/24", "5000", "Tcp")), AllowLb, DenyAll), ruleProperties: "EnableFloatingIP = true"),
            Verify.Diagnostic("LBNSG006").WithLocation(0)
                .WithArguments("allow-app-5000", "900", "nsg-web", "the backend port 5000", HttpRuleFloating, "the frontend address 192.168.8.52 on port 80", Backends));

    [Fact]
    public Task Floating_ip_set_after_construction_reports() =>
        Verify.VerifyAnalyzerAsync(
            ParentLinked(
                Statement("webNsg", "allowApp", "allow-app-5000", 900, "Allow", "192.168.8.0/24", "5000", "Tcp", markup: 0)
                + Statement("webNsg", "allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*")
                + Statement("webNsg", "denyAll", "deny-all", 2048, "Deny", "*", "*"),
                ruleStatements: "rule.Properties.EnableFloatingIP = true;"),
            Verify.Diagnostic("LBNSG006").WithLocation(0)
                .WithArguments("allow-app-5000", "900", "nsg-web", "the backend port 5000", HttpRuleFloating, "the frontend address 192.168.8.52 on port 80", Backends));

    [Fact]
    public Task Frontend_port_in_a_plural_port_list_reports() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Marked(Rule("allowWeb", "allow-web", 900, "Allow", "192.168.8.0/24", "80", "Tcp").Swap("DestinationPortRange = \"80\"", "DestinationPortRanges = { \"80\", \"443\" }")), AllowLb, DenyAll)),
            Verify.Diagnostic("LBNSG006").WithLocation(0)
                .WithArguments("allow-web", "900", "nsg-web", "the frontend port 80", HttpRule, "their own address on port 5000", Backends));

    [Fact]
    public Task Frontend_port_allow_without_a_deny_is_still_reported() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Marked(Rule("allowHttp", "allow-http-80", 900, "Allow", "Internet", "80", "Tcp"))), publicFrontend: true),
            Verify.Diagnostic("LBNSG006").WithLocation(0)
                .WithArguments("allow-http-80", "900", "nsg-web", "the frontend port 80", HttpRule, "their own address on port 5000", Backends));

    // ---- negatives: correct infrastructure ----

    [Fact]
    public Task Verification_3_allow_to_the_backend_port_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowClient", "allow-client-5000", 900, "Allow", "192.168.8.4", "5000", "Tcp"), AllowLb, DenyAll)));

    [Fact]
    public Task Floating_ip_with_the_allow_on_the_frontend_address_and_port_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowFe", "allow-frontend-80", 900, "Allow", "192.168.8.0/24", "80", "Tcp", destination: "192.168.8.52"), AllowLb, DenyAll), ruleProperties: "EnableFloatingIP = true"));

    [Fact]
    public Task Allow_of_both_frontend_and_backend_port_as_a_range_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowRange", "allow-80-5000", 900, "Allow", "192.168.8.0/24", "80-5000", "Tcp"), AllowLb, DenyAll)));

    [Fact]
    public Task Frontend_port_equal_to_backend_port_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowHttp", "allow-http-80", 900, "Allow", "192.168.8.0/24", "80", "Tcp"), AllowLb, DenyAll), backendPort: "80", probePort: "80"));

    [Fact]
    public Task Port_named_by_the_rule_is_delivered_by_another_lb_rule_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(
                Nsg(Rule("allowHttp", "allow-http-80", 900, "Allow", "192.168.8.0/24", "80", "Tcp"), Rule("allowApp", "allow-app-5000", 910, "Allow", "192.168.8.0/24", "5000", "Tcp"), AllowLb, DenyAll),
                moreLbRules: "new LoadBalancingRule(\"legacy\") { Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 8080, BackendPort = 80, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id, ProbeId = probe.Id } }"));

    [Fact]
    public Task Port_named_by_the_rule_is_delivered_to_the_pool_by_an_inbound_nat_rule_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(
                Nsg(Rule("allowHttp", "allow-http-80", 900, "Allow", "192.168.8.0/27", "80", "Tcp"), Rule("allowApp", "allow-app-5000", 910, "Allow", "192.168.8.0/24", "5000", "Tcp"), AllowLb, DenyAll),
                lbExtra: "InboundNatRules = [new InboundNatRule(\"adminHttp\") { Name = \"admin-http\", Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPortRangeStart = 8080, FrontendPortRangeEnd = 8089, BackendPort = 80, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id }],"));

    [Fact]
    public Task Allow_on_an_unrelated_port_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowSsh", "allow-ssh", 1000, "Allow", "192.168.8.0/27", "22", "Tcp"), Rule("allowApp", "allow-app-5000", 910, "Allow", "192.168.8.0/24", "5000", "Tcp"), AllowLb, DenyAll)));

    [Fact]
    public Task Deny_of_the_frontend_port_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("denyHttp", "deny-http-80", 900, "Deny", "Internet", "80", "Tcp"), Rule("allowApp", "allow-app-5000", 910, "Allow", "192.168.8.0/24", "5000", "Tcp"))));

    [Fact]
    public Task Public_frontend_with_Internet_allowed_to_the_backend_port_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowInternet", "allow-internet-5000", 1000, "Allow", "Internet", "5000", "Tcp")), publicFrontend: true));

    // ---- Unknown values: silent ----

    [Fact]
    public Task Frontend_port_from_a_method_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowHttp", "allow-http-80", 900, "Allow", "192.168.8.0/27", "80", "Tcp"), AllowLb, DenyAll), frontendPort: "port", parameters: "int port"));

    [Fact]
    public Task Destination_port_from_a_provisioning_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            WithPreamble(
                Inline(Nsg(Rule("allowHttp", "allow-http-80", 900, "Allow", "192.168.8.0/27", "80", "Tcp").Swap("DestinationPortRange = \"80\"", "DestinationPortRange = port"), AllowLb, DenyAll), extra: "infra.Add(port);"),
                "var port = new ProvisioningParameter(\"port\", typeof(string));"));

    [Fact]
    public Task Floating_ip_from_a_method_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowApp", "allow-app-5000", 900, "Allow", "192.168.8.0/24", "5000", "Tcp"), AllowLb, DenyAll), ruleProperties: "EnableFloatingIP = floating", parameters: "bool floating"));

    [Fact]
    public Task Load_balancer_passed_to_unknown_code_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowHttp", "allow-http-80", 900, "Allow", "192.168.8.0/27", "80", "Tcp"), AllowLb, DenyAll), extra: "System.GC.KeepAlive(lb);"));

    [Fact]
    public Task Frontend_address_from_a_bicep_function_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            WithPreamble(
                Inline(Nsg(Rule("allowFe", "allow-frontend-5000", 900, "Allow", "192.168.8.0/27", "5000", "Tcp", destination: "192.168.8.52"), AllowLb, DenyAll), extra: "infra.Add(host);")
                    .Swap("frontend.PrivateIPAddress.Assign(\"192.168.8.52\");", "frontend.PrivateIPAddress.Assign(BicepFunction.Interpolate($\"192.168.8.{host}\"));"),
                "var host = new ProvisioningParameter(\"host\", typeof(string));"));

    [Fact]
    public Task Nat_rule_to_another_backend_does_not_excuse_the_frontend_port_rule() =>
        Verify.VerifyAnalyzerAsync(
            Inline(
                Nsg(Marked(Rule("allowHttp", "allow-http-80", 900, "Allow", "192.168.8.0/27", "80", "Tcp")), Rule("allowApp", "allow-app-5000", 910, "Allow", "192.168.8.0/24", "5000", "Tcp"), AllowLb, DenyAll),
                lbExtra: "InboundNatRules = [nat],",
                extra: """
                    var vm3Nic = new NetworkInterface("vm3Nic") { Name = "web-vm3" };
                    vm3Nic.IPConfigurations.Add(new NetworkInterfaceIPConfiguration("vm3Ip") { Subnet = { Id = web.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool("vm3PoolRef") { Id = pool.Id } }, LoadBalancerInboundNatRules = { new InboundNatRule("vm3NatRef") { Id = nat.Id } } });
                    infra.Add(vm3Nic);
                    """)
                .Swap("var pool = new BackendAddressPool(\"pool\") { Name = \"web-pool\" };",
                      "var pool = new BackendAddressPool(\"pool\") { Name = \"web-pool\" };\n var nat = new InboundNatRule(\"adminHttp\") { Name = \"admin-http\", Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 8080, BackendPort = 80, FrontendIPConfigurationId = frontend.Id };"),
            Verify.Diagnostic("LBNSG006").WithLocation(0)
                .WithArguments("allow-http-80", "900", "nsg-web", "the frontend port 80", "'http' of 'lb-web' (80 -> 5000)", "their own address on port 5000", "web-vm1 and web-vm2"));

    // ---- the address variant with static backend addresses (matrix lab: web-vm1 192.168.8.70, web-vm2 192.168.8.71, the rest of the VNet denied) ----

    private static string StaticLab(string destination, string port, bool floating = false)
    {
        string source = System.IO.File.ReadAllText(System.IO.Path.Combine(AzLbNsgAnalyzers.Tests.FixMatrix.FixMatrixCase.CasesDirectory, "LBNSG006_AddressVariantStaticBackends.cs"))
            .Swap("new SecurityRule(\"allowHttp\")", "{|#0:new SecurityRule(\"allowHttp\")|}")
            .Swap("DestinationAddressPrefix = \"192.168.8.52\",\n                    DestinationPortRange = \"80\",", destination + ",\n                    DestinationPortRange = \"" + port + "\",");
        return floating ? source.Swap("ProbeId = probe.Id,", "ProbeId = probe.Id,\n                        EnableFloatingIP = true,") : source;
    }

    [Fact]
    public Task Static_backends_allow_to_the_frontend_address_and_port_reports() =>
        Verify.VerifyAnalyzerAsync(
            StaticLab("DestinationAddressPrefix = \"192.168.8.52\"", "80"),
            Verify.Diagnostic("LBNSG006").WithLocation(0)
                .WithArguments("allow-http", "1000", "nsg-web", "the frontend port 80", HttpRule, "their own address on port 5000", "web-vm1-nic and web-vm2-nic"));

    [Fact]
    public Task Static_backends_allow_to_the_frontend_address_on_the_backend_port_reports() =>
        Verify.VerifyAnalyzerAsync(
            StaticLab("DestinationAddressPrefix = \"192.168.8.52\"", "5000"),
            Verify.Diagnostic("LBNSG006").WithLocation(0)
                .WithArguments("allow-http", "1000", "nsg-web", "the frontend address 192.168.8.52", HttpRule, "their own address on port 5000", "web-vm1-nic and web-vm2-nic"));

    [Fact]
    public Task Static_backends_allow_to_their_own_addresses_on_the_backend_port_is_silent() =>
        Verify.VerifyAnalyzerAsync(StaticLab("DestinationAddressPrefixes = { \"192.168.8.70\", \"192.168.8.71\" }", "5000").Replace("{|#0:", string.Empty).Replace("\")|}", "\")"));

    [Fact]
    public Task Static_backends_with_floating_ip_allow_to_the_frontend_address_and_port_is_silent() =>
        Verify.VerifyAnalyzerAsync(StaticLab("DestinationAddressPrefix = \"192.168.8.52\"", "80", floating: true).Replace("{|#0:", string.Empty).Replace("\")|}", "\")"));
}

using System.Linq;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Rules.LbNsgLab;
using Verify = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG007>;

namespace AzLbNsgAnalyzers.Tests.Rules;

/// <summary>LBNSG007: every client flow of a load-balancing rule to a backend is denied, with no more specific cause.</summary>
public class LBNSG007Tests
{
    private static readonly string AllowLb = Rule("allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*");
    private static readonly string DenyAll = Rule("denyAll", "deny-all", 2048, "Deny", "*", "*");
    private const string Vnet = "192.168.8.0/24 on port 5000";

    // ---- positives ----

    [Fact]
    public Task Nic_nsg_deny_behind_a_subnet_allow_reports_at_the_nic_rule_naming_the_overridden_allow() =>
        Verify.VerifyAnalyzerAsync(
            Inline(
                Nsg(Rule("allowApp", "allow-app-5000", 1000, "Allow", "192.168.8.0/24", "5000", "Tcp"), AllowLb, DenyAll),
                nicRules: Nsg(Rule("nicAllowLb", "allow-azure-lb", 100, "Allow", "AzureLoadBalancer", "*"), Marked(Rule("nicDeny", "deny-all-in", 4000, "Deny", "*", "*")))),
            Verify.Diagnostic("LBNSG007").WithLocation(0)
                .WithArguments("'http' of 'lb-web'", "web-vm1", "NSG rule 'deny-all-in' (priority 4000) in 'nsg-vm1', which overrides allow 'allow-app-5000' (priority 1000 in 'nsg-web')", Vnet));

    [Fact]
    public Task Nic_nsg_deny_parent_linked_reports() =>
        Verify.VerifyAnalyzerAsync(
            ParentLinked(
                Statement("webNsg", "allowApp", "allow-app-5000", 1000, "Allow", "192.168.8.0/24", "5000", "Tcp"),
                nicRuleStatements: Statement("nicNsg", "nicDeny", "deny-app", 300, "Deny", "192.168.8.0/24", "5000", "Tcp", markup: 0)),
            Verify.Diagnostic("LBNSG007").WithLocation(0)
                .WithArguments("'http' of 'lb-web'", "web-vm2", "NSG rule 'deny-app' (priority 300) in 'nsg-vm2', which overrides allow 'allow-app-5000' (priority 1000 in 'nsg-web')", Vnet));

    [Fact]
    public Task Client_allow_with_a_larger_number_than_the_deny_all_reports_once_for_both_backends() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(AllowLb, Marked(DenyAll), Rule("allowApp", "allow-app-5000", 3000, "Allow", "192.168.8.0/27", "5000", "Tcp"))),
            Verify.Diagnostic("LBNSG007").WithLocation(0)
                .WithArguments("'http' of 'lb-web'", "web-vm1 and web-vm2", "NSG rule 'deny-all' (priority 2048) in 'nsg-web', which overrides allow 'allow-app-5000' (priority 3000)", Vnet));

    [Fact]
    public Task Client_allow_after_the_deny_parent_linked_reports() =>
        Verify.VerifyAnalyzerAsync(
            ParentLinked(
                Statement("webNsg", "allowLb", "allow-azure-lb", 100, "Allow", "AzureLoadBalancer", "*")
                + Statement("webNsg", "denyVnet", "deny-vnet", 200, "Deny", "VirtualNetwork", "*", markup: 0)
                + Statement("webNsg", "allowApp", "allow-app-5000", 300, "Allow", "192.168.8.4", "5000", "Tcp")),
            Verify.Diagnostic("LBNSG007").WithLocation(0)
                .WithArguments("'http' of 'lb-web'", "web-vm1 and web-vm2", "NSG rule 'deny-vnet' (priority 200) in 'nsg-web', which overrides allow 'allow-app-5000' (priority 300)", Vnet));

    [Fact]
    public Task Subnet_deny_of_part_of_the_vnet_and_nic_deny_of_the_rest_reports_at_the_first_with_the_second_as_additional_location() =>
        Verify.VerifyAnalyzerAsync(
            Inline(
                Nsg(Marked(Rule("denyLow", "deny-low-half", 200, "Deny", "192.168.8.0/25", "5000", "Tcp"), 0)),
                nicRules: Nsg(Marked(Rule("nicDeny", "deny-app-nic", 300, "Deny", "192.168.8.128/25", "5000", "Tcp"), 1)),
                nicNsgOnBoth: true),
            Verify.Diagnostic("LBNSG007").WithLocation(0).WithLocation(1)
                .WithArguments("'http' of 'lb-web'", "web-vm1 and web-vm2", "NSG rule 'deny-low-half' (priority 200) in 'nsg-web'", Vnet));

    [Fact]
    public Task Public_standard_lb_whose_backend_nsg_has_no_internet_allow_reports_at_the_lb_rule() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowSsh", "allow-ssh", 1000, "Allow", "192.168.8.0/27", "22", "Tcp")), publicFrontend: true, lbRuleMarkup: 0),
            Verify.Diagnostic("LBNSG007").WithLocation(0)
                .WithArguments("'http' of 'lb-web'", "web-vm1 and web-vm2", "the default rule DenyAllInbound (65500) of 'nsg-web', as no rule allows them", "Internet on port 5000"));

    [Fact]
    public Task One_deny_blocking_two_lb_rules_is_reported_once_naming_both() =>
        Verify.VerifyAnalyzerAsync(
            Inline(
                Nsg(AllowLb, Marked(DenyAll), Rule("allowApp", "allow-app", 3000, "Allow", "192.168.8.0/27", "5000-5001", "Tcp")),
                moreLbRules: "new LoadBalancingRule(\"https\") { Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 443, BackendPort = 5001, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id, ProbeId = probe.Id } }"),
            Verify.Diagnostic("LBNSG007").WithLocation(0)
                .WithArguments("'http' of 'lb-web' and 'https' of 'lb-web'", "web-vm1 and web-vm2", "NSG rule 'deny-all' (priority 2048) in 'nsg-web', which overrides allow 'allow-app' (priority 3000)", "192.168.8.0/24 on port 5000 and 192.168.8.0/24 on port 5001"));

    [Fact]
    public Task Public_lb_with_two_rules_denied_only_by_default_rules_reports_at_each_lb_rule() =>
        Verify.VerifyAnalyzerAsync(
            Inline(
                Nsg(Rule("allowSsh", "allow-ssh", 1000, "Allow", "192.168.8.0/27", "22", "Tcp")),
                publicFrontend: true,
                lbRuleMarkup: 0,
                moreLbRules: "{|#1:new LoadBalancingRule(\"https\")|} { Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 443, BackendPort = 5001, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id, ProbeId = probe.Id } }"),
            Verify.Diagnostic("LBNSG007").WithLocation(0)
                .WithArguments("'http' of 'lb-web'", "web-vm1 and web-vm2", "the default rule DenyAllInbound (65500) of 'nsg-web', as no rule allows them", "Internet on port 5000"),
            Verify.Diagnostic("LBNSG007").WithLocation(1)
                .WithArguments("'https' of 'lb-web'", "web-vm1 and web-vm2", "the default rule DenyAllInbound (65500) of 'nsg-web', as no rule allows them", "Internet on port 5001"));

    [Fact]
    public Task VirtualNetwork_allow_shadowed_by_the_deny_all_is_not_a_remote_client_allow_and_reports() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(AllowLb, Marked(DenyAll), Rule("allowVnet", "allow-vnet-5000", 3000, "Allow", "VirtualNetwork", "5000", "Tcp"))),
            Verify.Diagnostic("LBNSG007").WithLocation(0)
                .WithArguments("'http' of 'lb-web'", "web-vm1 and web-vm2", "NSG rule 'deny-all' (priority 2048) in 'nsg-web', which overrides allow 'allow-vnet-5000' (priority 3000)", Vnet));

    [Fact]
    public Task Udp_rule_denied_by_a_udp_deny_before_the_udp_allow_reports_at_the_deny() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Marked(Rule("denyUdp", "deny-udp", 200, "Deny", "*", "*", "Udp")), Rule("allowDns", "allow-dns", 300, "Allow", "192.168.8.0/24", "53", "Udp"), AllowLb), frontendPort: "53", backendPort: "53", protocol: "Udp", probePort: "8080"),
            Verify.Diagnostic("LBNSG007").WithLocation(0)
                .WithArguments("'http' of 'lb-web'", "web-vm1 and web-vm2", "NSG rule 'deny-udp' (priority 200) in 'nsg-web', which overrides allow 'allow-dns' (priority 300)", "192.168.8.0/24 on port 53"));

    [Fact]
    public Task Ha_ports_rule_denied_on_every_port_reports() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(AllowLb, Marked(DenyAll), Rule("allowNva", "allow-nva", 3000, "Allow", "192.168.8.0/24", "*")), frontendPort: "0", backendPort: "0", protocol: "All"),
            Verify.Diagnostic("LBNSG007").WithLocation(0)
                .WithArguments("'http' of 'lb-web'", "web-vm1 and web-vm2", "NSG rule 'deny-all' (priority 2048) in 'nsg-web', which overrides allow 'allow-nva' (priority 3000)", "192.168.8.0/24 on every port"));

    // ---- interplay: each (rule, backend) gets one outcome ----

    [Fact]
    public Task Verification_2_is_left_to_LBNSG004() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowSsh", "allow-ssh", 1000, "Allow", "192.168.8.0/27", "22", "Tcp"), AllowLb, DenyAll)));

    [Fact]
    public Task Verification_1_5_is_left_to_LBNSG003() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowClient", "allow-client-5000", 1000, "Allow", "192.168.8.4", "5000", "Tcp"), DenyAll)));

    [Fact]
    public Task Frontend_port_allow_is_left_to_LBNSG006() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowHttp", "allow-http-80", 900, "Allow", "192.168.8.0/24", "80", "Tcp"), AllowLb, DenyAll)));

    [Fact]
    public Task Frontend_subnet_allow_is_left_to_LBNSG002() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowLbSubnet", "allow-lb-subnet", 900, "Allow", "192.168.8.48/28", "5000", "Tcp"), AllowLb, DenyAll)));

    [Fact]
    public Task Public_lb_without_any_nsg_is_left_to_LBNSG005() =>
        Verify.VerifyAnalyzerAsync(Inline(string.Empty, webNsg: false, publicFrontend: true));

    [Fact]
    public async Task All_analyzers_on_verification_1_5_report_only_LBNSG003() =>
        Assert.Equal(["LBNSG003 new SecurityRule(\"denyAll\")"], await ReportedBy(Inline(Nsg(Rule("allowClient", "allow-client-5000", 1000, "Allow", "192.168.8.4", "5000", "Tcp"), DenyAll))));

    [Fact]
    public async Task All_analyzers_on_verification_2_report_only_LBNSG004() =>
        Assert.Equal(["LBNSG004 new SecurityRule(\"allowLb\")"], await ReportedBy(Inline(Nsg(Rule("allowSsh", "allow-ssh", 1000, "Allow", "192.168.8.0/27", "22", "Tcp"), AllowLb, DenyAll))));

    [Fact]
    public async Task All_analyzers_on_a_nic_deny_behind_a_subnet_allow_report_only_LBNSG007() =>
        Assert.Equal(
            ["LBNSG007 new SecurityRule(\"nicDeny\")"],
            await ReportedBy(Inline(
                Nsg(Rule("allowApp", "allow-app-5000", 1000, "Allow", "192.168.8.0/24", "5000", "Tcp"), AllowLb, DenyAll),
                nicRules: Nsg(Rule("nicAllowLb", "allow-azure-lb", 100, "Allow", "AzureLoadBalancer", "*"), Rule("nicDeny", "deny-all-in", 4000, "Deny", "*", "*")))));

    [Fact]
    public async Task All_analyzers_on_a_udp_rule_whose_only_udp_allow_is_AzureLoadBalancer_report_only_LBNSG004() =>
        Assert.Equal(
            ["LBNSG004 new SecurityRule(\"allowLb\")"],
            await ReportedBy(Inline(Nsg(Rule("allowDns", "allow-dns-tcp", 1000, "Allow", "192.168.8.0/24", "53", "Tcp"), AllowLb, DenyAll), frontendPort: "53", backendPort: "53", protocol: "Udp", probePort: "8080")));

    [Fact]
    public async Task All_analyzers_on_a_frontend_port_allow_report_only_LBNSG006() =>
        Assert.Equal(["LBNSG006 new SecurityRule(\"allowHttp\")"], await ReportedBy(Inline(Nsg(Rule("allowHttp", "allow-http-80", 900, "Allow", "192.168.8.0/24", "80", "Tcp"), AllowLb, DenyAll))));

    // ---- negatives: correct infrastructure ----

    [Fact]
    public Task Verification_1_no_nsg_is_silent() =>
        Verify.VerifyAnalyzerAsync(Inline(string.Empty, webNsg: false));

    [Fact]
    public Task Verification_3_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowClient", "allow-client-5000", 900, "Allow", "192.168.8.4", "5000", "Tcp"), AllowLb, DenyAll)));

    [Fact]
    public Task Allow_VirtualNetwork_to_the_backend_port_before_the_deny_all_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowVnet", "allow-vnet-5000", 1000, "Allow", "VirtualNetwork", "5000", "Tcp"), AllowLb, DenyAll)));

    [Fact]
    public Task Floating_ip_with_the_allow_on_the_frontend_address_and_port_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowFe", "allow-frontend-80", 900, "Allow", "192.168.8.0/24", "80", "Tcp", destination: "192.168.8.52"), AllowLb, DenyAll), ruleProperties: "EnableFloatingIP = true"));

    [Fact]
    public Task Public_standard_lb_with_internet_allowed_on_the_subnet_nsg_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowInternet", "allow-internet-5000", 1000, "Allow", "Internet", "5000", "Tcp"), AllowLb, DenyAll), publicFrontend: true));

    [Fact]
    public Task Public_standard_lb_parent_linked_with_internet_allowed_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            ParentLinked(Statement("webNsg", "allowInternet", "allow-internet-5000", 1000, "Allow", "Internet", "5000", "Tcp"), publicFrontend: true));

    [Fact]
    public Task Peered_hub_clients_only_followed_by_a_deny_all_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowHub", "allow-hub-5000", 1000, "Allow", "10.100.0.0/16", "5000", "Tcp"), AllowLb, DenyAll)));

    [Fact]
    public Task Subnet_and_nic_nsg_both_allowing_the_clients_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(
                Nsg(Rule("allowApp", "allow-app-5000", 1000, "Allow", "192.168.8.0/24", "5000", "Tcp"), AllowLb, DenyAll),
                nicRules: Nsg(Rule("nicAllowApp", "allow-app-5000", 100, "Allow", "192.168.8.0/27", "5000", "Tcp"), Rule("nicAllowLb", "allow-azure-lb", 110, "Allow", "AzureLoadBalancer", "*"), Rule("nicDeny", "deny-all-in", 4000, "Deny", "*", "*")),
                nicNsgOnBoth: true));

    [Fact]
    public Task Deny_of_only_part_of_the_clients_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("denyClient", "deny-client-subnet", 200, "Deny", "192.168.8.0/27", "5000", "Tcp"))));

    // ---- Unknown values: silent ----

    [Fact]
    public Task Deny_priority_from_a_method_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(AllowLb, DenyAll.Swap("Priority = 2048", "Priority = priority"), Rule("allowApp", "allow-app-5000", 3000, "Allow", "192.168.8.0/27", "5000", "Tcp")), parameters: "int priority"));

    [Fact]
    public Task Nic_nsg_passed_to_unknown_code_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(
                Nsg(Rule("allowApp", "allow-app-5000", 1000, "Allow", "192.168.8.0/24", "5000", "Tcp"), AllowLb, DenyAll),
                nicRules: Nsg(Rule("nicAllowLb", "allow-azure-lb", 100, "Allow", "AzureLoadBalancer", "*"), Rule("nicDeny", "deny-all-in", 4000, "Deny", "*", "*")),
                extra: "System.GC.KeepAlive(nicNsg);"));

    [Fact]
    public Task Backend_port_from_a_provisioning_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            WithPreamble(
                Inline(Nsg(AllowLb, DenyAll, Rule("allowApp", "allow-app-5000", 3000, "Allow", "192.168.8.0/27", "5000", "Tcp")), backendPort: "port", extra: "infra.Add(port);"),
                "var port = new ProvisioningParameter(\"backendPort\", typeof(int));"));

    [Fact]
    public Task Deny_source_from_a_bicep_function_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            WithPreamble(
                Inline(Nsg(AllowLb, DenyAll.Swap("SourceAddressPrefix = \"*\"", "SourceAddressPrefix = BicepFunction.Interpolate($\"192.168.{third}.0/24\")"), Rule("allowApp", "allow-app-5000", 3000, "Allow", "192.168.8.0/27", "5000", "Tcp")), extra: "infra.Add(third);"),
                "var third = new ProvisioningParameter(\"third\", typeof(string));"));

    [Fact]
    public Task Existing_nic_nsg_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(
                Nsg(Rule("allowApp", "allow-app-5000", 1000, "Allow", "192.168.8.0/24", "5000", "Tcp"), AllowLb, DenyAll),
                nicRules: Nsg(Rule("nicAllowLb", "allow-azure-lb", 100, "Allow", "AzureLoadBalancer", "*"), Rule("nicDeny", "deny-all-in", 4000, "Deny", "*", "*")))
                .Swap(
                    "new NetworkSecurityGroup(\"nicNsg\") { Name = \"nsg-vm1\", SecurityRules = [" + Nsg(Rule("nicAllowLb", "allow-azure-lb", 100, "Allow", "AzureLoadBalancer", "*"), Rule("nicDeny", "deny-all-in", 4000, "Deny", "*", "*")) + "] }",
                    "NetworkSecurityGroup.FromExisting(\"nicNsg\")"));

    /// <summary>Every analyzer of the package over the source: "ID reported-span" per diagnostic, sorted.</summary>
    internal static async Task<string[]> ReportedBy(string source)
    {
        var diagnostics = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(("Lab.cs", source)));
        return diagnostics.Select(d => d.Id + " " + d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)).OrderBy(s => s, System.StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public Task Public_lb_subnet_allows_internet_but_nic_nsg_denies_reports_at_the_nic_rule() =>
        Verify.VerifyAnalyzerAsync(
            Inline(
                Nsg(Rule("allowInternet", "allow-internet-5000", 1000, "Allow", "Internet", "5000", "Tcp")),
                nicRules: Nsg(Marked(Rule("nicDenyInternet", "deny-internet-nic", 100, "Deny", "Internet", "*"), 0)),
                nicNsgOnBoth: true,
                publicFrontend: true),
            Verify.Diagnostic("LBNSG007").WithLocation(0)
                .WithArguments("'http' of 'lb-web'", "web-vm1 and web-vm2", "NSG rule 'deny-internet-nic' (priority 100) in 'nsg-vm1', which overrides allow 'allow-internet-5000' (priority 1000 in 'nsg-web')", "Internet on port 5000"));
}

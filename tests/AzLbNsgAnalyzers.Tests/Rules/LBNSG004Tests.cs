using System.Threading.Tasks;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Rules.LbNsgLab;
using Verify = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG004>;

namespace AzLbNsgAnalyzers.Tests.Rules;

/// <summary>LBNSG004: the AzureLoadBalancer tag is the only allow, so probes pass and every client is denied.</summary>
public class LBNSG004Tests
{
    private static readonly string AllowSsh = Rule("allowSsh", "allow-ssh", 1000, "Allow", "192.168.8.0/27", "22", "Tcp");
    private static readonly string AllowLb = Rule("allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*");
    private static readonly string DenyAll = Rule("denyAll", "deny-all", 2048, "Deny", "*", "*");

    // ---- positives ----

    [Fact]
    public Task Verification_2_inline_reports_at_the_AzureLoadBalancer_rule_with_the_deny_as_additional_location() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(AllowSsh, Marked(AllowLb, 0), Marked(DenyAll, 1))),
            Verify.Diagnostic("LBNSG004").WithLocation(0).WithLocation(1)
                .WithArguments("allow-azure-lb", "1024", "nsg-web", "lb-web", "192.168.8.0/24", "web-vm1 and web-vm2", "port 5000", "'deny-all' (priority 2048)"));

    [Fact]
    public Task Verification_2_parent_linked_rules_set_after_construction_report() =>
        Verify.VerifyAnalyzerAsync(
            ParentLinked(
                Statement("webNsg", "allowSsh", "allow-ssh", 1000, "Allow", "192.168.8.0/27", "22", "Tcp")
                + Statement("webNsg", "allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*", markup: 0)
                + Statement("webNsg", "denyAll", "deny-all", 2048, "Deny", "*", "*", markup: 1)),
            Verify.Diagnostic("LBNSG004").WithLocation(0).WithLocation(1)
                .WithArguments("allow-azure-lb", "1024", "nsg-web", "lb-web", "192.168.8.0/24", "web-vm1 and web-vm2", "port 5000", "'deny-all' (priority 2048)"));

    [Fact]
    public Task Service_tag_rule_limited_to_the_backend_port_in_mixed_case_reports() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Marked(Rule("allowProbe", "allow-probe-5000", 300, "Allow", "azureLoadBalancer", "5000", "Tcp"), 0), Marked(Rule("denyVnet", "deny-vnet", 400, "Deny", "192.168.8.0/24", "*"), 1))),
            Verify.Diagnostic("LBNSG004").WithLocation(0).WithLocation(1)
                .WithArguments("allow-probe-5000", "300", "nsg-web", "lb-web", "192.168.8.0/24", "web-vm1 and web-vm2", "port 5000", "'deny-vnet' (priority 400)"));

    [Fact]
    public Task Public_frontend_with_only_the_AzureLoadBalancer_allow_is_denied_by_the_default_rule() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(AllowSsh, Marked(AllowLb, 0)), publicFrontend: true),
            Verify.Diagnostic("LBNSG004").WithLocation(0)
                .WithArguments("allow-azure-lb", "1024", "nsg-web", "lb-web", "Internet", "web-vm1 and web-vm2", "port 5000", "the default rule DenyAllInbound (65500)"));

    [Fact]
    public Task Service_tag_allow_on_the_nic_nsg_and_deny_all_on_the_subnet_nsg_behind_it_is_one_report_per_rule() =>
        Verify.VerifyAnalyzerAsync(
            Inline(
                string.Empty,
                nicRules: Nsg(Marked(Rule("nicAllowLb", "allow-azure-lb-nic", 100, "Allow", "AzureLoadBalancer", "*"), 0), Marked(Rule("nicDeny", "deny-all-nic", 4096, "Deny", "*", "*"), 1)),
                nicNsgOnBoth: true),
            Verify.Diagnostic("LBNSG004").WithLocation(0).WithLocation(1)
                .WithArguments("allow-azure-lb-nic", "100", "nsg-vm1", "lb-web", "192.168.8.0/24", "web-vm1 and web-vm2", "port 5000", "'deny-all-nic' (priority 4096)"));

    // ---- interplay with LBNSG003 / 006 / 007 ----

    [Fact]
    public Task Verification_1_5_probe_denied_is_left_to_LBNSG003() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowClient", "allow-client-5000", 1000, "Allow", "192.168.8.4", "5000", "Tcp"), DenyAll)));

    [Fact]
    public Task Probe_denied_before_the_service_tag_allow_is_left_to_LBNSG003() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("denyAll", "deny-all", 100, "Deny", "*", "*"), Rule("allowLb", "allow-azure-lb", 200, "Allow", "AzureLoadBalancer", "*"))));

    [Fact]
    public Task A_shadowed_client_allow_counts_so_it_is_LBNSG007_not_LBNSG004() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(AllowLb, DenyAll, Rule("allowClient", "allow-client-5000", 3000, "Allow", "192.168.8.0/27", "5000", "Tcp"))));

    [Fact]
    public Task Client_allow_to_the_frontend_port_is_left_to_LBNSG006() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowHttp", "allow-http-80", 900, "Allow", "192.168.8.0/27", "80", "Tcp"), AllowLb, DenyAll)));

    [Fact]
    public Task Client_allow_from_the_frontend_subnet_is_left_to_LBNSG002() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowLbSubnet", "allow-lb-subnet", 900, "Allow", "192.168.8.48/28", "5000", "Tcp"), AllowLb, DenyAll)));

    // ---- negatives: correct infrastructure ----

    [Fact]
    public Task Verification_1_no_nsg_is_silent() =>
        Verify.VerifyAnalyzerAsync(Inline(string.Empty, webNsg: false));

    [Fact]
    public Task Verification_3_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowClient", "allow-client-5000", 900, "Allow", "192.168.8.4", "5000", "Tcp"), AllowSsh, AllowLb, DenyAll)));

    [Fact]
    public Task Verification_3_parent_linked_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            ParentLinked(
                Statement("webNsg", "allowClient", "allow-client-5000", 900, "Allow", "192.168.8.4", "5000", "Tcp")
                + Statement("webNsg", "allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*")
                + Statement("webNsg", "denyAll", "deny-all", 2048, "Deny", "*", "*")));

    [Fact]
    public Task Allow_VirtualNetwork_to_the_backend_port_before_the_deny_all_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowVnet", "allow-vnet-5000", 1000, "Allow", "VirtualNetwork", "5000", "Tcp"), AllowLb, DenyAll)));

    [Fact]
    public Task Peered_hub_clients_only_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowHub", "allow-hub-5000", 1000, "Allow", "10.100.0.0/16", "5000", "Tcp"), AllowLb, DenyAll)));

    [Fact]
    public Task Public_frontend_with_Internet_allowed_to_the_backend_port_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(Rule("allowInternet", "allow-internet-5000", 1000, "Allow", "Internet", "5000", "Tcp"), AllowLb, DenyAll), publicFrontend: true));

    [Fact]
    public Task Service_tag_allow_without_any_deny_is_silent() =>
        Verify.VerifyAnalyzerAsync(Inline(Nsg(AllowSsh, AllowLb)));

    // ---- Unknown values: silent ----

    [Fact]
    public Task Deny_priority_from_a_method_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Inline(Nsg(AllowSsh, AllowLb, DenyAll.Swap("Priority = 2048", "Priority = priority")), parameters: "int priority"));

    [Fact]
    public Task Deny_source_from_a_provisioning_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            WithPreamble(
                Inline(Nsg(AllowSsh, AllowLb, DenyAll.Swap("SourceAddressPrefix = \"*\"", "SourceAddressPrefix = source")), extra: "infra.Add(source);"),
                "var source = new ProvisioningParameter(\"denySource\", typeof(string));"));

    [Fact]
    public Task Backend_port_from_a_method_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(Inline(Nsg(AllowSsh, AllowLb, DenyAll), backendPort: "port", probePort: "port", parameters: "int port"));

    [Fact]
    public Task Nsg_passed_to_unknown_code_is_silent() =>
        Verify.VerifyAnalyzerAsync(Inline(Nsg(AllowSsh, AllowLb, DenyAll), extra: "System.GC.KeepAlive(webNsg);"));

    [Fact]
    public Task Vnet_address_space_from_a_bicep_function_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            WithPreamble(
                Inline(Nsg(AllowSsh, AllowLb, DenyAll), vnetSpace: "BicepFunction.Interpolate($\"192.168.{third}.0/24\")", extra: "infra.Add(third);"),
                "var third = new ProvisioningParameter(\"third\", typeof(string));"));
}

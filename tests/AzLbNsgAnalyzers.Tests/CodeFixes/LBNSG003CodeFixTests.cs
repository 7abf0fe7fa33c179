using System.Threading.Tasks;
using AzLbNsgAnalyzers.Tests.Rules;
using Xunit;
using Verify = AzLbNsgAnalyzers.Tests.Verifiers.CodeFixVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG003, AzLbNsgAnalyzers.CodeFixes.AllowHealthProbeCodeFixProvider>;

namespace AzLbNsgAnalyzers.Tests.CodeFixes;

public class LBNSG003CodeFixTests
{
    private static string Deny(string id, string name, int priority, string port = "*", string markup = "") =>
        (markup.Length > 0 ? "{|" + markup + ":" : string.Empty) + $$"""new SecurityRule("{{id}}")""" + (markup.Length > 0 ? "|}" : string.Empty)
        + $$""" { Name = "{{name}}", Priority = {{priority}}, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Asterisk, SourceAddressPrefix = "*", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "{{port}}" }""";

    private const string ProbeAllow = """new SecurityRule("allowAzureLoadBalancerProbe") { Name = "allow-azure-load-balancer-probe", Priority = PRIORITY, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "AzureLoadBalancer", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "5000" }""";

    [Fact]
    public Task Inline_rules_get_an_inline_allow_just_below_the_deny() =>
        Verify.VerifyCodeFixAsync(
            LBNSG003Tests.Lab(Deny("denyAll", "deny-all", 2048, markup: "#0")),
            [Verify.Diagnostic("LBNSG003").WithLocation(0).WithArguments("deny-all", "2048", "nsg-web", "lb-internal", "port 5000", "web-vm1 and web-vm2")],
            LBNSG003Tests.Lab(ProbeAllow.Replace("PRIORITY", "2047") + ", " + Deny("denyAll", "deny-all", 2048)));

    [Fact]
    public Task Priority_skips_numbers_in_use() =>
        Verify.VerifyCodeFixAsync(
            LBNSG003Tests.Lab(LBNSG003Tests.Rule("ssh", "allow-ssh", 2047, "Allow", "192.168.8.0/27", "22", "Tcp") + ", " + Deny("denyAll", "deny-all", 2048, markup: "#0")),
            [Verify.Diagnostic("LBNSG003").WithLocation(0).WithArguments("deny-all", "2048", "nsg-web", "lb-internal", "port 5000", "web-vm1 and web-vm2")],
            LBNSG003Tests.Lab(LBNSG003Tests.Rule("ssh", "allow-ssh", 2047, "Allow", "192.168.8.0/27", "22", "Tcp") + ", " + ProbeAllow.Replace("PRIORITY", "2046") + ", " + Deny("denyAll", "deny-all", 2048)));

    [Fact]
    public Task A_VirtualNetwork_deny_on_the_app_port_before_the_probe_allow_gets_an_allow_below_it()
    {
        string allowClients = LBNSG003Tests.Rule("allowClients", "allow-client-subnet", 1000, "Allow", "192.168.8.0/27", "5000", "Tcp");
        string denyVnet = LBNSG003Tests.Rule("denyVnet", "deny-vnet-5000", 1100, "Deny", "VirtualNetwork", "5000", "Tcp");
        string lateProbeAllow = LBNSG003Tests.Rule("allowProbe", "allow-lb-probe", 1200, "Allow", "AzureLoadBalancer", "5000", "Tcp");
        var test = new Verify.Test
        {
            TestCode = LBNSG003Tests.Lab(allowClients + ", " + LbNsgLab.Marked(denyVnet) + ", " + lateProbeAllow),
            FixedCode = LBNSG003Tests.Lab(allowClients + ", " + ProbeAllow.Replace("PRIORITY", "1099") + ", " + denyVnet + ", " + lateProbeAllow),
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("LBNSG003").WithLocation(0).WithArguments("deny-vnet-5000", "1100", "nsg-web", "lb-internal", "port 5000", "web-vm1 and web-vm2"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_deny_added_by_SecurityRules_Add_gets_an_allow_added_the_same_way_before_it() =>
        Verify.VerifyCodeFixAsync(
            LBNSG003Tests.Lab(string.Empty, extra: "webNsg.SecurityRules.Add(" + Deny("denyAll", "deny-all", 2048, markup: "#0") + ");"),
            [Verify.Diagnostic("LBNSG003").WithLocation(0).WithArguments("deny-all", "2048", "nsg-web", "lb-internal", "port 5000", "web-vm1 and web-vm2")],
            LBNSG003Tests.Lab(string.Empty, extra: "webNsg.SecurityRules.Add(" + ProbeAllow.Replace("PRIORITY", "2047") + ");\n        webNsg.SecurityRules.Add(" + Deny("denyAll", "deny-all", 2048) + ");"));

    [Fact]
    public Task A_deny_local_added_by_SecurityRules_Add_gets_an_allow_local_added_before_it() =>
        Verify.VerifyCodeFixAsync(
            LBNSG003Tests.Lab(string.Empty, extra: "var denyAll = " + Deny("denyAll", "deny-all", 2048, markup: "#0") + ";\n        webNsg.SecurityRules.Add(denyAll);"),
            [Verify.Diagnostic("LBNSG003").WithLocation(0).WithArguments("deny-all", "2048", "nsg-web", "lb-internal", "port 5000", "web-vm1 and web-vm2")],
            LBNSG003Tests.Lab(string.Empty, extra: "var allowAzureLoadBalancerProbe = " + ProbeAllow.Replace("PRIORITY", "2047") + ";\n        var denyAll = " + Deny("denyAll", "deny-all", 2048) + ";\n        webNsg.SecurityRules.Add(allowAzureLoadBalancerProbe);\n        webNsg.SecurityRules.Add(denyAll);"));

    [Fact]
    public Task No_free_priority_below_the_deny_offers_no_fix() =>
        Verify.VerifyNoFixAsync(
            LBNSG003Tests.Lab(Deny("denyAll", "deny-all", 100, markup: "#0")),
            Verify.Diagnostic("LBNSG003").WithLocation(0).WithArguments("deny-all", "100", "nsg-web", "lb-internal", "port 5000", "web-vm1 and web-vm2"));

    [Fact]
    public Task Standalone_rules_get_a_standalone_allow_added_to_the_infrastructure()
    {
        string before = LBNSG003Tests.Lab(string.Empty, extra: """
            var deny = {|#0:new SecurityRule("denyAll")|} { Parent = webNsg, Name = "deny-all", Priority = 2048, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Asterisk, SourceAddressPrefix = "*", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "*" };
                    infra.Add(deny);
            """);
        string after = LBNSG003Tests.Lab(string.Empty, extra: """
            var deny = new SecurityRule("denyAll") { Parent = webNsg, Name = "deny-all", Priority = 2048, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Asterisk, SourceAddressPrefix = "*", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "*" };
                    infra.Add(new SecurityRule("allowAzureLoadBalancerProbe") { Parent = webNsg, Name = "allow-azure-load-balancer-probe", Priority = 2047, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "AzureLoadBalancer", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "5000" });
                    infra.Add(deny);
            """);
        return Verify.VerifyCodeFixAsync(before, [Verify.Diagnostic("LBNSG003").WithLocation(0).WithArguments("deny-all", "2048", "nsg-web", "lb-internal", "port 5000", "web-vm1 and web-vm2")], after);
    }
}

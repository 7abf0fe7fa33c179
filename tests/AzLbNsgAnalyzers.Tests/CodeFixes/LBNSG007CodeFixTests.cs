using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Rules.LbNsgLab;
using Verify = AzLbNsgAnalyzers.Tests.Verifiers.CodeFixVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG007, AzLbNsgAnalyzers.CodeFixes.AllowClientsCodeFixProvider>;

namespace AzLbNsgAnalyzers.Tests.CodeFixes;

/// <summary>LBNSG007: "Allow clients from '&lt;prefix&gt;' to port &lt;p&gt;" just before the custom deny, in the deny's NSG.</summary>
public class LBNSG007CodeFixTests
{
    private const string Vnet = "192.168.8.0/24 on port 5000";
    private static readonly string AllowSsh = Rule("allowSsh", "allow-ssh", 1000, "Allow", "192.168.8.0/27", "22", "Tcp");
    private static readonly string DenyVnet = Rule("denyVnet", "deny-vnet", 4000, "Deny", "192.168.8.0/24", "*");

    private const string ClientVm = """
        infra.Add(new NetworkInterface("clientNic") { Name = "client-vm", IPConfigurations = [new NetworkInterfaceIPConfiguration("clientIp") { Subnet = { Id = client.Id } }] });
        """;

    private static DiagnosticResult Diagnostic(string reason, string backends = "web-vm1 and web-vm2", string clients = Vnet) =>
        Verify.Diagnostic("LBNSG007").WithArguments("'http' of 'lb-web'", backends, reason, clients);

    private static string NewRule(string id, string name, int priority, string source, string port = "5000") =>
        $$"""new SecurityRule("{{id}}") { Name = "{{name}}", Priority = {{priority}}, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "{{source}}", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "{{port}}" }""";

    [Fact]
    public Task Inline_custom_deny_gets_a_VirtualNetwork_allow_just_below_it() =>
        Verify.VerifyCodeFixAsync(
            Inline(Nsg(AllowSsh, Marked(DenyVnet))),
            [Diagnostic("NSG rule 'deny-vnet' (priority 4000) in 'nsg-web'").WithLocation(0)],
            Inline(Nsg(AllowSsh, NewRule("allowClientsVnet", "allow-clients-vnet", 3999, "VirtualNetwork"), DenyVnet)));

    [Fact]
    public Task A_subnet_hosting_client_vms_is_offered_first() =>
        Verify.VerifyCodeFixAsync(
            Inline(Nsg(AllowSsh, Marked(DenyVnet)), extra: ClientVm),
            [Diagnostic("NSG rule 'deny-vnet' (priority 4000) in 'nsg-web'").WithLocation(0)],
            Inline(Nsg(AllowSsh, NewRule("allowClientsClient", "allow-clients-client", 3999, "192.168.8.0/27"), DenyVnet), extra: ClientVm),
            codeActionIndex: 0);

    [Fact]
    public Task Parent_linked_deny_gets_an_allow_added_to_the_infrastructure_after_it()
    {
        string before = ParentLinked(Statement("webNsg", "denyVnet", "deny-vnet", 200, "Deny", "192.168.8.0/24", "*", markup: 0));
        string after = ParentLinked(Statement("webNsg", "denyVnet", "deny-vnet", 200, "Deny", "192.168.8.0/24", "*").Swap(
            "var denyVnet = new SecurityRule(\"denyVnet\") { Parent = webNsg, Name = \"deny-vnet\" };",
            "var denyVnet = new SecurityRule(\"denyVnet\") { Parent = webNsg, Name = \"deny-vnet\" };\n        infra.Add(new SecurityRule(\"allowClientsVnet\") { Parent = webNsg, Name = \"allow-clients-vnet\", Priority = 199, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = \"VirtualNetwork\", SourcePortRange = \"*\", DestinationAddressPrefix = \"*\", DestinationPortRange = \"5000\" });"));
        return Verify.VerifyCodeFixAsync(before, [Diagnostic("NSG rule 'deny-vnet' (priority 200) in 'nsg-web'").WithLocation(0)], after);
    }

    [Fact]
    public Task Nic_nsg_deny_behind_a_subnet_allow_gets_the_allow_in_the_nic_nsg()
    {
        string allowApp = Rule("allowApp", "allow-app-5000", 1000, "Allow", "192.168.8.0/24", "5000", "Tcp");
        string nicDeny = Rule("nicDeny", "deny-vnet-in", 4000, "Deny", "192.168.8.0/24", "*");
        return Verify.VerifyCodeFixAsync(
            Inline(Nsg(allowApp), nicRules: Nsg(Marked(nicDeny))),
            [Diagnostic("NSG rule 'deny-vnet-in' (priority 4000) in 'nsg-vm1', which overrides allow 'allow-app-5000' (priority 1000 in 'nsg-web')", backends: "web-vm1").WithLocation(0)],
            Inline(Nsg(allowApp), nicRules: Nsg(NewRule("allowClientsVnet", "allow-clients-vnet", 3999, "VirtualNetwork"), nicDeny)));
    }

    [Fact]
    public Task Public_frontend_behind_a_custom_deny_allows_Internet() =>
        Verify.VerifyCodeFixAsync(
            Inline(Nsg(AllowSsh, Marked(Rule("denyInternet", "deny-internet", 3000, "Deny", "Internet", "*"))), publicFrontend: true),
            [Diagnostic("NSG rule 'deny-internet' (priority 3000) in 'nsg-web'", clients: "Internet on port 5000").WithLocation(0)],
            Inline(Nsg(AllowSsh, NewRule("allowClientsInternet", "allow-clients-internet", 2999, "Internet"), Rule("denyInternet", "deny-internet", 3000, "Deny", "Internet", "*")), publicFrontend: true));

    [Fact]
    public Task Fix_all_gives_two_allows_in_one_nsg_two_numbers()
    {
        const string Https = "new LoadBalancingRule(\"https\") { Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 443, BackendPort = 5001, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id, ProbeId = probe.Id } }";
        string deny5000 = Rule("denyHttp", "deny-vnet-http", 1000, "Deny", "192.168.8.0/24", "5000", "Tcp");
        string deny5001 = Rule("denyHttps", "deny-vnet-https", 1001, "Deny", "192.168.8.0/24", "5001", "Tcp");
        var test = new Verify.Test
        {
            TestCode = Inline(Nsg(Marked(deny5000, 0), Marked(deny5001, 1)), moreLbRules: Https),
            FixedCode = Inline(
                Nsg(NewRule("allowClientsVnet", "allow-clients-vnet", 999, "VirtualNetwork"), deny5000, NewRule("allowClientsVnet2", "allow-clients-vnet2", 998, "VirtualNetwork", "5001"), deny5001),
                moreLbRules: Https),
            NumberOfFixAllIterations = 1,
        };
        test.ExpectedDiagnostics.Add(Diagnostic("NSG rule 'deny-vnet-http' (priority 1000) in 'nsg-web'").WithLocation(0));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("LBNSG007").WithLocation(1).WithArguments("'https' of 'lb-web'", "web-vm1 and web-vm2", "NSG rule 'deny-vnet-https' (priority 1001) in 'nsg-web'", "192.168.8.0/24 on port 5001"));
        return test.RunAsync();
    }

    [Fact]
    public Task Deny_added_by_SecurityRules_Add_gets_an_allow_added_the_same_way_before_it() =>
        Verify.VerifyCodeFixAsync(
            Inline(Nsg(AllowSsh), extra: "webNsg.SecurityRules.Add(" + Marked(DenyVnet) + ");"),
            [Diagnostic("NSG rule 'deny-vnet' (priority 4000) in 'nsg-web'").WithLocation(0)],
            Inline(Nsg(AllowSsh), extra: "webNsg.SecurityRules.Add(" + NewRule("allowClientsVnet", "allow-clients-vnet", 3999, "VirtualNetwork") + ");\n        webNsg.SecurityRules.Add(" + DenyVnet + ");"));

    [Fact]
    public Task Deny_local_listed_by_name_gets_an_allow_local_listed_before_it() =>
        Verify.VerifyCodeFixAsync(
            Inline(Nsg(AllowSsh)).Swap("var infra = new Infrastructure();", "var infra = new Infrastructure();\n        var denyVnet = " + Marked(DenyVnet) + ";").Swap("SecurityRules = [" + AllowSsh + "]", "SecurityRules = [" + AllowSsh + ", denyVnet]"),
            [Diagnostic("NSG rule 'deny-vnet' (priority 4000) in 'nsg-web'").WithLocation(0)],
            Inline(Nsg(AllowSsh)).Swap("var infra = new Infrastructure();", "var infra = new Infrastructure();\n        var allowClientsVnet = " + NewRule("allowClientsVnet", "allow-clients-vnet", 3999, "VirtualNetwork") + ";\n        var denyVnet = " + DenyVnet + ";").Swap("SecurityRules = [" + AllowSsh + "]", "SecurityRules = [" + AllowSsh + ", allowClientsVnet, denyVnet]"));

    // ---- no fix ----

    [Fact]
    public Task No_fix_when_only_the_default_DenyAllInbound_drops_the_clients()
    {
        string source = Inline(Nsg(AllowSsh), publicFrontend: true, lbRuleMarkup: 0);
        return Verify.VerifyNoFixAsync(source, Diagnostic("the default rule DenyAllInbound (65500) of 'nsg-web', as no rule allows them", clients: "Internet on port 5000").WithLocation(0));
    }

    [Fact]
    public Task No_fix_when_the_other_nsg_of_the_path_also_drops_the_clients()
    {
        string source = Inline(
            Nsg(Marked(Rule("denyLow", "deny-low-half", 200, "Deny", "192.168.8.0/25", "5000", "Tcp"), 0)),
            nicRules: Nsg(Marked(Rule("nicDeny", "deny-app-nic", 300, "Deny", "192.168.8.128/25", "5000", "Tcp"), 1)),
            nicNsgOnBoth: true);
        return Verify.VerifyNoFixAsync(source, Diagnostic("NSG rule 'deny-low-half' (priority 200) in 'nsg-web'").WithLocation(0).WithLocation(1));
    }

    [Fact]
    public Task No_fix_when_one_deny_blocks_two_ports()
    {
        const string Https = "new LoadBalancingRule(\"https\") { Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 443, BackendPort = 5001, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id, ProbeId = probe.Id } }";
        string source = Inline(Nsg(AllowSsh, Marked(DenyVnet)), moreLbRules: Https);
        return Verify.VerifyNoFixAsync(
            source,
            Verify.Diagnostic("LBNSG007").WithLocation(0).WithArguments("'http' of 'lb-web' and 'https' of 'lb-web'", "web-vm1 and web-vm2", "NSG rule 'deny-vnet' (priority 4000) in 'nsg-web'", "192.168.8.0/24 on port 5000 and 192.168.8.0/24 on port 5001"));
    }

    [Fact]
    public Task No_fix_when_no_number_is_free_below_the_deny()
    {
        string source = Inline(Nsg(Marked(Rule("denyVnet", "deny-vnet", 100, "Deny", "192.168.8.0/24", "*"))));
        return Verify.VerifyNoFixAsync(source, Diagnostic("NSG rule 'deny-vnet' (priority 100) in 'nsg-web'").WithLocation(0));
    }
}

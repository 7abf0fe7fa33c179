using System.Threading.Tasks;
using AzLbNsgAnalyzers.CodeFixes;
using AzLbNsgAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Rules.LbNsgLab;

namespace AzLbNsgAnalyzers.Tests.CodeFixes;

public class LBNSG004CodeFixTests
{
    private static readonly string AllowSsh = Rule("allowSsh", "allow-ssh", 1000, "Allow", "192.168.8.0/27", "22", "Tcp");
    private static readonly string AllowLb = Rule("allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*");
    private static readonly string DenyAll = Rule("denyAll", "deny-all", 2048, "Deny", "*", "*");

    private const string ClientVm = """
        infra.Add(new NetworkInterface("clientNic") { Name = "client-vm", IPConfigurations = [new NetworkInterfaceIPConfiguration("clientIp") { Subnet = { Id = client.Id } }] });
        """;

    private static DiagnosticResult Diagnostic() => Verifiers.CodeFixVerifier<LBNSG004, AllowClientsCodeFixProvider>.Diagnostic("LBNSG004");

    private static string NewRule(string id, string name, int priority, string source) =>
        $$"""new SecurityRule("{{id}}") { Name = "{{name}}", Priority = {{priority}}, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "{{source}}", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "5000" }""";

    [Fact]
    public Task Verification_2_allows_VirtualNetwork_to_the_backend_port_below_the_deny() =>
        Verifiers.CodeFixVerifier<LBNSG004, AllowClientsCodeFixProvider>.VerifyCodeFixAsync(
            Inline(Nsg(AllowSsh, Marked(AllowLb, 0), Marked(DenyAll, 1))),
            [Diagnostic().WithLocation(0).WithLocation(1).WithArguments("allow-azure-lb", "1024", "nsg-web", "lb-web", "192.168.8.0/24", "web-vm1 and web-vm2", "port 5000", "'deny-all' (priority 2048)")],
            Inline(Nsg(AllowSsh, NewRule("allowClientsVnet", "allow-clients-vnet", 2047, "VirtualNetwork"), AllowLb, DenyAll)));

    [Fact]
    public Task Public_frontend_denied_by_the_default_rule_allows_Internet_at_4096() =>
        Verifiers.CodeFixVerifier<LBNSG004, AllowClientsCodeFixProvider>.VerifyCodeFixAsync(
            Inline(Nsg(AllowSsh, Marked(AllowLb, 0)), publicFrontend: true),
            [Diagnostic().WithLocation(0).WithArguments("allow-azure-lb", "1024", "nsg-web", "lb-web", "Internet", "web-vm1 and web-vm2", "port 5000", "the default rule DenyAllInbound (65500)")],
            Inline(Nsg(AllowSsh, NewRule("allowClientsInternet", "allow-clients-internet", 4096, "Internet"), AllowLb), publicFrontend: true));

    [Fact]
    public Task A_subnet_hosting_client_vms_is_offered_first() =>
        Verifiers.CodeFixVerifier<LBNSG004, AllowClientsCodeFixProvider>.VerifyCodeFixAsync(
            Inline(Nsg(AllowSsh, Marked(AllowLb, 0), Marked(DenyAll, 1)), extra: ClientVm),
            [Diagnostic().WithLocation(0).WithLocation(1).WithArguments("allow-azure-lb", "1024", "nsg-web", "lb-web", "192.168.8.0/24", "web-vm1 and web-vm2", "port 5000", "'deny-all' (priority 2048)")],
            Inline(Nsg(AllowSsh, NewRule("allowClientsClient", "allow-clients-client", 2047, "192.168.8.0/27"), AllowLb, DenyAll), extra: ClientVm),
            codeActionIndex: 0);

    [Fact]
    public Task Rules_added_by_SecurityRules_Add_get_an_allow_added_the_same_way() =>
        Verifiers.CodeFixVerifier<LBNSG004, AllowClientsCodeFixProvider>.VerifyCodeFixAsync(
            Inline(Nsg(AllowSsh), extra: "webNsg.SecurityRules.Add(" + Marked(AllowLb, 0) + ");\n        webNsg.SecurityRules.Add(" + Marked(DenyAll, 1) + ");"),
            [Diagnostic().WithLocation(0).WithLocation(1).WithArguments("allow-azure-lb", "1024", "nsg-web", "lb-web", "192.168.8.0/24", "web-vm1 and web-vm2", "port 5000", "'deny-all' (priority 2048)")],
            Inline(Nsg(AllowSsh), extra: "webNsg.SecurityRules.Add(" + NewRule("allowClientsVnet", "allow-clients-vnet", 2047, "VirtualNetwork") + ");\n        webNsg.SecurityRules.Add(" + AllowLb + ");\n        webNsg.SecurityRules.Add(" + DenyAll + ");"));

    [Fact]
    public Task No_fix_when_the_nic_nsg_also_drops_the_clients()
    {
        // An allow beside the AzureLoadBalancer rule in the subnet NSG would still be dropped by the NIC NSG's deny.
        string source = Inline(Nsg(AllowSsh, Marked(AllowLb, 0), Marked(DenyAll, 1)), nicRules: Nsg(Marked(Rule("nicDeny", "deny-vnet-nic", 3000, "Deny", "192.168.8.0/24", "*"), 2)), nicNsgOnBoth: true);
        return Verifiers.CodeFixVerifier<LBNSG004, AllowClientsCodeFixProvider>.VerifyNoFixAsync(
            source,
            Diagnostic().WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("allow-azure-lb", "1024", "nsg-web", "lb-web", "192.168.8.0/24", "web-vm1 and web-vm2", "port 5000", "'deny-all' (priority 2048)"));
    }
}

public class LBNSG002CodeFixTests
{
    private static DiagnosticResult Diagnostic() => Verifiers.CodeFixVerifier<LBNSG002, ReplaceSourceCodeFixProvider>.Diagnostic("LBNSG002");

    private static readonly string DenyAll = Rule("denyAll", "deny-all", 2048, "Deny", "*", "*");
    private static readonly string AllowLb = Rule("allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*");

    [Fact]
    public Task Source_becomes_VirtualNetwork() =>
        Verifiers.CodeFixVerifier<LBNSG002, ReplaceSourceCodeFixProvider>.VerifyCodeFixAsync(
            Inline(Nsg(Marked(Rule("allowLbSubnet", "allow-lb-subnet", 900, "Allow", "192.168.8.48/28", "5000", "Tcp"), 0), AllowLb, DenyAll)),
            [Diagnostic().WithLocation(0).WithArguments("allow-lb-subnet", "900", "nsg-web", "lb", "lb-web", "web-vm1 and web-vm2")],
            Inline(Nsg(Rule("allowLbSubnet", "allow-lb-subnet", 900, "Allow", "VirtualNetwork", "5000", "Tcp"), AllowLb, DenyAll)));
}

public class LBNSG006CodeFixTests
{
    private static DiagnosticResult Diagnostic() => Verifiers.CodeFixVerifier<LBNSG006, MatchBackendCodeFixProvider>.Diagnostic("LBNSG006");

    private static readonly string DenyAll = Rule("denyAll", "deny-all", 2048, "Deny", "*", "*");
    private static readonly string AllowLb = Rule("allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*");

    [Fact]
    public Task Frontend_port_becomes_the_backend_port() =>
        Verifiers.CodeFixVerifier<LBNSG006, MatchBackendCodeFixProvider>.VerifyCodeFixAsync(
            Inline(Nsg(Marked(Rule("allowHttp", "allow-http-80", 900, "Allow", "192.168.8.0/24", "80", "Tcp"), 0), AllowLb, DenyAll)),
            [Diagnostic().WithLocation(0).WithArguments("allow-http-80", "900", "nsg-web", "the frontend port 80", "'http' of 'lb-web' (80 -> 5000)", "their own address on port 5000", "web-vm1 and web-vm2")],
            Inline(Nsg(Rule("allowHttp", "allow-http-80", 900, "Allow", "192.168.8.0/24", "5000", "Tcp"), AllowLb, DenyAll)));
}

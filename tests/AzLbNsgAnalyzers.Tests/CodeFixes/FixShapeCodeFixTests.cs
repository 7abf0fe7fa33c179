using System.IO;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.CodeFixes;
using AzLbNsgAnalyzers.Tests.FixMatrix;
using AzLbNsgAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Rules.LbNsgLab;

namespace AzLbNsgAnalyzers.Tests.CodeFixes;

/// <summary>
/// Exact output of the fixes on the shapes beyond a rule's initializer: values set after construction
/// (the statement is edited), plural lists (the entry is edited), Parent-linked locals.
/// </summary>
public class FixShapeCodeFixTests
{
    private static readonly string AllowLb = Statement("webNsg", "allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*");
    private static readonly string DenyAll = Statement("webNsg", "denyAll", "deny-all", 2048, "Deny", "*", "*");

    private const string ClientVm = """
        infra.Add(new NetworkInterface("clientNic") { Name = "client-vm", IPConfigurations = [new NetworkInterfaceIPConfiguration("clientIp") { Subnet = { Id = client.Id } }] });
        """;

    private static string MatrixCase(string name) => File.ReadAllText(Path.Combine(FixMatrixCase.CasesDirectory, name + ".cs"));

    // ---- LBNSG002 ----

    [Fact]
    public Task LBNSG002_source_set_after_construction_is_replaced_in_that_statement() =>
        Verifiers.CodeFixVerifier<LBNSG002, ReplaceSourceCodeFixProvider>.VerifyCodeFixAsync(
            ParentLinked(Statement("webNsg", "allowFromLb", "allow-from-lb", 900, "Allow", "192.168.8.48/28", "5000", "Tcp", markup: 0) + AllowLb + DenyAll, extra: ClientVm),
            [Verifiers.CodeFixVerifier<LBNSG002, ReplaceSourceCodeFixProvider>.Diagnostic("LBNSG002").WithLocation(0).WithArguments("allow-from-lb", "900", "nsg-web", "lb", "lb-web", "web-vm1 and web-vm2")],
            ParentLinked(Statement("webNsg", "allowFromLb", "allow-from-lb", 900, "Allow", "192.168.8.0/27", "5000", "Tcp") + AllowLb + DenyAll, extra: ClientVm),
            codeActionIndex: 0);

    [Fact]
    public Task LBNSG002_plural_entry_added_after_construction_is_replaced_in_the_Add_call() =>
        Verifiers.CodeFixVerifier<LBNSG002, ReplaceSourceCodeFixProvider>.VerifyCodeFixAsync(
            ParentLinked(Statement("webNsg", "allowFromLb", "allow-from-lb", 900, "Allow", "192.168.8.48/28", "5000", "Tcp", markup: 0)
                .Swap("allowFromLb.SourceAddressPrefix = \"192.168.8.48/28\";", "allowFromLb.SourceAddressPrefixes.Add(\"192.168.8.48/28\");") + AllowLb + DenyAll, extra: ClientVm),
            [Verifiers.CodeFixVerifier<LBNSG002, ReplaceSourceCodeFixProvider>.Diagnostic("LBNSG002").WithLocation(0).WithArguments("allow-from-lb", "900", "nsg-web", "lb", "lb-web", "web-vm1 and web-vm2")],
            ParentLinked(Statement("webNsg", "allowFromLb", "allow-from-lb", 900, "Allow", "192.168.8.48/28", "5000", "Tcp")
                .Swap("allowFromLb.SourceAddressPrefix = \"192.168.8.48/28\";", "allowFromLb.SourceAddressPrefixes.Add(\"192.168.8.0/27\");") + AllowLb + DenyAll, extra: ClientVm),
            codeActionIndex: 0);

    [Fact]
    public Task LBNSG002_plural_list_keeps_one_entry_for_the_client_subnet() =>
        Verifiers.CodeFixVerifier<LBNSG002, ReplaceSourceCodeFixProvider>.VerifyCodeFixAsync(
            Inline(Nsg(Marked(Rule("allowFromLb", "allow-from-lb", 900, "Allow", "x", "5000", "Tcp").Swap("SourceAddressPrefix = \"x\"", "SourceAddressPrefixes = { \"192.168.8.48/29\", \"192.168.8.56/29\" }")), Rule("allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*")), extra: ClientVm),
            [Verifiers.CodeFixVerifier<LBNSG002, ReplaceSourceCodeFixProvider>.Diagnostic("LBNSG002").WithLocation(0).WithArguments("allow-from-lb", "900", "nsg-web", "lb", "lb-web", "web-vm1 and web-vm2")],
            Inline(Nsg(Rule("allowFromLb", "allow-from-lb", 900, "Allow", "x", "5000", "Tcp").Swap("SourceAddressPrefix = \"x\"", "SourceAddressPrefixes = { \"192.168.8.0/27\" }"), Rule("allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*")), extra: ClientVm),
            codeActionIndex: 0);

    [Fact]
    public Task LBNSG002_plural_list_to_VirtualNetwork_becomes_the_singular_field_in_place() =>
        Verifiers.CodeFixVerifier<LBNSG002, ReplaceSourceCodeFixProvider>.VerifyCodeFixAsync(
            Inline(Nsg(Marked(Rule("allowFromLb", "allow-from-lb", 900, "Allow", "x", "5000", "Tcp").Swap("SourceAddressPrefix = \"x\"", "SourceAddressPrefixes = { \"192.168.8.48/28\" }")), Rule("allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*"))),
            [Verifiers.CodeFixVerifier<LBNSG002, ReplaceSourceCodeFixProvider>.Diagnostic("LBNSG002").WithLocation(0).WithArguments("allow-from-lb", "900", "nsg-web", "lb", "lb-web", "web-vm1 and web-vm2")],
            Inline(Nsg(Rule("allowFromLb", "allow-from-lb", 900, "Allow", "VirtualNetwork", "5000", "Tcp"), Rule("allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*"))));

    // ---- LBNSG006 ----

    [Fact]
    public Task LBNSG006_port_set_after_construction_is_replaced_in_that_statement() =>
        Verifiers.CodeFixVerifier<LBNSG006, MatchBackendCodeFixProvider>.VerifyCodeFixAsync(
            ParentLinked(Statement("webNsg", "allowHttp", "allow-http-80", 900, "Allow", "192.168.8.0/27", "80", "Tcp", markup: 0) + AllowLb + DenyAll),
            [Verifiers.CodeFixVerifier<LBNSG006, MatchBackendCodeFixProvider>.Diagnostic("LBNSG006").WithLocation(0).WithArguments("allow-http-80", "900", "nsg-web", "the frontend port 80", "'http' of 'lb-web' (80 -> 5000)", "their own address on port 5000", "web-vm1 and web-vm2")],
            ParentLinked(Statement("webNsg", "allowHttp", "allow-http-80", 900, "Allow", "192.168.8.0/27", "5000", "Tcp") + AllowLb + DenyAll));

    [Fact]
    public Task LBNSG006_frontend_port_entry_of_a_plural_list_becomes_the_backend_port() =>
        Verifiers.CodeFixVerifier<LBNSG006, MatchBackendCodeFixProvider>.VerifyCodeFixAsync(
            Inline(Nsg(Marked(Rule("allowWeb", "allow-web", 900, "Allow", "192.168.8.0/24", "80", "Tcp").Swap("DestinationPortRange = \"80\"", "DestinationPortRanges = { \"80\", \"443\" }")))),
            [Verifiers.CodeFixVerifier<LBNSG006, MatchBackendCodeFixProvider>.Diagnostic("LBNSG006").WithLocation(0).WithArguments("allow-web", "900", "nsg-web", "the frontend port 80", "'http' of 'lb-web' (80 -> 5000)", "their own address on port 5000", "web-vm1 and web-vm2")],
            Inline(Nsg(Rule("allowWeb", "allow-web", 900, "Allow", "192.168.8.0/24", "80", "Tcp").Swap("DestinationPortRange = \"80\"", "DestinationPortRanges = { \"5000\", \"443\" }"))));

    [Fact]
    public Task LBNSG006_frontend_address_and_port_with_static_backends_become_their_addresses_and_the_backend_port() =>
        Verifiers.CodeFixVerifier<LBNSG006, MatchBackendCodeFixProvider>.VerifyCodeFixAsync(
            MatrixCase("LBNSG006_AddressVariantStaticBackends").Swap("new SecurityRule(\"allowHttp\")", "{|#0:new SecurityRule(\"allowHttp\")|}"),
            [Verifiers.CodeFixVerifier<LBNSG006, MatchBackendCodeFixProvider>.Diagnostic("LBNSG006").WithLocation(0).WithArguments("allow-http", "1000", "nsg-web", "the frontend port 80", "'http' of 'lb-web' (80 -> 5000)", "their own address on port 5000", "web-vm1-nic and web-vm2-nic")],
            MatrixCase("LBNSG006_AddressVariantStaticBackends")
                .Swap("DestinationAddressPrefix = \"192.168.8.52\",\n                    DestinationPortRange = \"80\",", "DestinationAddressPrefixes = { \"192.168.8.70\", \"192.168.8.71\" },\n                    DestinationPortRange = \"5000\","));

    [Fact]
    public Task LBNSG006_frontend_address_and_port_with_dynamic_backends_become_any_and_the_backend_port() =>
        Verifiers.CodeFixVerifier<LBNSG006, MatchBackendCodeFixProvider>.VerifyCodeFixAsync(
            MatrixCase("LBNSG006_AddressVariantDynamicBackends").Swap("new SecurityRule(\"allowHttp\")", "{|#0:new SecurityRule(\"allowHttp\")|}"),
            [Verifiers.CodeFixVerifier<LBNSG006, MatchBackendCodeFixProvider>.Diagnostic("LBNSG006").WithLocation(0).WithArguments("allow-http", "1000", "nsg-web", "the frontend port 80", "'http' of 'lb-web' (80 -> 5000)", "their own address on port 5000", "web-vm1-nic and web-vm2-nic")],
            MatrixCase("LBNSG006_AddressVariantDynamicBackends")
                .Swap("DestinationAddressPrefix = \"192.168.8.52\",\n                    DestinationPortRange = \"80\",", "DestinationAddressPrefix = \"*\",\n                    DestinationPortRange = \"5000\","));

    [Fact]
    public Task LBNSG006_fix_all_fixes_two_rules_of_one_nsg() =>
        Verifiers.CodeFixVerifier<LBNSG006, MatchBackendCodeFixProvider>.VerifyCodeFixAsync(
            ParentLinked(Statement("webNsg", "allowHttp", "allow-http-80", 900, "Allow", "192.168.8.0/27", "80", "Tcp", markup: 0) + Statement("webNsg", "allowHttpVpn", "allow-http-80-vpn", 910, "Allow", "192.168.8.32/28", "80", "Tcp", markup: 1) + AllowLb + DenyAll),
            [Verifiers.CodeFixVerifier<LBNSG006, MatchBackendCodeFixProvider>.Diagnostic("LBNSG006").WithLocation(0).WithArguments("allow-http-80", "900", "nsg-web", "the frontend port 80", "'http' of 'lb-web' (80 -> 5000)", "their own address on port 5000", "web-vm1 and web-vm2"), Verifiers.CodeFixVerifier<LBNSG006, MatchBackendCodeFixProvider>.Diagnostic("LBNSG006").WithLocation(1).WithArguments("allow-http-80-vpn", "910", "nsg-web", "the frontend port 80", "'http' of 'lb-web' (80 -> 5000)", "their own address on port 5000", "web-vm1 and web-vm2")],
            ParentLinked(Statement("webNsg", "allowHttp", "allow-http-80", 900, "Allow", "192.168.8.0/27", "5000", "Tcp") + Statement("webNsg", "allowHttpVpn", "allow-http-80-vpn", 910, "Allow", "192.168.8.32/28", "5000", "Tcp") + AllowLb + DenyAll));

    // ---- LBNSG101 / LBNSG102 ----

    [Fact]
    public Task LBNSG101_priority_set_after_construction_is_replaced_in_that_statement() =>
        Verifiers.CodeFixVerifier<LBNSG101, UsePriorityCodeFixProvider>.VerifyCodeFixAsync(
            ParentLinked(AllowLb + Statement("webNsg", "denyAll", "deny-all", 5000, "Deny", "*", "*", markup: 0)),
            [Verifiers.CodeFixVerifier<LBNSG101, UsePriorityCodeFixProvider>.Diagnostic("LBNSG101").WithLocation(0).WithArguments("deny-all", "5000", "nsg-web")],
            ParentLinked(AllowLb + Statement("webNsg", "denyAll", "deny-all", 4096, "Deny", "*", "*")));

    [Fact]
    public Task LBNSG101_fix_all_gives_two_rules_set_after_construction_distinct_priorities()
    {
        var test = new Verifiers.CodeFixVerifier<LBNSG101, UsePriorityCodeFixProvider>.Test
        {
            TestCode = ParentLinked(AllowLb + Statement("webNsg", "denyVnet", "deny-vnet", 5000, "Deny", "VirtualNetwork", "*", markup: 0) + Statement("webNsg", "denyAll", "deny-all", 6000, "Deny", "*", "*", markup: 1)),
            FixedCode = ParentLinked(AllowLb + Statement("webNsg", "denyVnet", "deny-vnet", 4096, "Deny", "VirtualNetwork", "*") + Statement("webNsg", "denyAll", "deny-all", 4095, "Deny", "*", "*")),
            NumberOfFixAllIterations = 1,
        };
        test.ExpectedDiagnostics.Add(Verifiers.CodeFixVerifier<LBNSG101, UsePriorityCodeFixProvider>.Diagnostic("LBNSG101").WithLocation(0).WithArguments("deny-vnet", "5000", "nsg-web"));
        test.ExpectedDiagnostics.Add(Verifiers.CodeFixVerifier<LBNSG101, UsePriorityCodeFixProvider>.Diagnostic("LBNSG101").WithLocation(1).WithArguments("deny-all", "6000", "nsg-web"));
        return test.RunAsync();
    }

    [Fact]
    public Task LBNSG101_priority_set_in_a_branch_offers_no_fix() =>
        Verifiers.CodeFixVerifier<LBNSG101, UsePriorityCodeFixProvider>.VerifyNoFixAsync(
            ParentLinked(AllowLb + Statement("webNsg", "denyAll", "deny-all", 5000, "Deny", "*", "*", markup: 0), extra: "if (System.Environment.ProcessorCount > 64) { denyAll.Priority = 5000; }"),
            Verifiers.CodeFixVerifier<LBNSG101, UsePriorityCodeFixProvider>.Diagnostic("LBNSG101").WithLocation(0).WithArguments("deny-all", "5000", "nsg-web"));

    [Fact]
    public Task LBNSG102_duplicate_set_after_construction_is_replaced_in_that_statement() =>
        Verifiers.CodeFixVerifier<LBNSG102, UsePriorityCodeFixProvider>.VerifyCodeFixAsync(
            ParentLinked(Statement("webNsg", "allowClients", "allow-clients", 1000, "Allow", "192.168.8.0/27", "5000", "Tcp", markup: 1) + Statement("webNsg", "allowSsh", "allow-ssh", 1000, "Allow", "192.168.8.0/27", "22", "Tcp", markup: 0) + AllowLb),
            [Verifiers.CodeFixVerifier<LBNSG102, UsePriorityCodeFixProvider>.Diagnostic("LBNSG102").WithLocation(0).WithLocation(1).WithArguments("allow-ssh", "1000", "allow-clients", "inbound", "nsg-web")],
            ParentLinked(Statement("webNsg", "allowClients", "allow-clients", 1000, "Allow", "192.168.8.0/27", "5000", "Tcp") + Statement("webNsg", "allowSsh", "allow-ssh", 1001, "Allow", "192.168.8.0/27", "22", "Tcp") + AllowLb));

    // ---- LBNSG106 ----

    [Fact]
    public Task LBNSG106_parent_linked_rule_set_property_by_property_is_removed_with_its_statements() =>
        Verifiers.CodeFixVerifier<LBNSG106, RemoveUnreachableRuleCodeFixProvider>.VerifyCodeFixAsync(
            ParentLinked(Statement("webNsg", "allowClients", "allow-clients", 1000, "Allow", "192.168.8.0/27", "5000", "Tcp", markup: 1) + Statement("webNsg", "allowClientsOld", "allow-clients-old", 1100, "Allow", "192.168.8.0/27", "5000", "Tcp", markup: 0) + AllowLb),
            [Verifiers.CodeFixVerifier<LBNSG106, RemoveUnreachableRuleCodeFixProvider>.Diagnostic("LBNSG106").WithLocation(0).WithLocation(1).WithArguments("allow-clients-old", "1100", "nsg-web", "'allow-clients' (1000)")],
            ParentLinked(Statement("webNsg", "allowClients", "allow-clients", 1000, "Allow", "192.168.8.0/27", "5000", "Tcp") + AllowLb));
}

using System.Threading.Tasks;
using AzLbNsgAnalyzers.CodeFixes;
using AzLbNsgAnalyzers.Tests.Extraction;
using AzLbNsgAnalyzers.Tests.Verifiers;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Rules.ValidationSources;

namespace AzLbNsgAnalyzers.Tests.CodeFixes;

public class LBNSG101CodeFixTests
{
    private static Task Verify(string source, Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected, string fixedSource) =>
        Verifiers.CodeFixVerifier<LBNSG101, UsePriorityCodeFixProvider>.VerifyCodeFixAsync(source, expected, fixedSource);

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Diagnostic() => Verifiers.CodeFixVerifier<LBNSG101, UsePriorityCodeFixProvider>.Diagnostic("LBNSG101");

    [Fact]
    public Task Too_small_becomes_the_nearest_free_number() =>
        Verify(
            InlineNsg(Rule("a", "allow-https", 100) + ", " + Rule("b", "allow-ssh", 50, "DestinationPortRange = \"22\"", markup: "#0")),
            [Diagnostic().WithLocation(0).WithArguments("allow-ssh", "50", "nsg-app")],
            InlineNsg(Rule("a", "allow-https", 100) + ", " + Rule("b", "allow-ssh", 101, "DestinationPortRange = \"22\"")));

    [Fact]
    public Task Too_large_becomes_4096_or_below() =>
        Verify(
            InlineNsg(Rule("a", "deny-all", 4096, access: "Deny") + ", " + Rule("b", "allow-ssh", 65000, markup: "#0")),
            [Diagnostic().WithLocation(0).WithArguments("allow-ssh", "65000", "nsg-app")],
            InlineNsg(Rule("a", "deny-all", 4096, access: "Deny") + ", " + Rule("b", "allow-ssh", 4095)));

    [Fact]
    public Task Fix_all_gives_two_rules_of_one_nsg_different_numbers() =>
        Verify(
            InlineNsg(Rule("a", "allow-a", 10, markup: "#0") + ", " + Rule("b", "allow-b", 20, "DestinationPortRange = \"22\"", markup: "#1")),
            [Diagnostic().WithLocation(0).WithArguments("allow-a", "10", "nsg-app"), Diagnostic().WithLocation(1).WithArguments("allow-b", "20", "nsg-app")],
            InlineNsg(Rule("a", "allow-a", 100) + ", " + Rule("b", "allow-b", 101, "DestinationPortRange = \"22\"")));
}

public class LBNSG102CodeFixTests
{
    private static Task Verify(string source, Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected, string fixedSource) =>
        Verifiers.CodeFixVerifier<LBNSG102, UsePriorityCodeFixProvider>.VerifyCodeFixAsync(source, expected, fixedSource);

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Diagnostic() => Verifiers.CodeFixVerifier<LBNSG102, UsePriorityCodeFixProvider>.Diagnostic("LBNSG102");

    [Fact]
    public Task Duplicate_takes_the_next_free_number() =>
        Verify(
            InlineNsg(Rule("a", "allow-https", 200, markup: "#1") + ", " + Rule("b", "allow-ssh", 200, "DestinationPortRange = \"22\"", markup: "#0") + ", " + Rule("c", "allow-dns", 201, "DestinationPortRange = \"53\"")),
            [Diagnostic().WithLocation(0).WithLocation(1).WithArguments("allow-ssh", "200", "allow-https", "inbound", "nsg-app")],
            InlineNsg(Rule("a", "allow-https", 200) + ", " + Rule("b", "allow-ssh", 202, "DestinationPortRange = \"22\"") + ", " + Rule("c", "allow-dns", 201, "DestinationPortRange = \"53\"")));

    [Fact]
    public Task Fix_all_of_two_duplicates_in_one_nsg_picks_different_numbers() =>
        Verify(
            ParentLinkedNsg([Rule("a", "one", 500, markup: "#2"), Rule("b", "two", 500, "DestinationPortRange = \"22\"", markup: "#0"), Rule("c", "three", 500, "DestinationPortRange = \"53\"", markup: "#1")]),
            [
                Diagnostic().WithLocation(0).WithLocation(2).WithArguments("two", "500", "one", "inbound", "nsg-app"),
                Diagnostic().WithLocation(1).WithLocation(2).WithArguments("three", "500", "one", "inbound", "nsg-app"),
            ],
            ParentLinkedNsg([Rule("a", "one", 500), Rule("b", "two", 501, "DestinationPortRange = \"22\""), Rule("c", "three", 502, "DestinationPortRange = \"53\"")]));
}

public class LBNSG104CodeFixTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Diagnostic() => Verifiers.CodeFixVerifier<LBNSG104, MergeIntoPluralCodeFixProvider>.Diagnostic("LBNSG104");

    [Fact]
    public Task Singular_prefix_moves_into_the_plural_list() =>
        Verifiers.CodeFixVerifier<LBNSG104, MergeIntoPluralCodeFixProvider>.VerifyCodeFixAsync(
            InlineNsg(Rule("r", "both", 200, "SourceAddressPrefix = \"10.0.1.0/24\", SourceAddressPrefixes = { \"10.0.3.0/24\" }", markup: "#0")),
            [Diagnostic().WithLocation(0).WithArguments("both", "SourceAddressPrefix", "10.0.1.0/24", "SourceAddressPrefixes", "10.0.3.0/24")],
            InlineNsg(Rule("r", "both", 200, "SourceAddressPrefixes = { \"10.0.1.0/24\", \"10.0.3.0/24\" }").Replace("SourceAddressPrefix = \"10.0.1.0/24\", ", string.Empty)));

    [Fact]
    public Task Singular_port_moves_into_a_collection_expression() =>
        Verifiers.CodeFixVerifier<LBNSG104, MergeIntoPluralCodeFixProvider>.VerifyCodeFixAsync(
            InlineNsg(Rule("r", "both", 200, "DestinationPortRange = \"443\", DestinationPortRanges = [\"8443\"]", markup: "#0")),
            [Diagnostic().WithLocation(0).WithArguments("both", "DestinationPortRange", "443", "DestinationPortRanges", "8443")],
            InlineNsg(Rule("r", "both", 200, "DestinationPortRanges = [\"443\", \"8443\"]").Replace("DestinationPortRange = \"443\", ", string.Empty)));

    [Fact]
    public Task Any_port_is_not_merged() =>
        Verifiers.CodeFixVerifier<LBNSG104, MergeIntoPluralCodeFixProvider>.VerifyNoFixAsync(
            InlineNsg(Rule("r", "both", 200, "DestinationPortRange = \"*\", DestinationPortRanges = { \"8443\" }", markup: "#0")),
            Diagnostic().WithLocation(0).WithArguments("both", "DestinationPortRange", "*", "DestinationPortRanges", "8443"));

    [Fact]
    public Task Service_tag_is_not_merged() =>
        Verifiers.CodeFixVerifier<LBNSG104, MergeIntoPluralCodeFixProvider>.VerifyNoFixAsync(
            InlineNsg(Rule("r", "both", 200, "SourceAddressPrefix = \"VirtualNetwork\", SourceAddressPrefixes = { \"10.0.3.0/24\" }", markup: "#0")),
            Diagnostic().WithLocation(0).WithArguments("both", "SourceAddressPrefix", "VirtualNetwork", "SourceAddressPrefixes", "10.0.3.0/24"));
}

public class LBNSG105CodeFixTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Diagnostic() => Verifiers.CodeFixVerifier<LBNSG105, UseStandardSkuCodeFixProvider>.Diagnostic("LBNSG105");

    private static string Source(string body) => SeedLabSources.Usings + $$"""
        public static class Network
        {
            public static Infrastructure Build()
            {
                var infra = new Infrastructure();
                {{body}}
                return infra;
            }
        }
        """;

    [Fact]
    public Task Load_balancer_and_its_public_ip_end_with_matching_standard_skus() =>
        Verifiers.CodeFixVerifier<LBNSG105, UseStandardSkuCodeFixProvider>.VerifyCodeFixAsync(
            Source("""
                var pip = {|#0:new PublicIPAddress("pip")|} { Sku = new PublicIPAddressSku { Name = PublicIPAddressSkuName.Basic } };
                var lb = {|#1:new LoadBalancer("lb")|} { Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Basic } };
                infra.Add(pip);
                infra.Add(lb);
                """),
            [Diagnostic().WithLocation(0).WithArguments("Public IP address", "pip"), Diagnostic().WithLocation(1).WithArguments("Load balancer", "lb")],
            Source("""
                var pip = new PublicIPAddress("pip") { Sku = new PublicIPAddressSku { Name = PublicIPAddressSkuName.Standard }, PublicIPAllocationMethod = NetworkIPAllocationMethod.Static };
                var lb = new LoadBalancer("lb") { Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard } };
                infra.Add(pip);
                infra.Add(lb);
                """));

    [Fact]
    public Task Sku_set_after_construction_is_fixed_in_that_statement() =>
        Verifiers.CodeFixVerifier<LBNSG105, UseStandardSkuCodeFixProvider>.VerifyCodeFixAsync(
            Source("var lb = {|#0:new LoadBalancer(\"lb\")|}; lb.Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Basic }; infra.Add(lb);"),
            [Diagnostic().WithLocation(0).WithArguments("Load balancer", "lb")],
            Source("var lb = new LoadBalancer(\"lb\"); lb.Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard }; infra.Add(lb);"));

    [Fact]
    public Task Sku_name_set_after_construction_is_fixed_in_that_statement() =>
        Verifiers.CodeFixVerifier<LBNSG105, UseStandardSkuCodeFixProvider>.VerifyCodeFixAsync(
            Source("var lb = {|#0:new LoadBalancer(\"lb\")|} { Name = \"lb-web\" };\n        lb.Sku.Name = LoadBalancerSkuName.Basic;\n        infra.Add(lb);"),
            [Diagnostic().WithLocation(0).WithArguments("Load balancer", "lb-web")],
            Source("var lb = new LoadBalancer(\"lb\") { Name = \"lb-web\" };\n        lb.Sku.Name = LoadBalancerSkuName.Standard;\n        infra.Add(lb);"));

    [Fact]
    public Task Public_ip_with_allocation_set_after_construction_gets_static_there() =>
        Verifiers.CodeFixVerifier<LBNSG105, UseStandardSkuCodeFixProvider>.VerifyCodeFixAsync(
            Source("var pip = {|#0:new PublicIPAddress(\"pip\")|} { Sku = new PublicIPAddressSku { Name = PublicIPAddressSkuName.Basic } };\n        pip.PublicIPAllocationMethod = NetworkIPAllocationMethod.Dynamic;\n        infra.Add(pip);"),
            [Diagnostic().WithLocation(0).WithArguments("Public IP address", "pip")],
            Source("var pip = new PublicIPAddress(\"pip\") { Sku = new PublicIPAddressSku { Name = PublicIPAddressSkuName.Standard } };\n        pip.PublicIPAllocationMethod = NetworkIPAllocationMethod.Static;\n        infra.Add(pip);"));

    [Fact]
    public Task Sku_set_in_a_branch_offers_no_fix() =>
        Verifiers.CodeFixVerifier<LBNSG105, UseStandardSkuCodeFixProvider>.VerifyNoFixAsync(
            Source("var lb = {|#0:new LoadBalancer(\"lb\")|} { Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Basic } };\n        if (System.Environment.ProcessorCount > 64) { lb.Sku.Name = LoadBalancerSkuName.Basic; }\n        infra.Add(lb);"),
            Diagnostic().WithLocation(0).WithArguments("Load balancer", "lb"));
}

public class LBNSG106CodeFixTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Diagnostic() => Verifiers.CodeFixVerifier<LBNSG106, RemoveUnreachableRuleCodeFixProvider>.Diagnostic("LBNSG106");

    private static readonly string DenyAll = Rule("deny", "deny-all", 1000, "SourceAddressPrefix = \"*\", DestinationPortRange = \"*\"", access: "Deny").Replace("SecurityRuleProtocol.Tcp", "SecurityRuleProtocol.Asterisk");

    [Fact]
    public Task Inline_rule_is_removed() =>
        Verifiers.CodeFixVerifier<LBNSG106, RemoveUnreachableRuleCodeFixProvider>.VerifyCodeFixAsync(
            InlineNsg(DenyAll.Replace("new SecurityRule(\"deny\")", "{|#1:new SecurityRule(\"deny\")|}") + ", " + Rule("late", "allow-https", 2000, markup: "#0")),
            [Diagnostic().WithLocation(0).WithLocation(1).WithArguments("allow-https", "2000", "nsg-app", "'deny-all' (1000)")],
            InlineNsg(DenyAll));

    [Fact]
    public Task Standalone_rule_and_its_add_statement_are_removed() =>
        Verifiers.CodeFixVerifier<LBNSG106, RemoveUnreachableRuleCodeFixProvider>.VerifyCodeFixAsync(
            InlineNsg(DenyAll.Replace("new SecurityRule(\"deny\")", "{|#1:new SecurityRule(\"deny\")|}"), extra: "var late = " + Rule("late", "allow-https", 2000, markup: "#0").Replace("{ Name =", "{ Parent = nsg, Name =") + ";\n        infra.Add(late);"),
            [Diagnostic().WithLocation(0).WithLocation(1).WithArguments("allow-https", "2000", "nsg-app", "'deny-all' (1000)")],
            InlineNsg(DenyAll, extra: string.Empty).Replace("infra.Add(vnet);\n        \n", "infra.Add(vnet);\n"));

    [Fact]
    public Task Rule_used_elsewhere_is_not_removed() =>
        Verifiers.CodeFixVerifier<LBNSG106, RemoveUnreachableRuleCodeFixProvider>.VerifyNoFixAsync(
            InlineNsg(DenyAll.Replace("new SecurityRule(\"deny\")", "{|#1:new SecurityRule(\"deny\")|}"), extra: "var late = " + Rule("late", "allow-https", 2000, markup: "#0").Replace("{ Name =", "{ Parent = nsg, Name =") + ";\n        infra.Add(late);\n        var output = new ProvisioningOutput(\"ruleName\", typeof(string)) { Value = late.Name };"),
            Diagnostic().WithLocation(0).WithLocation(1).WithArguments("allow-https", "2000", "nsg-app", "'deny-all' (1000)"));
}

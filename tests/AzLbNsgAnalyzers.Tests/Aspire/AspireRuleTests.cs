using System.Linq;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using AzLbNsgAnalyzers.Tests.Verifiers;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Aspire.AspireKit;
using V004 = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG004>;
using V101 = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG101>;
using V102 = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG102>;
using V103 = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG103>;
using V106 = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG106>;
using V107 = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG107>;

namespace AzLbNsgAnalyzers.Tests.Aspire;

/// <summary>LBNSG004 (NSG-only form): the Aspire playground admits only health probes on 443.</summary>
public class AspireLBNSG004Tests
{
    private const string ProbeOnly = """
        var vnet = builder.AddAzureVirtualNetwork("vnet");
        var apps = vnet.AddSubnet("container-apps", "10.0.0.0/23")
            .{|#0:AllowInbound(port: "443", from: AzureServiceTags.AzureLoadBalancer, protocol: SecurityRuleProtocol.Tcp)|}
            .{|#1:DenyInbound(from: AzureServiceTags.VirtualNetwork)|}
            .{|#2:DenyInbound(from: AzureServiceTags.Internet)|};
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Playground_reports_at_the_AzureLoadBalancer_call_with_the_denies_as_additional_locations(bool topLevel) =>
        VerifyAsync<LBNSG004>(
            AppHost(ProbeOnly, topLevel),
            topLevel,
            V004.Diagnostic("LBNSG004", 1).WithLocation(0).WithLocation(1).WithLocation(2).WithArguments(
                "allow-inbound-443-AzureLoadBalancer", "100", "container-apps-nsg", "TCP port 443",
                "'deny-inbound-VirtualNetwork' (priority 200) and 'deny-inbound-Internet' (priority 300)"));

    [Fact]
    public Task Deny_all_after_the_probe_allow_reports_with_WithSecurityRule_rules() =>
        VerifyAsync<LBNSG004>(
            AppHost("""
                var nsg = builder.AddNetworkSecurityGroup("web-nsg")
                    .WithSecurityRule({|#0:new AzureSecurityRule|} { Name = "allow-probes", Priority = 100, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = AzureServiceTags.AzureLoadBalancer, DestinationPortRange = "8080" })
                    .WithSecurityRule({|#1:new AzureSecurityRule|} { Name = "deny-all", Priority = 4000, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Asterisk, DestinationPortRange = "*" });
                var vnet = builder.AddAzureVirtualNetwork("vnet");
                vnet.AddSubnet("web", "10.0.1.0/24").WithNetworkSecurityGroup(nsg);
                """, topLevel: true),
            topLevel: true,
            V004.Diagnostic("LBNSG004", 1).WithLocation(0).WithLocation(1).WithArguments("allow-probes", "100", "web-nsg", "TCP port 8080", "'deny-all' (priority 4000)"));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Clients_allowed_from_the_virtual_network_before_the_denies_is_silent(bool topLevel) =>
        VerifyAsync<LBNSG004>(AppHost("""
            var vnet = builder.AddAzureVirtualNetwork("vnet");
            var apps = vnet.AddSubnet("container-apps", "10.0.0.0/23")
                .AllowInbound(port: "443", from: AzureServiceTags.AzureLoadBalancer, protocol: SecurityRuleProtocol.Tcp)
                .AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
                .DenyInbound(from: AzureServiceTags.VirtualNetwork)
                .DenyInbound(from: AzureServiceTags.Internet);
            """, topLevel), topLevel);

    [Fact]
    public Task Only_Internet_denied_leaves_the_virtual_network_to_the_default_rules_and_is_silent() =>
        VerifyAsync<LBNSG004>(AppHost("""
            var vnet = builder.AddAzureVirtualNetwork("vnet");
            vnet.AddSubnet("apps", "10.0.0.0/23")
                .AllowInbound(port: "443", from: AzureServiceTags.AzureLoadBalancer, protocol: SecurityRuleProtocol.Tcp)
                .DenyInbound(from: AzureServiceTags.Internet);
            """, topLevel: true), topLevel: true);

    [Fact]
    public Task A_rule_the_analysis_cannot_read_keeps_it_silent() =>
        VerifyAsync<LBNSG004>(AppHost("""
            var vnet = builder.AddAzureVirtualNetwork("vnet");
            var apps = vnet.AddSubnet("apps", "10.0.0.0/23")
                .AllowInbound(port: "443", from: AzureServiceTags.AzureLoadBalancer, protocol: SecurityRuleProtocol.Tcp)
                .AllowInbound(port: "443", from: Environment.GetEnvironmentVariable("CLIENTS"), protocol: SecurityRuleProtocol.Tcp)
                .DenyInbound();
            """, topLevel: true), topLevel: true);

    [Fact]
    public Task A_vnet_with_a_parameter_address_space_keeps_it_silent() =>
        VerifyAsync<LBNSG004>(AppHost("""
            var vnet = builder.AddAzureVirtualNetwork("vnet", builder.AddParameter("space"));
            vnet.AddSubnet("apps", "10.0.0.0/23")
                .AllowInbound(port: "443", from: AzureServiceTags.AzureLoadBalancer, protocol: SecurityRuleProtocol.Tcp)
                .DenyInbound();
            """, topLevel: true), topLevel: true);
}

/// <summary>LBNSG101 and LBNSG102 on Aspire's explicit and automatic priorities.</summary>
public class AspirePriorityTests
{
    // 41 shorthand rules without priorities: Aspire numbers them 100, 200, ... 4100 and checks no range.
    private static string ManyRules(int count, string marked) =>
        "var web = builder.AddAzureVirtualNetwork(\"vnet\").AddSubnet(\"web\", \"10.0.1.0/24\")\n" +
        string.Concat(Enumerable.Range(0, count).Select(i => "    ." + (i == count - 1 ? "{|#0:" : string.Empty) + "AllowInbound(port: \"" + (8000 + i) + "\", from: AzureServiceTags.VirtualNetwork)" + (i == count - 1 ? "|}" : string.Empty) + "\n")) + ";";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task The_41st_automatic_priority_is_4100_and_out_of_range(bool topLevel) =>
        VerifyAsync<LBNSG101>(
            AppHost(ManyRules(41, "#0"), topLevel),
            topLevel,
            V101.Diagnostic("LBNSG101").WithLocation(0).WithArguments("allow-inbound-8040-VirtualNetwork", "4100", "web-nsg"));

    [Fact]
    public Task Forty_automatic_priorities_end_at_4000_and_are_silent() =>
        VerifyAsync<LBNSG101>(AppHost(ManyRules(40, "#0").Replace("{|#0:", string.Empty).Replace("|}", string.Empty), topLevel: true), topLevel: true);

    [Fact]
    public Task Explicit_priority_out_of_range_reports() =>
        VerifyAsync<LBNSG101>(
            AppHost("""
                builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                    .{|#0:DenyInbound(priority: 5000)|};
                """, topLevel: false),
            topLevel: false,
            V101.Diagnostic("LBNSG101").WithLocation(0).WithArguments("deny-inbound", "5000", "web-nsg"));

    [Fact]
    public Task Azure_Provisioning_objects_built_in_a_ConfigureInfrastructure_callback_are_read_as_today() =>
        VerifyAsync<LBNSG101>(
            AppHost("""
                builder.AddNetworkSecurityGroup("nsg").ConfigureInfrastructure(infra =>
                {
                    var extra = new NetworkSecurityGroup("extraNsg") { Name = "extra" };
                    infra.Add({|#0:new SecurityRule("late")|} { Parent = extra, Name = "late", Priority = 5000, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Asterisk, SourceAddressPrefix = "*", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "*" });
                    infra.Add(extra);
                });
                """, topLevel: true),
            topLevel: true,
            V101.Diagnostic("LBNSG101").WithLocation(0).WithArguments("late", "5000", "extra"));

    [Fact]
    public Task Explicit_priority_equal_to_an_automatic_one_reports_the_later_rule() =>
        VerifyAsync<LBNSG102>(
            AppHost("""
                builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                    .{|#1:AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork)|}
                    .{|#0:AllowInbound(port: "80", from: AzureServiceTags.VirtualNetwork, priority: 100)|};
                """, topLevel: true),
            topLevel: true,
            V102.Diagnostic("LBNSG102").WithLocation(0).WithLocation(1).WithArguments("allow-inbound-80-VirtualNetwork", "100", "allow-inbound-443-VirtualNetwork", "inbound", "web-nsg"));

    [Fact]
    public Task Automatic_priorities_never_repeat() =>
        VerifyAsync<LBNSG102>(AppHost("""
            builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                .AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork)
                .AllowInbound(port: "80", from: AzureServiceTags.VirtualNetwork, priority: 150)
                .DenyInbound();
            """, topLevel: true), topLevel: true);

    [Fact]
    public Task A_shared_nsg_numbers_the_rules_of_both_subnets_as_one_sequence() =>
        VerifyAsync<LBNSG102>(AppHost("""
            var nsg = builder.AddNetworkSecurityGroup("shared");
            var vnet = builder.AddAzureVirtualNetwork("vnet");
            vnet.AddSubnet("a", "10.0.1.0/24").WithNetworkSecurityGroup(nsg).AllowInbound(port: "443");
            vnet.AddSubnet("b", "10.0.2.0/24").WithNetworkSecurityGroup(nsg).AllowInbound(port: "80");
            """, topLevel: true), topLevel: true);
}

/// <summary>LBNSG103, LBNSG106 and LBNSG107 on Aspire code.</summary>
public class AspireValidationTests
{
    [Fact]
    public async Task Malformed_from_and_port_report_at_the_call()
    {
        var source = AppHost("""
            builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                .{|#0:AllowInbound(port: "70000", from: "10.0.0.0/8")|}
                .{|#1:AllowInbound(port: "443", from: "10.0.0.0/33")|};
            """, topLevel: true);
        var diagnostics = await AnalyzerRunner.RunAsync(TestReferences.CompileAspire(source.Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("|}", string.Empty), topLevel: true));
        var malformed = diagnostics.Where(d => d.Id == "LBNSG103").ToList();
        Assert.Equal(2, malformed.Count);
        Assert.Contains(malformed, d => d.GetMessage().Contains("70000"));
        Assert.Contains(malformed, d => d.GetMessage().Contains("10.0.0.0/33"));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public Task An_automatic_name_made_from_a_prefix_is_not_a_valid_rule_name() =>
        VerifyAsync<LBNSG103>(
            AppHost("""
                builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                    .{|#0:AllowInbound(port: "443", from: "10.0.0.0/8", protocol: SecurityRuleProtocol.Tcp)|};
                """, topLevel: true),
            topLevel: true,
            V103.Diagnostic("LBNSG103").WithLocation(0).WithArguments(
                "allow-inbound-443-10.0.0.0/8",
                "Name 'allow-inbound-443-10.0.0.0/8' contains '/' (InvalidResourceName: Azure accepts up to 80 letters, digits, '_', '.' and '-', starting with a letter, digit or '_' and ending with a letter, digit or '_'; Aspire made this name from the call's arguments: give the call a name: argument)"));

    [Fact]
    public Task Well_formed_shorthand_values_are_silent() =>
        VerifyAsync<LBNSG103>(AppHost("""
            builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                .AllowInbound(port: "8000-8080", from: "10.0.0.0/8", to: "10.0.1.0/24", protocol: SecurityRuleProtocol.Tcp, name: "allow-corp-web")
                .AllowInbound(port: "443", from: AzureServiceTags.AzureLoadBalancer)
                .DenyInbound(from: AzureServiceTags.Internet);
            """, topLevel: true), topLevel: true);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task A_deny_everything_before_an_allow_shadows_it(bool topLevel) =>
        VerifyAsync<LBNSG106>(
            AppHost("""
                builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                    .{|#1:DenyInbound()|}
                    .{|#0:AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork)|};
                """, topLevel),
            topLevel,
            V106.Diagnostic("LBNSG106").WithLocation(0).WithLocation(1).WithArguments("allow-inbound-443-VirtualNetwork", "200", "web-nsg", "'deny-inbound' (100)"));

    [Fact]
    public Task Allow_before_the_catch_all_deny_is_silent() =>
        // (The probe allow comes first: VirtualNetwork includes 168.63.129.16, so in the other order it would be dead on 443.)
        VerifyAsync<LBNSG106>(AppHost("""
            builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                .AllowInbound(port: "443", from: AzureServiceTags.AzureLoadBalancer)
                .AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork)
                .DenyInbound();
            """, topLevel: true), topLevel: true);

    [Fact]
    public Task A_deny_of_the_virtual_network_does_not_prove_an_allow_of_it_dead_when_peering_is_unknown() =>
        VerifyAsync<LBNSG106>(AppHost("""
            builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                .DenyInbound(from: AzureServiceTags.VirtualNetwork)
                .AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork);
            """, topLevel: true), topLevel: true);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Duplicate_rule_name_reports_at_the_second_WithSecurityRule(bool topLevel) =>
        VerifyAsync<LBNSG107>(
            AppHost("""
                builder.AddNetworkSecurityGroup("web-nsg")
                    .WithSecurityRule({|#1:new AzureSecurityRule|} { Name = "allow-https", Priority = 100, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, DestinationPortRange = "443" })
                    .{|#0:WithSecurityRule(new AzureSecurityRule { Name = "Allow-HTTPS", Priority = 200, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, DestinationPortRange = "8443" })|};
                """, topLevel),
            topLevel,
            V107.Diagnostic("LBNSG107").WithLocation(0).WithLocation(1).WithArguments("Allow-HTTPS", "web-nsg"));

    [Fact]
    public Task Nsg_after_shorthand_rules_reports_at_WithNetworkSecurityGroup() =>
        VerifyAsync<LBNSG107>(
            AppHost("""
                var nsg = builder.AddNetworkSecurityGroup("shared");
                var web = builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                    .{|#1:AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork)|};
                web.{|#0:WithNetworkSecurityGroup(nsg)|};
                """, topLevel: true),
            topLevel: true,
            V107.Diagnostic("LBNSG107", 1).WithLocation(0).WithLocation(1).WithArguments("web", "web-nsg"));

    [Fact]
    public Task Nsg_before_shorthand_rules_and_distinct_names_are_silent() =>
        VerifyAsync<LBNSG107>(AppHost("""
            var nsg = builder.AddNetworkSecurityGroup("shared")
                .WithSecurityRule(new AzureSecurityRule { Name = "allow-https", Priority = 100, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, DestinationPortRange = "443" })
                .WithSecurityRule(new AzureSecurityRule { Name = "allow-https-alt", Priority = 200, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, DestinationPortRange = "8443" });
            builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                .WithNetworkSecurityGroup(nsg)
                .AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork)
                .AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork);
            """, topLevel: true), topLevel: true);

    [Fact]
    public Task A_name_the_analysis_cannot_read_is_silent() =>
        VerifyAsync<LBNSG107>(AppHost("""
            builder.AddNetworkSecurityGroup("web-nsg")
                .WithSecurityRule(new AzureSecurityRule { Name = "allow-https", Priority = 100, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, DestinationPortRange = "443" })
                .WithSecurityRule(new AzureSecurityRule { Name = Environment.MachineName, Priority = 200, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, DestinationPortRange = "8443" });
            """, topLevel: true), topLevel: true);

    [Fact]
    public async Task A_helper_given_the_subnet_is_reported_once_at_the_call_with_the_helper_line()
    {
        var source = AppHost("""
            var web = builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24");
            ProbesOnly(web);
            """, topLevel: false, members: """
                private static void ProbesOnly(IResourceBuilder<AzureSubnetResource> subnet) =>
                    subnet.AllowInbound(port: "443", from: AzureServiceTags.AzureLoadBalancer, protocol: SecurityRuleProtocol.Tcp)
                        .DenyInbound(priority: 5000);
            """);
        var diagnostics = (await AnalyzerRunner.RunAsync(TestReferences.CompileAspire(source))).OrderBy(d => d.Id).ToList();
        Assert.Equal(new[] { "LBNSG004", "LBNSG101" }, diagnostics.Select(d => d.Id).ToArray());
        foreach (var diagnostic in diagnostics)
        {
            // At the call ProbesOnly(web) in Configure; the rule's line in the helper is an additional location.
            Assert.StartsWith("ProbesOnly(web)", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
            Assert.Contains(diagnostic.AdditionalLocations, l => l.SourceTree!.GetText().ToString(l.SourceSpan).StartsWith(diagnostic.Id == "LBNSG004" ? "AllowInbound" : "DenyInbound"));
        }
    }

    [Fact]
    public async Task A_helper_that_builds_its_own_network_is_reported_in_the_helper_only()
    {
        var source = AppHost("""
            Legacy(builder);
            """, topLevel: true, members: """
                public static void Legacy(IDistributedApplicationBuilder b) =>
                    b.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24").DenyInbound(priority: 5000);
            """);
        var diagnostics = await AnalyzerRunner.RunAsync(TestReferences.CompileAspire(source, topLevel: true));
        var only = Assert.Single(diagnostics);
        Assert.Equal("LBNSG101", only.Id);
        Assert.StartsWith("DenyInbound", only.Location.SourceTree!.GetText().ToString(only.Location.SourceSpan));
    }

    [Fact]
    public async Task A_fault_in_a_helper_given_the_nsg_is_reported_at_the_call()
    {
        var source = AppHost("""
            var nsg = builder.AddNetworkSecurityGroup("nsg")
                .WithSecurityRule(new AzureSecurityRule { Name = "allow-https", Priority = 100, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, DestinationPortRange = "443" });
            AddAlt(nsg);
            """, topLevel: false, members: """
                private static void AddAlt(IResourceBuilder<AzureNetworkSecurityGroupResource> nsg) =>
                    nsg.WithSecurityRule(new AzureSecurityRule { Name = "Allow-Https", Priority = 200, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, DestinationPortRange = "8443" });
            """);
        var diagnostics = await AnalyzerRunner.RunAsync(TestReferences.CompileAspire(source));
        var only = Assert.Single(diagnostics);
        Assert.Equal("LBNSG107", only.Id);
        Assert.StartsWith("AddAlt(nsg)", only.Location.SourceTree!.GetText().ToString(only.Location.SourceSpan));
    }

    [Fact]
    public async Task Load_balancer_rules_stay_silent_on_Aspire_only_code_and_nothing_throws()
    {
        var source = AppHost("""
            var vnet = builder.AddAzureVirtualNetwork("vnet");
            var apps = vnet.AddSubnet("container-apps", "10.0.0.0/23")
                .AllowInbound(port: "443", from: AzureServiceTags.AzureLoadBalancer, protocol: SecurityRuleProtocol.Tcp)
                .DenyInbound(from: AzureServiceTags.VirtualNetwork)
                .DenyInbound(from: AzureServiceTags.Internet);
            var empty = vnet.AddSubnet("empty", "10.0.4.0/24");
            var nat = builder.AddNatGateway("nat");
            empty.WithNatGateway(nat).WithServiceDelegation("Microsoft.App/environments");
            """, topLevel: true);
        var diagnostics = await AnalyzerRunner.RunAsync(TestReferences.CompileAspire(source, topLevel: true));
        Assert.Equal(new[] { "LBNSG004" }, diagnostics.Select(d => d.Id).Distinct().ToArray());
    }
}

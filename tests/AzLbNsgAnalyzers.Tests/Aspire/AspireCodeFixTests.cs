using System.Threading.Tasks;
using AzLbNsgAnalyzers.CodeFixes;
using AzLbNsgAnalyzers.Tests.Verifiers;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Aspire.AspireKit;
using V004 = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG004>;
using V101 = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG101>;
using V102 = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG102>;
using V106 = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG106>;

namespace AzLbNsgAnalyzers.Tests.Aspire;

public class AspireCodeFixTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task LBNSG004_inserts_an_allow_for_the_virtual_network_after_the_probe_rule(bool topLevel) =>
        VerifyFixAsync<LBNSG004, AspireAllowClientsCodeFixProvider>(
            AppHost("""
                var vnet = builder.AddAzureVirtualNetwork("vnet");
                var apps = vnet.AddSubnet("container-apps", "10.0.0.0/23")
                    .{|#0:AllowInbound(port: "443", from: AzureServiceTags.AzureLoadBalancer, protocol: SecurityRuleProtocol.Tcp)|}
                    .{|#1:DenyInbound(from: AzureServiceTags.VirtualNetwork)|}
                    .{|#2:DenyInbound(from: AzureServiceTags.Internet)|};
                """, topLevel),
            topLevel,
            [V004.Diagnostic("LBNSG004", 1).WithLocation(0).WithLocation(1).WithLocation(2).WithArguments(
                "allow-inbound-443-AzureLoadBalancer", "100", "container-apps-nsg", "TCP port 443",
                "'deny-inbound-VirtualNetwork' (priority 200) and 'deny-inbound-Internet' (priority 300)")],
            AppHost("""
                var vnet = builder.AddAzureVirtualNetwork("vnet");
                var apps = vnet.AddSubnet("container-apps", "10.0.0.0/23")
                    .AllowInbound(port: "443", from: AzureServiceTags.AzureLoadBalancer, protocol: SecurityRuleProtocol.Tcp)
                    .AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
                    .DenyInbound(from: AzureServiceTags.VirtualNetwork)
                    .DenyInbound(from: AzureServiceTags.Internet);
                """, topLevel));

    [Fact]
    public Task LBNSG004_with_explicit_priorities_gives_the_allow_the_largest_free_number_below_the_deny() =>
        VerifyFixAsync<LBNSG004, AspireAllowClientsCodeFixProvider>(
            AppHost("""
                builder.AddAzureVirtualNetwork("vnet").AddSubnet("apps", "10.0.0.0/23")
                    .{|#0:AllowInbound(port: "8080", from: AzureServiceTags.AzureLoadBalancer, protocol: SecurityRuleProtocol.Tcp, priority: 100)|}
                    .{|#1:DenyInbound(priority: 4000)|};
                """, topLevel: true),
            topLevel: true,
            [V004.Diagnostic("LBNSG004", 1).WithLocation(0).WithLocation(1).WithArguments("allow-inbound-8080-AzureLoadBalancer", "100", "apps-nsg", "TCP port 8080", "'deny-inbound' (priority 4000)")],
            AppHost("""
                builder.AddAzureVirtualNetwork("vnet").AddSubnet("apps", "10.0.0.0/23")
                    .AllowInbound(port: "8080", from: AzureServiceTags.AzureLoadBalancer, protocol: SecurityRuleProtocol.Tcp, priority: 100)
                    .AllowInbound(port: "8080", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp, priority: 3999)
                    .DenyInbound(priority: 4000);
                """, topLevel: true));

    [Fact]
    public Task LBNSG004_after_a_WithSecurityRule_adds_a_WithSecurityRule() =>
        VerifyFixAsync<LBNSG004, AspireAllowClientsCodeFixProvider>(
            AppHost("""
                var nsg = builder.AddNetworkSecurityGroup("web-nsg")
                    .WithSecurityRule({|#0:new AzureSecurityRule|} { Name = "allow-probes", Priority = 100, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = AzureServiceTags.AzureLoadBalancer, DestinationPortRange = "8080" })
                    .WithSecurityRule({|#1:new AzureSecurityRule|} { Name = "deny-all", Priority = 4000, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Asterisk, DestinationPortRange = "*" });
                builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24").WithNetworkSecurityGroup(nsg);
                """, topLevel: true),
            topLevel: true,
            [V004.Diagnostic("LBNSG004", 1).WithLocation(0).WithLocation(1).WithArguments("allow-probes", "100", "web-nsg", "TCP port 8080", "'deny-all' (priority 4000)")],
            AppHost("""
                var nsg = builder.AddNetworkSecurityGroup("web-nsg")
                    .WithSecurityRule(new AzureSecurityRule { Name = "allow-probes", Priority = 100, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = AzureServiceTags.AzureLoadBalancer, DestinationPortRange = "8080" })
                    .WithSecurityRule(new AzureSecurityRule { Name = "allow-clients-8080", Priority = 3999, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = AzureServiceTags.VirtualNetwork, SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "8080" })
                    .WithSecurityRule(new AzureSecurityRule { Name = "deny-all", Priority = 4000, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Asterisk, DestinationPortRange = "*" });
                builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24").WithNetworkSecurityGroup(nsg);
                """, topLevel: true));

    [Fact]
    public Task The_Azure_Provisioning_fix_for_LBNSG004_is_not_offered_on_Aspire_code() =>
        VerifyNoFixAsync<LBNSG004, AllowClientsCodeFixProvider>(
            AppHost("""
                builder.AddAzureVirtualNetwork("vnet").AddSubnet("apps", "10.0.0.0/23")
                    .{|#0:AllowInbound(port: "443", from: AzureServiceTags.AzureLoadBalancer, protocol: SecurityRuleProtocol.Tcp)|}
                    .{|#1:DenyInbound()|};
                """, topLevel: true),
            topLevel: true,
            V004.Diagnostic("LBNSG004", 1).WithLocation(0).WithLocation(1).WithArguments("allow-inbound-443-AzureLoadBalancer", "100", "apps-nsg", "TCP port 443", "'deny-inbound' (priority 200)"));

    [Fact]
    public Task LBNSG101_sets_the_priority_argument_of_an_automatic_rule() =>
        VerifyFixAsync<LBNSG101, AspirePriorityCodeFixProvider>(
            AppHost("""
                builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                    .AllowInbound(port: "443", priority: 4000)
                    .{|#0:DenyInbound()|};
                """, topLevel: true),
            topLevel: true,
            [V101.Diagnostic("LBNSG101").WithLocation(0).WithArguments("deny-inbound", "4100", "web-nsg")],
            AppHost("""
                builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                    .AllowInbound(port: "443", priority: 4000)
                    .DenyInbound(priority: 4096);
                """, topLevel: true));

    [Fact]
    public Task LBNSG101_replaces_a_written_priority() =>
        VerifyFixAsync<LBNSG101, AspirePriorityCodeFixProvider>(
            AppHost("""
                builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                    .{|#0:DenyInbound(priority: 5000, name: "deny-all")|};
                """, topLevel: false),
            topLevel: false,
            [V101.Diagnostic("LBNSG101").WithLocation(0).WithArguments("deny-all", "5000", "web-nsg")],
            AppHost("""
                builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                    .DenyInbound(priority: 4096, name: "deny-all");
                """, topLevel: false));

    [Fact]
    public Task LBNSG101_on_an_AzureSecurityRule_sets_its_Priority() =>
        VerifyFixAsync<LBNSG101, UsePriorityCodeFixProvider>(
            AppHost("""
                builder.AddNetworkSecurityGroup("nsg")
                    .WithSecurityRule({|#0:new AzureSecurityRule|} { Name = "deny-all", Priority = 5000, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Asterisk, DestinationPortRange = "*" });
                """, topLevel: true),
            topLevel: true,
            [V101.Diagnostic("LBNSG101").WithLocation(0).WithArguments("deny-all", "5000", "nsg")],
            AppHost("""
                builder.AddNetworkSecurityGroup("nsg")
                    .WithSecurityRule(new AzureSecurityRule { Name = "deny-all", Priority = 4096, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Asterisk, DestinationPortRange = "*" });
                """, topLevel: true));

    [Fact]
    public Task LBNSG102_moves_the_explicit_duplicate_to_the_next_free_number() =>
        VerifyFixAsync<LBNSG102, AspirePriorityCodeFixProvider>(
            AppHost("""
                builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                    .{|#1:AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork)|}
                    .{|#0:AllowInbound(port: "80", from: AzureServiceTags.VirtualNetwork, priority: 100)|};
                """, topLevel: true),
            topLevel: true,
            [V102.Diagnostic("LBNSG102").WithLocation(0).WithLocation(1).WithArguments("allow-inbound-80-VirtualNetwork", "100", "allow-inbound-443-VirtualNetwork", "inbound", "web-nsg")],
            AppHost("""
                builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                    .AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork)
                    .AllowInbound(port: "80", from: AzureServiceTags.VirtualNetwork, priority: 101);
                """, topLevel: true));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task LBNSG106_removes_the_shadowed_call_from_the_chain(bool topLevel) =>
        VerifyFixAsync<LBNSG106, AspireRemoveShadowedCallCodeFixProvider>(
            AppHost("""
                var web = builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                    .{|#1:DenyInbound()|}
                    .{|#0:AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork)|}
                    .AllowOutbound(port: "1433", to: "Sql");
                """, topLevel),
            topLevel,
            [V106.Diagnostic("LBNSG106").WithLocation(0).WithLocation(1).WithArguments("allow-inbound-443-VirtualNetwork", "200", "web-nsg", "'deny-inbound' (100)")],
            AppHost("""
                var web = builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24")
                    .DenyInbound()
                    .AllowOutbound(port: "1433", to: "Sql");
                """, topLevel));

    [Fact]
    public Task LBNSG106_removes_a_statement_that_is_only_the_shadowed_call() =>
        VerifyFixAsync<LBNSG106, AspireRemoveShadowedCallCodeFixProvider>(
            AppHost("""
                var web = builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24");
                web.{|#1:DenyInbound()|};
                web.{|#0:AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork)|};
                """, topLevel: false),
            topLevel: false,
            [V106.Diagnostic("LBNSG106").WithLocation(0).WithLocation(1).WithArguments("allow-inbound-443-VirtualNetwork", "200", "web-nsg", "'deny-inbound' (100)")],
            AppHost("""
                var web = builder.AddAzureVirtualNetwork("vnet").AddSubnet("web", "10.0.1.0/24");
                web.DenyInbound();
                """, topLevel: false));
}

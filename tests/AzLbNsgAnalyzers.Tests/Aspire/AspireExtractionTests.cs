using Xunit;
using static AzLbNsgAnalyzers.Tests.Aspire.AspireKit;

namespace AzLbNsgAnalyzers.Tests.Aspire;

/// <summary>The Aspire front end replays Aspire.Hosting.Azure.Network's calls into the same model as Azure.Provisioning code.</summary>
public class AspireExtractionTests
{
    private const string Playground = """
        var vnet = builder.AddAzureVirtualNetwork("vnet");
        var apps = vnet.AddSubnet("container-apps", "10.0.0.0/23")
            .AllowInbound(port: "443", from: AzureServiceTags.AzureLoadBalancer, protocol: SecurityRuleProtocol.Tcp)
            .DenyInbound(from: AzureServiceTags.VirtualNetwork)
            .DenyInbound(from: AzureServiceTags.Internet);
        """;

    private const string PlaygroundModel = """
        vnet vnet spaces=[10.0.0.0/16]
          subnet container-apps prefixes=[10.0.0.0/23] nsg=container-apps-nsg
        nsg container-apps-nsg
          rule allow-inbound-443-AzureLoadBalancer 100 Inbound Allow Tcp src=AzureLoadBalancer:* dst=*:443
          rule deny-inbound-VirtualNetwork 200 Inbound Deny Any src=VirtualNetwork:* dst=*:*
          rule deny-inbound-Internet 300 Inbound Deny Any src=Internet:* dst=*:*

        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Playground_shorthand_rules_get_the_implicit_nsg_auto_names_and_priorities_in_call_order(bool topLevel) =>
        Assert.Equal(PlaygroundModel, Dump(AppHost(Playground, topLevel), topLevel));

    [Fact]
    public void Auto_priority_counts_every_rule_of_the_nsg_in_both_directions_and_from_WithSecurityRule()
    {
        var dump = Dump(AppHost("""
            var nsg = builder.AddNetworkSecurityGroup("web-nsg")
                .WithSecurityRule(new AzureSecurityRule { Name = "allow-https", Priority = 500, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, DestinationPortRange = "443" });
            var vnet = builder.AddAzureVirtualNetwork("vnet", "10.1.0.0/16");
            vnet.AddSubnet("web", "10.1.0.0/24")
                .WithNetworkSecurityGroup(nsg)
                .AllowOutbound(port: "1433", to: "Sql")
                .DenyInbound();
            """, topLevel: true), topLevel: true);
        Assert.Contains("rule allow-https 500 Inbound Allow Tcp src=*:* dst=*:443", dump);
        Assert.Contains("rule allow-outbound-1433-Sql 600 Outbound Allow Any src=*:* dst=Sql:1433", dump);
        Assert.Contains("rule deny-inbound 700 Inbound Deny Any src=*:* dst=*:*", dump);
        Assert.Contains("subnet web prefixes=[10.1.0.0/24] nsg=web-nsg", dump);
    }

    [Fact]
    public void Colliding_auto_names_get_numbered_and_explicit_names_and_priorities_are_kept()
    {
        var dump = Dump(AppHost("""
            var vnet = builder.AddAzureVirtualNetwork("vnet");
            vnet.AddSubnet("web", "10.0.1.0/24", subnetName: "web-tier")
                .AllowInbound(port: "443")
                .AllowInbound(port: "443")
                .AllowInbound(priority: 1000, name: "custom", port: "80")
                .DenyInbound();
            """, topLevel: false), topLevel: false);
        Assert.Contains("subnet web-tier prefixes=[10.0.1.0/24] nsg=web-nsg", dump);
        Assert.Contains("rule allow-inbound-443 100 ", dump);
        Assert.Contains("rule allow-inbound-443-2 200 ", dump);
        Assert.Contains("rule custom 1000 Inbound Allow Any src=*:* dst=*:80", dump);
        Assert.Contains("rule deny-inbound 1100 ", dump);
    }

    [Fact]
    public void One_nsg_serves_two_subnets()
    {
        var dump = Dump(AppHost("""
            var nsg = builder.AddNetworkSecurityGroup("shared");
            var vnet = builder.AddAzureVirtualNetwork("vnet");
            vnet.AddSubnet("a", "10.0.1.0/24").WithNetworkSecurityGroup(nsg).AllowInbound(port: "443");
            vnet.AddSubnet("b", "10.0.2.0/24").WithNetworkSecurityGroup(nsg).DenyInbound();
            """, topLevel: true), topLevel: true);
        Assert.Contains("subnet a prefixes=[10.0.1.0/24] nsg=shared", dump);
        Assert.Contains("subnet b prefixes=[10.0.2.0/24] nsg=shared", dump);
        Assert.Contains("rule allow-inbound-443 100 ", dump);
        Assert.Contains("rule deny-inbound 200 ", dump);
    }

    [Fact]
    public void A_priority_the_analysis_cannot_read_makes_every_later_auto_priority_unknown()
    {
        var dump = Dump(AppHost("""
            var vnet = builder.AddAzureVirtualNetwork("vnet");
            vnet.AddSubnet("web", "10.0.1.0/24")
                .AllowInbound(port: "443")
                .AllowInbound(port: "80", priority: Environment.TickCount)
                .DenyInbound();
            """, topLevel: true), topLevel: true);
        Assert.Contains("rule allow-inbound-443 100 ", dump);
        Assert.Contains("rule allow-inbound-80 ? ", dump);
        Assert.Contains("rule deny-inbound ? ", dump);
    }

    [Fact]
    public void A_rule_added_on_one_branch_leaves_the_nsg_incomplete_and_later_priorities_unknown()
    {
        var dump = Dump(AppHost("""
            var vnet = builder.AddAzureVirtualNetwork("vnet");
            var web = vnet.AddSubnet("web", "10.0.1.0/24").AllowInbound(port: "443");
            if (Environment.ProcessorCount > 4)
            {
                web.AllowInbound(port: "8080");
            }

            web.DenyInbound();
            """, topLevel: true), topLevel: true);
        Assert.Contains("nsg web-nsg (rules incomplete)", dump);
        Assert.Contains("rule deny-inbound ? ", dump);
    }

    [Fact]
    public void Rules_added_in_a_loop_are_unknown()
    {
        var dump = Dump(AppHost("""
            var vnet = builder.AddAzureVirtualNetwork("vnet");
            var web = vnet.AddSubnet("web", "10.0.1.0/24");
            foreach (var port in new[] { "80", "443" })
            {
                web.AllowInbound(port: port);
            }

            web.DenyInbound();
            """, topLevel: false), topLevel: false);
        // The first rule, made in the loop, creates the subnet's NSG on some runs only: the subnet's NSG is unknown.
        Assert.Contains("subnet web prefixes=[10.0.1.0/24] nsg=?", dump);
        Assert.DoesNotContain("rule deny-inbound", dump);
    }

    [Fact]
    public void Rules_added_in_a_loop_to_an_existing_nsg_leave_it_incomplete_and_later_priorities_unknown()
    {
        var dump = Dump(AppHost("""
            var vnet = builder.AddAzureVirtualNetwork("vnet");
            var web = vnet.AddSubnet("web", "10.0.1.0/24").DenyInbound(port: "22");
            foreach (var port in new[] { "80", "443" })
            {
                web.AllowInbound(port: port);
            }

            web.DenyInbound();
            """, topLevel: false), topLevel: false);
        Assert.Contains("nsg web-nsg (rules incomplete)", dump);
        Assert.Contains("rule deny-inbound-22 100 ", dump);
        Assert.Contains("rule deny-inbound ? ", dump);
    }

    [Fact]
    public void Parameter_prefixes_are_unknown_and_the_default_vnet_prefix_is_10_0_0_0_16()
    {
        var dump = Dump(AppHost("""
            var prefix = builder.AddParameter("web-prefix");
            var vnet = builder.AddAzureVirtualNetwork("vnet");
            vnet.AddSubnet("web", prefix).DenyInbound();
            var other = builder.AddAzureVirtualNetwork("other", builder.AddParameter("space"));
            """, topLevel: true), topLevel: true);
        Assert.Contains("vnet vnet spaces=[10.0.0.0/16]", dump);
        Assert.Contains("subnet web prefixes=? nsg=web-nsg", dump);
        Assert.Contains("vnet other spaces=?", dump);
    }

    [Fact]
    public void Reference_prefixes_of_an_AzureSecurityRule_are_unknown_and_unset_fields_take_the_record_defaults()
    {
        var dump = Dump(AppHost("""
            ReferenceExpression source = ReferenceExpression.Create($"10.0.0.0/8");
            builder.AddNetworkSecurityGroup("nsg")
                .WithSecurityRule(new AzureSecurityRule { Name = "from-ref", Priority = 100, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, DestinationPortRange = "443", SourceAddressPrefix = "10.0.0.0/8", SourceAddressPrefixReference = source })
                .WithSecurityRule(new AzureSecurityRule { Name = "plain", Priority = 200, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Asterisk, DestinationPortRange = "*" });
            """, topLevel: true), topLevel: true);
        Assert.Contains("rule from-ref 100 Inbound Allow Tcp src=?:* dst=*:443", dump);
        Assert.Contains("rule plain 200 Inbound Deny Any src=*:* dst=*:*", dump);
    }

    [Fact]
    public void ConfigureInfrastructure_on_the_nsg_leaves_its_rules_open()
    {
        var dump = Dump(AppHost("""
            var nsg = builder.AddNetworkSecurityGroup("nsg")
                .WithSecurityRule(new AzureSecurityRule { Name = "deny-all", Priority = 4000, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Asterisk, DestinationPortRange = "*" });
            nsg.ConfigureInfrastructure(infra => { });
            """, topLevel: true), topLevel: true);
        Assert.Contains("(rules incomplete)", dump);
    }

    [Fact]
    public void A_helper_that_adds_rules_to_the_subnet_it_is_given_is_followed()
    {
        var dump = Dump(AppHost("""
            var vnet = builder.AddAzureVirtualNetwork("vnet");
            var web = vnet.AddSubnet("web", "10.0.1.0/24");
            AllowHttps(web);
            web.DenyInbound();
            """, topLevel: false, members: """
                private static void AllowHttps(IResourceBuilder<AzureSubnetResource> subnet) =>
                    subnet.AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp);
            """), topLevel: false);
        Assert.Contains("rule allow-inbound-443-VirtualNetwork 100 Inbound Allow Tcp", dump);
        Assert.Contains("rule deny-inbound 200 ", dump);
    }

    [Fact]
    public void Duplicate_rule_name_and_nsg_after_shorthand_are_faults_and_change_nothing()
    {
        var dump = Dump(AppHost("""
            var nsg = builder.AddNetworkSecurityGroup("shared")
                .WithSecurityRule(new AzureSecurityRule { Name = "allow-https", Priority = 100, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, DestinationPortRange = "443" })
                .WithSecurityRule(new AzureSecurityRule { Name = "ALLOW-HTTPS", Priority = 200, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, DestinationPortRange = "8443" });
            var vnet = builder.AddAzureVirtualNetwork("vnet");
            vnet.AddSubnet("web", "10.0.1.0/24").DenyInbound().WithNetworkSecurityGroup(nsg);
            """, topLevel: true), topLevel: true);
        Assert.DoesNotContain("ALLOW-HTTPS", dump.Replace("fault DuplicateRuleName shared ALLOW-HTTPS", string.Empty));
        Assert.Contains("subnet web prefixes=[10.0.1.0/24] nsg=web-nsg", dump);
        Assert.Contains("fault DuplicateRuleName shared ALLOW-HTTPS", dump);
        Assert.Contains("fault NsgAfterShorthandRules web-nsg web", dump);
    }

    [Fact]
    public void Code_without_Aspire_network_calls_builds_no_topology()
    {
        var source = AppHost("var cache = builder.AddParameter(\"cache\");", topLevel: true);
        Assert.Null(Extract(source, topLevel: true));
    }
}

using System.Linq;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Extraction;

/// <summary>
/// A rule side written as one text is one field object for every topology (the model builder interns it), so that the
/// evaluator resolves it once. Each topology must still read it against its own VNet.
/// </summary>
public class SharedFieldTests
{
    private static Topology Extract(string vnetSpace, string sourceMembers)
    {
        string source = SeedLabSources.Usings + $$"""
            public static class Infra
            {
                public static Infrastructure Build()
                {
                    var infra = new Infrastructure();
                    var vnet = new VirtualNetwork("vnet") { Name = "vnet", AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "{{vnetSpace}}" } } };
                    var nsg = new NetworkSecurityGroup("nsg") { Name = "nsg" };
                    var subnet = new SubnetResource("web") { Parent = vnet, Name = "web", AddressPrefix = "{{vnetSpace.Replace("0.0/16", "1.0/24")}}", NetworkSecurityGroup = nsg };
                    var rule = new SecurityRule("r") { Parent = nsg, Name = "r", Priority = 100, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "443", {{sourceMembers}} };
                    infra.Add(vnet);
                    infra.Add(subnet);
                    infra.Add(nsg);
                    infra.Add(rule);
                    return infra;
                }
            }
            """;
        var topology = ExtractionHarness.Extract(source, "Build");
        Assert.NotNull(topology);
        return topology!;
    }

    private static SecurityRuleModel Rule(Topology topology) => topology.NetworkSecurityGroups.Single().Rules.Single(r => r.DisplayName == "r");

    private static AddressContext ContextOf(Topology topology) => AddressContext.For(topology.VirtualNetworks.Single());

    [Fact]
    public void One_text_is_one_field_in_every_topology_and_each_reads_it_against_its_own_vnet()
    {
        var first = Extract("10.0.0.0/16", "SourceAddressPrefix = \"VirtualNetwork\"");
        var second = Extract("10.7.0.0/16", "SourceAddressPrefix = \"VirtualNetwork\"");
        var firstRule = Rule(first);
        var secondRule = Rule(second);

        Assert.Same(firstRule.Source, secondRule.Source);
        Assert.Same(firstRule.DestinationPorts, secondRule.DestinationPorts);
        Assert.Same(firstRule.SourcePorts, secondRule.SourcePorts);

        // Alternating, so that whatever one topology's evaluation leaves on the field is read by the other's.
        for (int round = 0; round < 3; round++)
        {
            Assert.True(ContextOf(first).Resolve(firstRule.Source).Definite.Contains(Ipv4.Parse("10.0.5.5")));
            Assert.False(ContextOf(first).Resolve(firstRule.Source).Definite.Contains(Ipv4.Parse("10.7.5.5")));
            Assert.True(ContextOf(second).Resolve(secondRule.Source).Definite.Contains(Ipv4.Parse("10.7.5.5")));
            Assert.False(ContextOf(second).Resolve(secondRule.Source).Definite.Contains(Ipv4.Parse("10.0.5.5")));
        }
    }

    [Fact]
    public void Fields_written_as_lists_are_each_rule_s_own_and_read_the_same()
    {
        var first = Extract("10.0.0.0/16", "SourceAddressPrefixes = { \"10.0.1.0/24\", \"10.0.2.0/24\" }");
        var second = Extract("10.0.0.0/16", "SourceAddressPrefixes = { \"10.0.1.0/24\", \"10.0.2.0/24\" }");
        Assert.NotSame(Rule(first).Source, Rule(second).Source);
        Assert.Equal(Rule(first).Source.Plural.Value.ToArray(), Rule(second).Source.Plural.Value.ToArray());
        Assert.Same(Rule(first).Destination, Rule(second).Destination);
    }
}

using System.Collections.Immutable;
using System.Linq;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Evaluation.NsgTestKit;

namespace AzLbNsgAnalyzers.Tests.Evaluation;

/// <summary>One test per fact of AZURE-FACTS.md that the evaluator encodes.</summary>
public class NsgEvaluatorFactTests
{
    // The seed scenario: VNet 10.0.0.0/16 plus 192.168.8.0/24, backend 10.0.1.4 in subnet 10.0.1.0/24, probe and app port 5000.
    private static readonly AddressContext Context = new(Set("10.0.0.0/16").Union(Set("192.168.8.0/24")));
    private static readonly Flow Probe = Tcp("10.0.1.4", 5000);
    private static readonly uint Alb = Ipv4.AzureHostAddress;
    private static readonly uint VnetClient = Ip("192.168.8.4");
    private static readonly uint InternetClient = Ip("8.8.8.8");

    private static FlowVerdict Inbound(NetworkSecurityGroupModel? subnetNsg, Flow? flow = null, NetworkSecurityGroupModel? nicNsg = null) =>
        NsgEvaluator.Evaluate(Path(subnetNsg, nicNsg), flow ?? Probe, Context);

    private static void AssertPartition(FlowVerdict verdict)
    {
        Assert.Equal(Ipv4.All, verdict.Allowed.Union(verdict.Denied).Union(verdict.Unknown));
        Assert.True(verdict.Allowed.Intersect(verdict.Denied).IsEmpty);
        Assert.True(verdict.Allowed.Intersect(verdict.Unknown).IsEmpty);
        Assert.True(verdict.Denied.Intersect(verdict.Unknown).IsEmpty);
    }

    private static string DecidedBy(FlowVerdict verdict, uint source) => string.Join(",", verdict.DecidingRules(source).Select(d => d.Rule.DisplayName));

    [Fact]
    public void Default_rules_have_the_documented_names_and_priorities()
    {
        Assert.Equal(
            new[] { "AllowVNetInBound:65000", "AllowAzureLoadBalancerInBound:65001", "DenyAllInbound:65500" },
            DefaultRules.Inbound.Select(r => r.DisplayName + ":" + r.Priority.Value));
        Assert.Equal(
            new[] { "AllowVnetOutBound:65000", "AllowInternetOutBound:65001", "DenyAllOutBound:65500" },
            DefaultRules.Outbound.Select(r => r.DisplayName + ":" + r.Priority.Value));
        Assert.All(DefaultRules.Inbound.Concat(DefaultRules.Outbound), r => Assert.True(r.IsDefault));
        Assert.Same(Origin.None, DefaultRules.Inbound[0].Origin);
    }

    [Fact]
    public void Default_rules_admit_vnet_and_azure_load_balancer_and_deny_internet()
    {
        var verdict = Inbound(Nsg("nsg"));
        AssertPartition(verdict);
        Assert.True(verdict.IsAllowed(Set("10.0.0.0/16")));
        Assert.True(verdict.IsAllowed(VnetClient));
        Assert.True(verdict.IsAllowed(Alb));
        Assert.Equal("AllowVNetInBound", DecidedBy(verdict, VnetClient));
        Assert.True(verdict.IsDenied(InternetClient));
        Assert.Equal("DenyAllInbound", DecidedBy(verdict, InternetClient));
        Assert.True(verdict.DecidingRules(InternetClient)[0].Rule.IsDefault);
    }

    [Fact]
    public void Azure_load_balancer_default_rule_admits_the_probe_source_when_the_vnet_rule_does_not_apply()
    {
        // A public destination (floating IP on a public frontend) is outside VirtualNetwork: AllowVNetInBound
        // cannot match, AllowAzureLoadBalancerInBound admits 168.63.129.16, everything else hits DenyAllInbound.
        var verdict = Inbound(Nsg("nsg"), Tcp("20.50.1.1", 5000));
        Assert.True(verdict.IsAllowed(Alb));
        Assert.Equal("AllowAzureLoadBalancerInBound", DecidedBy(verdict, Alb));
        Assert.True(verdict.IsDenied(VnetClient));
        Assert.Equal(IntervalSet.Of(Alb), verdict.Allowed);
    }

    [Fact]
    public void Destination_in_the_unknown_vnet_remainder_makes_the_vnet_default_rule_uncertain()
    {
        // 172.16.5.5 may belong to VirtualNetwork (a peering): AllowVNetInBound may match, so every source it
        // may match is Unknown, 168.63.129.16 included (its deciding rule could be either default allow).
        var verdict = Inbound(Nsg("nsg"), Tcp("172.16.5.5", 5000));
        Assert.True(verdict.IsUnknown(Alb));
        Assert.True(verdict.IsUnknown(VnetClient));
        Assert.True(verdict.IsDenied(InternetClient));
    }

    [Fact]
    public void Custom_deny_all_at_2048_denies_the_probe_source_seed_verification_1_5()
    {
        var verdict = Inbound(Nsg("nsg", Rule("DenyAll", 2048, RuleAccess.Deny, "*", "*", "*")));
        Assert.True(verdict.IsDenied(Alb));
        Assert.Equal("DenyAll", DecidedBy(verdict, Alb));
        Assert.True(verdict.IsDenied(Ipv4.All));
    }

    [Fact]
    public void Azure_load_balancer_allow_at_1024_admits_probes_but_not_vnet_clients_seed_verification_2()
    {
        var verdict = Inbound(Nsg(
            "nsg",
            Rule("DenyAll", 2048, RuleAccess.Deny, "*", "*", "*"),
            Rule("AllowProbe", 1024, RuleAccess.Allow, "AzureLoadBalancer", "*", "*")));
        Assert.True(verdict.IsAllowed(Alb));
        Assert.Equal("AllowProbe", DecidedBy(verdict, Alb));
        Assert.True(verdict.IsDenied(VnetClient));
        Assert.Equal("DenyAll", DecidedBy(verdict, VnetClient));
        Assert.Equal(IntervalSet.Of(Alb), verdict.Allowed);
    }

    [Fact]
    public void Client_allow_at_smaller_number_admits_the_client_seed_verification_3()
    {
        var verdict = Inbound(Nsg(
            "nsg",
            Rule("DenyAll", 2048, RuleAccess.Deny, "*", "*", "*"),
            Rule("AllowProbe", 1024, RuleAccess.Allow, "AzureLoadBalancer", "*", "*"),
            Rule("AllowClient", 1000, RuleAccess.Allow, "192.168.8.4", "*", "5000")));
        Assert.True(verdict.IsAllowed(VnetClient));
        Assert.Equal("AllowClient", DecidedBy(verdict, VnetClient));
        Assert.True(verdict.IsDenied(Ip("192.168.8.5")));

        var otherPort = Inbound(Nsg(
            "nsg",
            Rule("DenyAll", 2048, RuleAccess.Deny, "*", "*", "*"),
            Rule("AllowClient", 1000, RuleAccess.Allow, "192.168.8.4", "*", "5000")), Tcp("10.0.1.4", 5001));
        Assert.True(otherPort.IsDenied(VnetClient));
    }

    [Fact]
    public void Lower_priority_number_wins_regardless_of_declaration_order()
    {
        var verdict = Inbound(Nsg(
            "nsg",
            Rule("Allow", 200, RuleAccess.Allow, "*", "*", "*"),
            Rule("Deny", 100, RuleAccess.Deny, "*", "*", "*")));
        Assert.True(verdict.IsDenied(Ipv4.All));
        Assert.Equal("Deny", DecidedBy(verdict, VnetClient));
    }

    [Fact]
    public void First_match_ends_evaluation()
    {
        var verdict = Inbound(Nsg(
            "nsg",
            Rule("AllowVnet16", 100, RuleAccess.Allow, "10.0.0.0/16", "*", "*"),
            Rule("DenySubnet", 200, RuleAccess.Deny, "10.0.2.0/24", "*", "*"),
            Rule("DenyAll", 300, RuleAccess.Deny, "*", "*", "*")));
        Assert.True(verdict.IsAllowed(Ip("10.0.2.5")));
        Assert.Equal("AllowVnet16", DecidedBy(verdict, Ip("10.0.2.5")));
        Assert.True(verdict.IsDenied(VnetClient));
        Assert.DoesNotContain(verdict.Decisions, d => d.Rule.DisplayName == "DenySubnet");
    }

    [Fact]
    public void An_nsgs_evaluation_order_is_kept_per_direction_and_made_again_when_a_rule_is_added()
    {
        var nsg = Nsg(
            "nsg",
            Rule("Out", 100, RuleAccess.Deny, "*", "*", "*", direction: RuleDirection.Outbound),
            Rule("Late", 300, RuleAccess.Allow, "*", "*", "*"),
            Rule("Early", 200, RuleAccess.Allow, "*", "*", "*"));
        var inbound = NsgEvaluator.OrderedCustomRules(nsg, RuleDirection.Inbound);
        Assert.Equal(new[] { "Early", "Late" }, inbound.Select(r => r.DisplayName));
        Assert.Equal(new[] { "Out" }, NsgEvaluator.OrderedCustomRules(nsg, RuleDirection.Outbound).Select(r => r.DisplayName));
        Assert.Equal(inbound, NsgEvaluator.OrderedCustomRules(nsg, RuleDirection.Inbound));

        nsg.Rules.Add(Rule("First", 150, RuleAccess.Deny, "*", "*", "*"));
        Assert.Equal(new[] { "First", "Early", "Late" }, NsgEvaluator.OrderedCustomRules(nsg, RuleDirection.Inbound).Select(r => r.DisplayName));
        Assert.True(NsgEvaluator.EvaluateNsg(Known<NetworkSecurityGroupModel?>.Of(nsg), new Flow(FlowProtocol.Tcp, Ip("10.0.0.4"), 80), new AddressContext(Ipv4.Cidr("10.0.0.0/16"))).Denied.Contains(Ip("10.1.2.3")));
    }

    [Fact]
    public void Equal_priorities_keep_declaration_order()
    {
        var rules = ImmutableArray.Create(
            Rule("B", 100, RuleAccess.Deny, "*", "*", "*"),
            Rule("A", 100, RuleAccess.Allow, "*", "*", "*"),
            Rule("C", 50, RuleAccess.Allow, "*", "*", "*"));
        Assert.Equal(new[] { "C", "B", "A" }, NsgEvaluator.OrderedCustomRules(rules, RuleDirection.Inbound).Select(r => r.DisplayName));
    }

    // Sorting shares a per-thread scratch array of keys: a large NSG (beyond what the scratch keeps), a mid-sized one
    // and a small one in turn on one thread must each come out in their own order, nothing left from the one before.
    [Fact]
    public void Orders_of_nsgs_of_different_sizes_sorted_in_turn_do_not_mix()
    {
        foreach (int size in new[] { 5000, 200, 3, 200, 1 })
        {
            var rules = Enumerable.Range(0, size)
                .Select(i => Rule("r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 4096 - i, RuleAccess.Allow, "*", "*", "*", direction: i % 3 == 2 ? RuleDirection.Outbound : RuleDirection.Inbound))
                .ToImmutableArray();
            var expected = Enumerable.Range(0, size).Where(i => i % 3 != 2).OrderByDescending(i => i).Select(i => "r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(expected, NsgEvaluator.OrderedCustomRules(rules, RuleDirection.Inbound).Select(r => r.DisplayName));
        }
    }

    // LBNSG106 walks only the sources of the rule it asks about. That must give what walking every source gives,
    // restricted to them: each decision's sources intersected with them, the decisions left empty dropped, in order.
    [Fact]
    public void Walking_only_some_sources_gives_the_decisions_of_every_source_restricted_to_them()
    {
        var random = new System.Random(106);
        string[] sources = { "*", "VirtualNetwork", "Internet", "AzureLoadBalancer", "10.0.0.0/16", "10.0.1.0/24", "10.0.1.128/25", "192.168.8.0/24", "192.168.0.0/16", "8.8.8.0/24", "0.0.0.0/1", "[10.0.2.0/24, 8.8.0.0/16]" };
        string[] ports = { "*", "5000", "80-6000", "22" };
        for (int round = 0; round < 300; round++)
        {
            var rules = Enumerable.Range(0, random.Next(1, 8))
                .Select(i => Rule("r" + i, 100 + i, random.Next(2) == 0 ? RuleAccess.Allow : RuleAccess.Deny, sources[random.Next(sources.Length)], "*", ports[random.Next(ports.Length)], random.Next(3) == 0 ? RuleProtocol.Udp : RuleProtocol.Tcp))
                .ToArray();
            var nsg = Nsg("nsg", rules);
            var ordered = NsgEvaluator.OrderedCustomRules(nsg, RuleDirection.Inbound);
            var asked = Context.Resolve(sources[random.Next(sources.Length)]).Possible;
            var all = NsgEvaluator.DecisionsOfFirstRules(nsg, ordered, ordered.Length, Probe, Context, RuleDirection.Inbound, Ipv4.All);
            var some = NsgEvaluator.DecisionsOfFirstRules(nsg, ordered, ordered.Length, Probe, Context, RuleDirection.Inbound, asked);
            var expected = all.Select(d => (d.Rule.DisplayName, d.Access, Sources: d.Sources.Intersect(asked))).Where(d => !d.Sources.IsEmpty).ToArray();
            Assert.Equal(expected, some.Select(d => (d.Rule.DisplayName, d.Access, d.Sources)).ToArray());
        }
    }

    [Fact]
    public void Subnet_nsg_then_nic_nsg_both_must_allow()
    {
        var subnet = Nsg("subnet-nsg", Rule("AllowAll", 100, RuleAccess.Allow, "*", "*", "*"));
        var nic = Nsg("nic-nsg", Rule("DenyClients", 100, RuleAccess.Deny, "192.168.8.0/24", "*", "*"));
        var verdict = Inbound(subnet, nicNsg: nic);
        AssertPartition(verdict);
        Assert.True(verdict.IsDenied(VnetClient));
        var deciding = Assert.Single(verdict.DecidingRules(VnetClient));
        Assert.Same(nic, deciding.Nsg);
        Assert.Equal("DenyClients", deciding.Rule.DisplayName);
        Assert.Equal(RuleAccess.Deny, deciding.Access);

        // Allowed by both: one deciding rule per NSG, in path order.
        var allowed = verdict.DecidingRules(Ip("10.0.0.9"));
        Assert.Equal(new[] { "subnet-nsg/AllowAll", "nic-nsg/AllowVNetInBound" }, allowed.Select(d => d.Nsg.DisplayName + "/" + d.Rule.DisplayName));
        Assert.True(verdict.IsDenied(InternetClient));
        Assert.Equal("DenyAllInbound", DecidedBy(verdict, InternetClient));
        Assert.Same(nic, verdict.DecidingRules(InternetClient)[0].Nsg);
        Assert.Equal(new[] { "subnet-nsg", "nic-nsg" }, verdict.Steps.Select(s => s.Nsg.Value!.DisplayName));
    }

    [Fact]
    public void Subnet_deny_is_named_before_nic_deny()
    {
        var subnet = Nsg("subnet-nsg", Rule("DenyAll", 100, RuleAccess.Deny, "*", "*", "*"));
        var nic = Nsg("nic-nsg", Rule("DenyAll", 100, RuleAccess.Deny, "*", "*", "*"));
        var verdict = Inbound(subnet, nicNsg: nic);
        Assert.Same(subnet, Assert.Single(verdict.DecidingRules(VnetClient)).Nsg);
    }

    [Fact]
    public void Outbound_path_is_nic_then_subnet()
    {
        var subnet = Nsg("subnet-nsg");
        var nic = Nsg("nic-nsg");
        var verdict = NsgEvaluator.Evaluate(Path(subnet, nic), Tcp("8.8.8.8", 443), Context, RuleDirection.Outbound);
        Assert.Equal(new[] { "nic-nsg", "subnet-nsg" }, verdict.Steps.Select(s => s.Nsg.Value!.DisplayName));
        Assert.Equal(2, NsgPath.None.InOrder(RuleDirection.Outbound).Length);
        Assert.True(verdict.IsAllowed(Ipv4.All));
        Assert.Equal("AllowInternetOutBound,AllowInternetOutBound", DecidedBy(verdict, Ip("10.0.1.4")));
    }

    [Fact]
    public void Outbound_defaults_allow_vnet_and_deny_private_non_vnet_destinations()
    {
        var nsg = Nsg("nsg");
        var toVnet = NsgEvaluator.Evaluate(Path(nsg), Tcp("10.0.2.4", 1433), Context, RuleDirection.Outbound);
        Assert.True(toVnet.IsAllowed(Set("10.0.0.0/16")));
        Assert.Equal("AllowVnetOutBound", DecidedBy(toVnet, Ip("10.0.1.4")));

        // 172.16.0.1 is neither Internet nor a known VNet space: VirtualNetwork may cover it (peering): Unknown.
        var toPeer = NsgEvaluator.Evaluate(Path(nsg), Tcp("172.16.0.1", 1433), Context, RuleDirection.Outbound);
        Assert.True(toPeer.IsUnknown(Set("10.0.0.0/16")));
        Assert.True(toPeer.IsDenied(InternetClient));
    }

    [Fact]
    public void No_nsg_allows_everything()
    {
        var verdict = NsgEvaluator.Evaluate(NsgPath.None, Probe, Context);
        Assert.Equal(Ipv4.All, verdict.Allowed);
        Assert.Empty(verdict.DecidingRules(InternetClient));
        Assert.Empty(verdict.Decisions);
    }

    [Fact]
    public void Unknown_nsg_makes_everything_unknown()
    {
        var path = new NsgPath(Known<NetworkSecurityGroupModel?>.Unknown, Known<NetworkSecurityGroupModel?>.Of(null));
        var verdict = NsgEvaluator.Evaluate(path, Probe, Context);
        Assert.Equal(Ipv4.All, verdict.Unknown);
        Assert.Empty(verdict.DecidingRules(Alb));
    }

    [Fact]
    public void Unknown_nsg_does_not_hide_a_definite_deny_in_the_other()
    {
        var nic = Nsg("nic", Rule("DenyAll", 100, RuleAccess.Deny, "*", "*", "*"));
        var path = new NsgPath(Known<NetworkSecurityGroupModel?>.Unknown, Known<NetworkSecurityGroupModel?>.Of(nic));
        var verdict = NsgEvaluator.Evaluate(path, Probe, Context);
        Assert.True(verdict.IsDenied(Ipv4.All));
    }

    [Fact]
    public void Incomplete_rules_make_everything_unknown()
    {
        var nsg = Nsg("nsg", Rule("DenyAll", 100, RuleAccess.Deny, "*", "*", "*"));
        nsg.RulesComplete = false;
        Assert.Equal(Ipv4.All, Inbound(nsg).Unknown);
    }

    [Fact]
    public void Outbound_rules_are_ignored_inbound_and_the_same_priority_in_both_directions_is_fine()
    {
        var verdict = Inbound(Nsg(
            "nsg",
            Rule("DenyAllOut", 100, RuleAccess.Deny, "*", "*", "*", direction: RuleDirection.Outbound),
            Rule("AllowAllIn", 100, RuleAccess.Allow, "*", "*", "*")));
        Assert.True(verdict.IsAllowed(Ipv4.All));
        Assert.Equal("AllowAllIn", DecidedBy(verdict, InternetClient));

        var outbound = NsgEvaluator.Evaluate(Path(Nsg(
            "nsg",
            Rule("DenyAllOut", 100, RuleAccess.Deny, "*", "*", "*", direction: RuleDirection.Outbound),
            Rule("AllowAllIn", 100, RuleAccess.Allow, "*", "*", "*"))), Tcp("8.8.8.8", 443), Context, RuleDirection.Outbound);
        Assert.True(outbound.IsDenied(Ipv4.All));
    }

    [Fact]
    public void Unknown_direction_may_be_inbound()
    {
        var verdict = Inbound(Nsg("nsg", Rule("DenyMaybe", 100, RuleAccess.Deny, "8.8.8.0/24", "*", "*", direction: Known<RuleDirection>.Unknown)));
        Assert.True(verdict.IsUnknown(Set("8.8.8.0/24")));
        Assert.True(verdict.IsAllowed(VnetClient));
    }

    [Theory]
    [InlineData(RuleProtocol.Any, FlowProtocol.Tcp, SourceVerdict.Denied)]
    [InlineData(RuleProtocol.Tcp, FlowProtocol.Tcp, SourceVerdict.Denied)]
    [InlineData(RuleProtocol.Udp, FlowProtocol.Tcp, SourceVerdict.Allowed)]
    [InlineData(RuleProtocol.Udp, FlowProtocol.Udp, SourceVerdict.Denied)]
    [InlineData(RuleProtocol.Icmp, FlowProtocol.Tcp, SourceVerdict.Allowed)]
    public void Protocol_matching(RuleProtocol ruleProtocol, FlowProtocol flowProtocol, SourceVerdict expected)
    {
        var nsg = Nsg("nsg", Rule("Deny", 100, RuleAccess.Deny, "*", "*", "*", protocol: ruleProtocol));
        var verdict = Inbound(nsg, new Flow(flowProtocol, Ip("10.0.1.4"), 5000));
        Assert.Equal(expected, verdict.VerdictOf(VnetClient));
    }

    [Fact]
    public void Protocol_rule_covering_part_of_a_flow_set_is_unknown()
    {
        var nsg = Nsg("nsg", Rule("DenyTcp", 100, RuleAccess.Deny, "*", "*", "*", protocol: RuleProtocol.Tcp));
        var both = new Flow(Flow.ProtocolsOf(LbTransportProtocol.All), IntervalSet.Of(Ip("10.0.1.4")), PortRange.Single(5000));
        Assert.True(Inbound(nsg, both).IsUnknown(Ipv4.All));

        var any = Nsg("nsg", Rule("DenyAny", 100, RuleAccess.Deny, "*", "*", "*"));
        Assert.True(Inbound(any, both).IsDenied(Ipv4.All));

        var unknown = Nsg("nsg", Rule("DenyWhat", 100, RuleAccess.Deny, "*", "*", "*", protocol: Known<RuleProtocol>.Unknown));
        Assert.True(Inbound(unknown).IsUnknown(Ipv4.All));
    }

    [Fact]
    public void Rule_restricted_to_some_source_ports_makes_sources_unknown_not_denied()
    {
        var verdict = Inbound(Nsg("nsg", Rule("DenyEphemeral", 100, RuleAccess.Deny, "192.168.8.0/24", "*", "*", sourcePorts: "1024-65535")));
        Assert.True(verdict.IsUnknown(VnetClient));
        Assert.False(verdict.IsDenied(VnetClient));
        Assert.True(verdict.IsAllowed(Ip("10.0.0.9")));

        var all = Inbound(Nsg("nsg", Rule("DenyAllPorts", 100, RuleAccess.Deny, "192.168.8.0/24", "*", "*", sourcePorts: "0-65535")));
        Assert.True(all.IsDenied(VnetClient));
    }

    [Fact]
    public void Unknown_priority_makes_its_sources_unknown_wherever_it_is_declared()
    {
        var verdict = Inbound(Nsg(
            "nsg",
            Rule("AllowAll", 100, RuleAccess.Allow, "*", "*", "*"),
            Rule("DenyClients", Known<int>.Unknown, RuleAccess.Deny, "192.168.8.0/24", "*", "*")));
        Assert.True(verdict.IsUnknown(Set("192.168.8.0/24")));
        Assert.True(verdict.IsAllowed(InternetClient));
    }

    [Fact]
    public void Unknown_access_makes_its_sources_unknown()
    {
        var verdict = Inbound(Nsg(
            "nsg",
            Rule("Maybe", 100, Known<RuleAccess>.Unknown, "192.168.8.0/24", "*", "*"),
            Rule("DenyAll", 200, RuleAccess.Deny, "*", "*", "*")));
        Assert.True(verdict.IsUnknown(Set("192.168.8.0/24")));
        Assert.True(verdict.IsDenied(InternetClient));
    }

    [Theory]
    [InlineData("?")]
    [InlineData("-")]
    [InlineData("Storage.WestEurope")]
    [InlineData("2001:db8::/32")]
    [InlineData("10.0.0.256")]
    [InlineData("[10.0.0.0/8,VirtualNetwork]")]
    public void Unknown_or_unmodelled_source_prefix_makes_remaining_sources_unknown(string source)
    {
        var verdict = Inbound(Nsg(
            "nsg",
            Rule("AllowProbe", 100, RuleAccess.Allow, "AzureLoadBalancer", "*", "*"),
            Rule("DenyWhat", 200, RuleAccess.Deny, source, "*", "*")));
        Assert.True(verdict.IsAllowed(Alb));
        Assert.Equal(Ipv4.All.Except(IntervalSet.Of(Alb)), verdict.Unknown);
    }

    [Fact]
    public void Singular_and_plural_both_set_is_unknown()
    {
        var both = new AddressField(Known<string?>.Of("8.8.8.8"), Known<ImmutableArray<string>>.Of(ImmutableArray.Create("8.8.4.4")), false);
        var verdict = Inbound(Nsg("nsg", Rule("Deny", 100, RuleAccess.Deny, both, "*", "*")));
        Assert.True(verdict.IsUnknown(InternetClient));
        Assert.True(verdict.IsUnknown(VnetClient));
    }

    [Fact]
    public void Application_security_groups_are_unknown()
    {
        var asg = new AddressField(Known<string?>.Of(null), Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty), true);
        var verdict = Inbound(Nsg("nsg", Rule("DenyAsg", 100, RuleAccess.Deny, asg, "*", "*")));
        Assert.True(verdict.IsUnknown(Ipv4.All));
    }

    [Fact]
    public void Plural_prefixes_are_a_union()
    {
        var verdict = Inbound(Nsg("nsg", Rule("Deny", 100, RuleAccess.Deny, "[8.8.8.8, 192.168.8.0/25]", "*", "*")));
        Assert.True(verdict.IsDenied(InternetClient));
        Assert.True(verdict.IsDenied(VnetClient));
        Assert.True(verdict.IsAllowed(Ip("192.168.8.200")));
        Assert.True(verdict.IsDenied(Ip("8.8.4.4")));
        Assert.Equal("DenyAllInbound", DecidedBy(verdict, Ip("8.8.4.4")));
    }

    [Fact]
    public void Plural_ports_are_a_union_and_invalid_ports_unknown()
    {
        var plural = Inbound(Nsg("nsg", Rule("Deny", 100, RuleAccess.Deny, "*", "*", "[80, 4000-5000]")));
        Assert.True(plural.IsDenied(VnetClient));

        var comma = Inbound(Nsg("nsg", Rule("Deny", 100, RuleAccess.Deny, "*", "*", "80,5000")));
        Assert.True(comma.IsUnknown(VnetClient));

        var unset = Inbound(Nsg("nsg", Rule("Deny", 100, RuleAccess.Deny, "*", "*", "-")));
        Assert.True(unset.IsUnknown(VnetClient));

        var elsewhere = Inbound(Nsg("nsg", Rule("Deny", 100, RuleAccess.Deny, "*", "*", "[80, 443]")));
        Assert.True(elsewhere.IsAllowed(VnetClient));
    }

    [Fact]
    public void VirtualNetwork_tag_has_an_unknown_remainder()
    {
        var verdict = Inbound(Nsg(
            "nsg",
            Rule("DenyVnet", 100, RuleAccess.Deny, "VirtualNetwork", "*", "*"),
            Rule("AllowAll", 200, RuleAccess.Allow, "*", "*", "*")));
        AssertPartition(verdict);
        Assert.True(verdict.IsUnknown(Ip("10.200.0.1")));
        Assert.True(verdict.IsUnknown(Ip("172.16.0.1")));
        Assert.True(verdict.IsUnknown(Ip("100.64.0.1")));
        Assert.True(verdict.IsDenied(Ip("10.0.3.3")));
        Assert.True(verdict.IsDenied(VnetClient));
        Assert.True(verdict.IsDenied(Alb));
        Assert.True(verdict.IsAllowed(InternetClient));
        Assert.Equal("AllowAll", DecidedBy(verdict, InternetClient));
    }

    [Fact]
    public void Internet_tag_excludes_the_host_address_and_private_space()
    {
        var verdict = Inbound(Nsg(
            "nsg",
            Rule("DenyInternet", 100, RuleAccess.Deny, "Internet", "*", "*"),
            Rule("AllowAll", 200, RuleAccess.Allow, "*", "*", "*")));
        Assert.True(verdict.IsAllowed(Alb));
        Assert.True(verdict.IsAllowed(Set("10.0.0.0/8")));
        Assert.True(verdict.IsAllowed(Set("172.16.0.0/12")));
        Assert.True(verdict.IsAllowed(Set("192.168.0.0/16")));
        Assert.True(verdict.IsAllowed(Set("100.64.0.0/10")));
        Assert.True(verdict.IsDenied(InternetClient));
        Assert.True(verdict.IsDenied(Ip("20.1.1.1")));
    }

    [Fact]
    public void Internet_tag_excludes_public_vnet_address_spaces()
    {
        var context = new AddressContext(Set("20.1.0.0/16"));
        Assert.False(context.Internet.Possible.Contains(Ip("20.1.2.3")));
        Assert.True(context.VirtualNetwork.Definite.Contains(Ip("20.1.2.3")));
        Assert.True(context.Internet.Definite.Contains(Ip("20.2.0.1")));
    }

    [Theory]
    [InlineData("internet", "AZURELOADBALANCER", "virtualnetwork", "ANY")]
    [InlineData("Internet", "AzureLoadBalancer", "VirtualNetwork", "*")]
    [InlineData("INTERNET", "azureloadbalancer", "VIRTUALNETWORK", "0.0.0.0/0")]
    public void Tags_are_case_insensitive(string internet, string alb, string vnet, string any)
    {
        var verdict = Inbound(Nsg(
            "nsg",
            Rule("AllowProbe", 100, RuleAccess.Allow, alb, "*", "*"),
            Rule("DenyInternet", 110, RuleAccess.Deny, internet, any, "*"),
            Rule("AllowVnet", 120, RuleAccess.Allow, vnet, vnet, "*"),
            Rule("DenyAll", 130, RuleAccess.Deny, any, any, "*")));
        Assert.Equal("AllowProbe", DecidedBy(verdict, Alb));
        Assert.Equal("DenyInternet", DecidedBy(verdict, InternetClient));
        Assert.Equal("AllowVnet", DecidedBy(verdict, VnetClient));
        Assert.True(verdict.IsUnknown(Ip("10.200.0.1")));
    }

    [Fact]
    public void Dynamic_backend_needs_a_rule_covering_the_whole_subnet()
    {
        var nsg = Nsg(
            "nsg",
            Rule("AllowOneBackend", 100, RuleAccess.Allow, "*", "10.0.1.4", "5000"),
            Rule("DenyAll", 200, RuleAccess.Deny, "*", "*", "*"));
        var dynamic = new Flow(FlowProtocol.Tcp, Set("10.0.1.0/24"), PortRange.Single(5000));
        var verdict = Inbound(nsg, dynamic);
        Assert.True(verdict.IsUnknown(InternetClient));
        Assert.False(verdict.IsAllowed(InternetClient));

        Assert.True(Inbound(nsg).IsAllowed(InternetClient));

        var subnetWide = Nsg(
            "nsg",
            Rule("AllowSubnet", 100, RuleAccess.Allow, "*", "10.0.1.0/24", "5000"),
            Rule("DenyAll", 200, RuleAccess.Deny, "*", "*", "*"));
        Assert.True(Inbound(subnetWide, dynamic).IsAllowed(InternetClient));

        var elsewhere = Nsg("nsg", Rule("DenyOtherSubnet", 100, RuleAccess.Deny, "*", "10.0.2.0/24", "*"));
        Assert.True(Inbound(elsewhere, dynamic).IsDenied(InternetClient));
    }

    [Fact]
    public void Ha_ports_flow_with_a_rule_covering_one_port_is_unknown()
    {
        var nsg = Nsg(
            "nsg",
            Rule("Allow5000", 100, RuleAccess.Allow, "*", "*", "5000"),
            Rule("DenyAll", 200, RuleAccess.Deny, "*", "*", "*"));
        var haPorts = new Flow(Flow.ProtocolsOf(LbTransportProtocol.All), IntervalSet.Of(Ip("10.0.1.4")), PortRange.All);
        var verdict = Inbound(nsg, haPorts);
        Assert.True(verdict.IsUnknown(InternetClient));

        var allPorts = Nsg("nsg", Rule("AllowAll", 100, RuleAccess.Allow, "*", "*", "*"));
        Assert.True(Inbound(allPorts, haPorts).IsAllowed(Ipv4.All));
    }

    [Fact]
    public void Unknown_destination_port_and_destination_are_unknown()
    {
        Assert.True(Inbound(Nsg("nsg", Rule("Deny", 100, RuleAccess.Deny, "*", "*", "?"))).IsUnknown(Ipv4.All));
        Assert.True(Inbound(Nsg("nsg", Rule("Deny", 100, RuleAccess.Deny, "*", "?", "*"))).IsUnknown(Ipv4.All));
    }

    [Fact]
    public void Unknown_vnet_address_spaces_leave_vnet_and_internet_uncertain()
    {
        var verdict = NsgEvaluator.Evaluate(Path(Nsg("nsg")), Probe, AddressContext.UnknownNetwork);
        Assert.True(verdict.IsUnknown(Alb));
        Assert.True(verdict.IsUnknown(VnetClient));
        Assert.True(verdict.IsUnknown(InternetClient));
    }

    [Fact]
    public void Context_from_a_virtual_network_model()
    {
        var vnet = new VirtualNetworkModel("vnet", Origin.None) { AddressSpaces = ImmutableArray.Create("10.0.0.0/16", "192.168.8.0/24") };
        var context = AddressContext.For(vnet);
        Assert.True(context.SpacesComplete);
        Assert.Equal(Set("10.0.0.0/16").Union(Set("192.168.8.0/24")), context.KnownSpaces);

        var unknown = new VirtualNetworkModel("vnet", Origin.None) { AddressSpaces = Known<ImmutableArray<string>>.Unknown };
        Assert.False(AddressContext.For(unknown).SpacesComplete);
        Assert.False(AddressContext.For(null).SpacesComplete);
    }

    [Fact]
    public void Path_of_an_ip_configuration()
    {
        var subnetNsg = Nsg("subnet-nsg");
        var subnet = new SubnetModel("subnet", Origin.None) { NetworkSecurityGroup = subnetNsg };
        var nic = new NetworkInterfaceModel("nic", Origin.None);
        var ipConfiguration = new IpConfigurationModel("ipconfig", Origin.None) { Subnet = subnet, NetworkInterface = nic };
        var path = NsgPath.For(ipConfiguration);
        Assert.Same(subnetNsg, path.SubnetNsg.Value);
        Assert.True(path.NicNsg.IsKnown);
        Assert.Null(path.NicNsg.Value);

        nic.IsOpen = true;
        Assert.True(NsgPath.For(ipConfiguration).NicNsg.IsUnknown);

        var orphan = new IpConfigurationModel("ipconfig", Origin.None) { Subnet = Known<SubnetModel?>.Unknown };
        Assert.True(NsgPath.For(orphan).SubnetNsg.IsUnknown);
        Assert.True(NsgPath.For(orphan).NicNsg.IsUnknown);
    }

    [Fact]
    public void Evaluation_is_linear_enough_for_a_thousand_rules()
    {
        var rules = Enumerable.Range(0, 1000)
            .Select(i => Rule("r" + i, 4096 - (i % 3997), i % 2 == 0 ? RuleAccess.Allow : RuleAccess.Deny, "10." + (i / 256) + "." + (i % 256) + ".0/24", "*", (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
        var nsg = Nsg("big", rules);
        var flow = new Flow(FlowProtocol.Tcp, IntervalSet.Of(Ip("10.0.1.4")), IntervalSet.Of(1000, 1999));
        var verdict = Inbound(nsg, flow);
        AssertPartition(verdict);
        Assert.True(verdict.IsUnknown(Set("10.0.0.0/24")));
        Assert.True(verdict.IsDenied(InternetClient));
    }
}

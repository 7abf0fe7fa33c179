using System;
using System.Collections.Immutable;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Evaluation.NsgTestKit;

namespace AzLbNsgAnalyzers.Tests.Evaluation;

public class ResolutionTests
{
    private static readonly AddressContext Context = new(Set("10.0.0.0/16"));

    [Theory]
    [InlineData("*")]
    [InlineData("Any")]
    [InlineData("0.0.0.0/0")]
    public void Any_is_everything(string text)
    {
        var match = Context.Resolve(Address(text));
        Assert.Equal(Ipv4.All, match.Definite);
        Assert.True(match.IsExact);
    }

    [Fact]
    public void Service_tags()
    {
        Assert.Equal(IntervalSet.Of(Ipv4.AzureHostAddress), Context.Resolve(Address("azureloadbalancer")).Definite);

        var vnet = Context.Resolve(Address("VirtualNetwork"));
        Assert.Equal(Set("10.0.0.0/16").Union(IntervalSet.Of(Ipv4.AzureHostAddress)), vnet.Definite);
        Assert.Equal(AddressContext.Rfc1918.Union(AddressContext.SharedAddressSpace).Union(IntervalSet.Of(Ipv4.AzureHostAddress)), vnet.Possible);

        var internet = Context.Resolve(Address("Internet"));
        Assert.True(internet.IsExact);
        Assert.False(internet.Possible.Overlaps(vnet.Possible));
        Assert.Equal(Ipv4.All, internet.Possible.Union(vnet.Possible));
    }

    [Theory]
    [InlineData("Storage.WestEurope")]
    [InlineData("2001:db8::/32")]
    [InlineData("::1")]
    [InlineData("10.0.0.256")]
    [InlineData("?")]
    [InlineData("-")]
    [InlineData("[10.0.0.0/24,Internet]")]
    [InlineData("[*]")]
    [InlineData("[10.0.0.0/24,bad]")]
    public void Unmodelled_values_are_unknown(string text)
    {
        var match = Context.Resolve(Address(text));
        Assert.True(match.Definite.IsEmpty);
        Assert.Equal(Ipv4.All, match.Possible);
    }

    [Fact]
    public void Plural_ipv4_entries_are_a_union_and_ipv6_entries_unknown()
    {
        var exact = Context.Resolve(Address("[10.0.1.0/24, 10.0.2.0/24, 8.8.8.8]"));
        Assert.Equal(IntervalSet.Of(Ip("10.0.1.0"), Ip("10.0.2.255")).Union(IntervalSet.Of(Ipv4.Parse("8.8.8.8"))), exact.Definite);
        Assert.True(exact.IsExact);

        var withIpv6 = Context.Resolve(Address("[10.0.1.0/24, 2001:db8::/32]"));
        Assert.Equal(Set("10.0.1.0/24"), withIpv6.Definite);
        Assert.Equal(Ipv4.All, withIpv6.Possible);
    }

    [Fact]
    public void Port_fields()
    {
        Assert.Equal(PortRange.All, PortMatch.Resolve(Ports("*")).Definite);
        Assert.Equal(IntervalSet.Of(80, 443), PortMatch.Resolve(Ports("80-443")).Definite);
        Assert.Equal(IntervalSet.Of(80).Union(IntervalSet.Of(443)), PortMatch.Resolve(Ports("[80, 443]")).Definite);
        foreach (var text in new[] { "?", "-", "80,443", "443-80", "65536", "[80, x]" })
        {
            var match = PortMatch.Resolve(Ports(text));
            Assert.True(match.Definite.IsEmpty, text);
            Assert.Equal(PortRange.All, match.Possible);
        }

        var both = new PortField(Known<string?>.Of("80"), Known<ImmutableArray<string>>.Of(ImmutableArray.Create("443")));
        Assert.True(PortMatch.Resolve(both).Definite.IsEmpty);
    }

    [Fact]
    public void Flow_validation_and_protocol_sets()
    {
        Assert.Throws<ArgumentException>(() => new Flow(ImmutableArray<FlowProtocol>.Empty, Ipv4.All, PortRange.All));
        Assert.Throws<ArgumentException>(() => new Flow(FlowProtocol.Tcp, IntervalSet.Empty, PortRange.All));
        Assert.Throws<ArgumentException>(() => new Flow(FlowProtocol.Tcp, Ipv4.All, IntervalSet.Of(0, 70000)));
        var flow = new Flow(ImmutableArray.Create(FlowProtocol.Tcp, FlowProtocol.Tcp, FlowProtocol.Udp), Ipv4.All, PortRange.All);
        Assert.Equal(new[] { FlowProtocol.Tcp, FlowProtocol.Udp }, flow.Protocols);
        Assert.True(flow.HasProtocol(FlowProtocol.Udp));
        Assert.False(flow.HasProtocol(FlowProtocol.Icmp));
        Assert.Equal(new[] { FlowProtocol.Tcp, FlowProtocol.Udp }, Flow.ProtocolsOf(LbTransportProtocol.All));
        Assert.Equal(new[] { FlowProtocol.Tcp }, Flow.ProtocolsOf(LbTransportProtocol.Tcp));
    }
}

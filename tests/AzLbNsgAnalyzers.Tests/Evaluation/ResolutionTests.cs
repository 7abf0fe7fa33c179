using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
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

    // A field written as one text is one object for every topology (ModelBuilder interns it), so what the evaluator keeps
    // on it must hold in every context: the VirtualNetwork and Internet tags are asked of each context anew.
    [Theory]
    [InlineData("VirtualNetwork")]
    [InlineData("Internet")]
    [InlineData("internet")]
    [InlineData("*")]
    [InlineData("AzureLoadBalancer")]
    [InlineData("10.1.2.0/24")]
    [InlineData("[10.0.1.0/24, 192.168.0.0/16]")]
    [InlineData("Storage")]
    [InlineData("?")]
    [InlineData("-")]
    public void A_field_shared_by_several_contexts_means_in_each_what_a_field_of_its_own_means_there(string text)
    {
        var contexts = new[]
        {
            new AddressContext(Set("10.0.0.0/16")),
            new AddressContext(Set("10.1.0.0/16").Union(Set("20.1.0.0/16"))),
            AddressContext.For(null),
            new AddressContext(Set("192.168.0.0/24"), spacesComplete: false),
        };

        var shared = Address(text);
        foreach (int i in new[] { 0, 1, 0, 2, 3, 1, 3, 0, 2 })
        {
            var expected = contexts[i].Resolve(Address(text));
            var actual = contexts[i].Resolve(shared);
            Assert.Equal(expected.Definite, actual.Definite);
            Assert.Equal(expected.Possible, actual.Possible);
        }

        // The tags differ by context; the test means nothing unless they do.
        if (text is "VirtualNetwork" or "Internet")
        {
            Assert.NotEqual(contexts[0].Resolve(shared).Definite, contexts[1].Resolve(shared).Definite);
        }
    }

    [Fact]
    public void A_shared_field_resolved_from_many_threads_at_once_gives_each_context_its_own_tags()
    {
        var fields = new[] { Address("VirtualNetwork"), Address("Internet"), Address("10.9.0.0/24") };
        var contexts = Enumerable.Range(0, 8).Select(i => new AddressContext(Set("10." + i + ".0.0/16"))).ToArray();
        var failures = 0;
        Parallel.For(0, 4000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var field = fields[i % fields.Length];
            var context = contexts[i % contexts.Length];
            var expected = context.Resolve(Address(field.Singular.Value!));
            var actual = context.Resolve(field);
            if (!expected.Definite.Equals(actual.Definite) || !expected.Possible.Equals(actual.Possible))
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
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

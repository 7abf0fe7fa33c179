using AzLbNsgAnalyzers.Model;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Model;

public class Ipv4Tests
{
    [Theory]
    [InlineData("0.0.0.0", 0u)]
    [InlineData("255.255.255.255", uint.MaxValue)]
    [InlineData("10.0.0.4", 0x0A000004u)]
    [InlineData("168.63.129.16", 0xA83F8110u)]
    public void Parses_dotted_quads(string text, uint expected)
    {
        Assert.True(Ipv4.TryParseAddress(text, out uint value));
        Assert.Equal(expected, value);
        Assert.Equal(text, Ipv4.Format(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("10.0.0")]
    [InlineData("10.0.0.256")]
    [InlineData("256.0.0.1")]
    [InlineData("10.0.0.1.")]
    [InlineData(".10.0.0.1")]
    [InlineData("10..0.1")]
    [InlineData("10.0.0.1 ")]
    [InlineData(" 10.0.0.1")]
    [InlineData("10.0.0.1x")]
    [InlineData("x10.0.0.1")]
    [InlineData("10.0.0.0001")]
    [InlineData("10.0.0.-1")]
    [InlineData("10.0.0.1.5")]
    public void Rejects_bad_addresses(string text)
    {
        Assert.False(Ipv4.TryParseAddress(text, out _));
    }

    [Fact]
    public void Azure_host_address()
    {
        Assert.Equal("168.63.129.16", Ipv4.Format(Ipv4.AzureHostAddress));
    }

    [Fact]
    public void Cidr_ranges()
    {
        Assert.True(Ipv4.TryParseCidr("10.0.0.0/24", out var range, out bool hostBits));
        Assert.False(hostBits);
        Assert.Equal(Ipv4.Parse("10.0.0.0"), range.First);
        Assert.Equal(Ipv4.Parse("10.0.0.255"), range.Last);
    }

    [Fact]
    public void Cidr_slash_zero_is_everything_and_slash_32_one_address()
    {
        Assert.True(Ipv4.TryParseCidr("0.0.0.0/0", out var all, out bool hostBits));
        Assert.False(hostBits);
        Assert.Equal(new Interval(0, uint.MaxValue), all);

        Assert.True(Ipv4.TryParseCidr("10.1.2.3/32", out var one, out hostBits));
        Assert.False(hostBits);
        Assert.Equal(new Interval(Ipv4.Parse("10.1.2.3"), Ipv4.Parse("10.1.2.3")), one);

        Assert.True(Ipv4.TryParseCidr("10.1.2.3", out var bare, out _));
        Assert.Equal(one, bare);
    }

    [Fact]
    public void Cidr_host_bits_are_flagged_and_the_range_is_the_network()
    {
        Assert.True(Ipv4.TryParseCidr("10.0.0.5/24", out var range, out bool hostBits));
        Assert.True(hostBits);
        Assert.Equal(new Interval(Ipv4.Parse("10.0.0.0"), Ipv4.Parse("10.0.0.255")), range);

        Assert.True(Ipv4.TryParseCidr("1.2.3.4/0", out var all, out hostBits));
        Assert.True(hostBits);
        Assert.Equal(new Interval(0, uint.MaxValue), all);
    }

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0.0/")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("10.0.0.0/+8")]
    [InlineData("10.0.0.0/8 ")]
    [InlineData("10.0.0.0/008")]
    [InlineData("10.0.0.0/8/8")]
    [InlineData("10.0.0.256/8")]
    [InlineData("/8")]
    [InlineData("10.0.0.0/\u0668")]
    [InlineData("10.0.0.0/ 8")]
    [InlineData("10.0.0.0/8x")]
    [InlineData("10.0.0/8")]
    public void Cidr_rejects_junk(string text)
    {
        Assert.False(Ipv4.TryParseCidr(text, out _, out _));
    }

    [Fact]
    public void Format_sets_as_cidrs_and_ranges()
    {
        Assert.Equal("0.0.0.0/0", Ipv4.Format(Ipv4.All));
        Assert.Equal("10.0.0.0/24", Ipv4.Format(Ipv4.Cidr("10.0.0.0/24")));
        Assert.Equal("10.0.0.1-10.0.0.5", Ipv4.Format(IntervalSet.Of(Ipv4.Parse("10.0.0.1"), Ipv4.Parse("10.0.0.5"))));
        Assert.Equal("10.0.0.1", Ipv4.Format(IntervalSet.Of(Ipv4.Parse("10.0.0.1"))));
        Assert.Equal("(none)", Ipv4.Format(IntervalSet.Empty));
        Assert.Equal("10.0.0.0/24, 192.168.0.0/16", Ipv4.Format(Ipv4.Cidr("192.168.0.0/16").Union(Ipv4.Cidr("10.0.0.0/24"))));
    }
}

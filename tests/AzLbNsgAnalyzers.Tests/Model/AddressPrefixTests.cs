using AzLbNsgAnalyzers.Model;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Model;

public class AddressPrefixTests
{
    [Theory]
    [InlineData("*")]
    [InlineData("Any")]
    [InlineData("any")]
    [InlineData("ANY")]
    [InlineData("0.0.0.0/0")]
    [InlineData(" * ")]
    public void Any_forms(string text)
    {
        var prefix = AddressPrefix.Parse(text);
        Assert.Equal(AddressPrefixKind.Any, prefix.Kind);
        Assert.Equal(Ipv4.All, prefix.Addresses);
        Assert.Null(prefix.Error);
    }

    [Theory]
    [InlineData("AzureLoadBalancer", AddressPrefix.AzureLoadBalancerTag)]
    [InlineData("azureloadbalancer", AddressPrefix.AzureLoadBalancerTag)]
    [InlineData("AZURELOADBALANCER", AddressPrefix.AzureLoadBalancerTag)]
    [InlineData("INTERNET", AddressPrefix.InternetTag)]
    [InlineData("internet", AddressPrefix.InternetTag)]
    [InlineData("VirtualNetwork", AddressPrefix.VirtualNetworkTag)]
    [InlineData("virtualnetwork", AddressPrefix.VirtualNetworkTag)]
    public void Well_known_tags_are_case_insensitive_and_canonicalised(string text, string tag)
    {
        var prefix = AddressPrefix.Parse(text);
        Assert.Equal(AddressPrefixKind.ServiceTag, prefix.Kind);
        Assert.Equal(tag, prefix.Tag);
        Assert.True(prefix.IsTag(tag));
        Assert.True(prefix.IsTag(tag.ToUpperInvariant()));
        Assert.Null(prefix.Addresses);
    }

    [Fact]
    public void Other_regional_tag_is_a_well_formed_service_tag()
    {
        var prefix = AddressPrefix.Parse("Storage.WestEurope");
        Assert.Equal(AddressPrefixKind.ServiceTag, prefix.Kind);
        Assert.Equal("Storage.WestEurope", prefix.Tag);
        Assert.False(prefix.IsTag(AddressPrefix.InternetTag));
    }

    [Theory]
    [InlineData("2001:db8::/32")]
    [InlineData("::1")]
    [InlineData("fe80::1/64")]
    public void Ipv6_is_valid_but_not_modelled(string text)
    {
        var prefix = AddressPrefix.Parse(text);
        Assert.Equal(AddressPrefixKind.Ipv6, prefix.Kind);
        Assert.Null(prefix.Error);
        Assert.Null(prefix.Addresses);
    }

    [Theory]
    [InlineData("10.0.0.256")]
    [InlineData("10.0.0.0/33")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("10.0.0.0/8,192.168.0.0/16")]
    [InlineData("VirtualNetwork,Internet")]
    [InlineData("2001:db8::/129")]
    [InlineData("10.0.0")]
    [InlineData("Storage.")]
    [InlineData("-tag")]
    public void Invalid_values(string text)
    {
        var prefix = AddressPrefix.Parse(text);
        Assert.Equal(AddressPrefixKind.Invalid, prefix.Kind);
        Assert.NotNull(prefix.Error);
    }

    [Fact]
    public void Ipv4_cidr_and_address()
    {
        var cidr = AddressPrefix.Parse("10.1.0.0/16");
        Assert.Equal(AddressPrefixKind.Ipv4, cidr.Kind);
        Assert.Equal(Ipv4.Cidr("10.1.0.0/16"), cidr.Addresses);
        Assert.False(cidr.HasHostBits);

        var address = AddressPrefix.Parse("192.168.8.4");
        Assert.Equal(IntervalSet.Of(Ipv4.Parse("192.168.8.4")), address.Addresses);

        var hostBits = AddressPrefix.Parse("10.1.2.3/16");
        Assert.True(hostBits.HasHostBits);
        Assert.Equal(Ipv4.Cidr("10.1.0.0/16"), hostBits.Addresses);
    }

    [Fact]
    public void Text_is_kept_as_written()
    {
        Assert.Equal("internet", AddressPrefix.Parse("internet").Text);
    }

    [Fact]
    public void A_text_is_parsed_once_and_each_text_keeps_its_own_result()
    {
        var first = AddressPrefix.Parse("10.9.8.0/24");
        Assert.Same(first, AddressPrefix.Parse("10.9.8.0/24"));
        Assert.Equal(AddressPrefixKind.Ipv4, first.Kind);

        // Texts that differ only in spacing or case are different texts: each reports its own spelling.
        var spaced = AddressPrefix.Parse(" 10.9.8.0/24 ");
        Assert.NotSame(first, spaced);
        Assert.Equal(" 10.9.8.0/24 ", spaced.Text);
        Assert.Equal("azureloadbalancer", AddressPrefix.Parse("azureloadbalancer").Text);
        Assert.Equal("AzureLoadBalancer", AddressPrefix.Parse("AzureLoadBalancer").Text);
    }
}

using AzLbNsgAnalyzers.Model;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Model;

public class PortRangeTests
{
    [Theory]
    [InlineData("*", 0u, 65535u)]
    [InlineData("80", 80u, 80u)]
    [InlineData("80-443", 80u, 443u)]
    [InlineData("0", 0u, 0u)]
    [InlineData("65535", 65535u, 65535u)]
    [InlineData("0-65535", 0u, 65535u)]
    [InlineData("443-443", 443u, 443u)]
    [InlineData(" 22 ", 22u, 22u)]
    [InlineData("80 - 90", 80u, 90u)]
    [InlineData("007", 7u, 7u)]
    public void Valid_ranges(string text, uint first, uint last)
    {
        Assert.True(PortRange.TryParse(text, out var ports, out var error));
        Assert.Null(error);
        Assert.Equal(IntervalSet.Of(first, last), ports);
    }

    [Theory]
    [InlineData("65536")]
    [InlineData("443-80")]
    [InlineData("80,443")]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("80-")]
    [InlineData("-80")]
    [InlineData("80-65536")]
    [InlineData("1-2-3")]
    [InlineData("99999999999")]
    [InlineData("+80")]
    [InlineData("8 0")]
    [InlineData("\u0668\u0660")]
    [InlineData("80-\u0669\u0660")]
    [InlineData("80-4294967295")]
    public void Invalid_ranges(string text)
    {
        Assert.False(PortRange.TryParse(text, out var ports, out var error));
        Assert.NotNull(error);
        Assert.True(ports.IsEmpty);
    }

    [Theory]
    [InlineData("abc", "'abc' is not a port number")]
    [InlineData("80- x ", "' x' is not a port number")]
    [InlineData(" 70000 -80", "port 70000 is outside 0-65535")]
    [InlineData("80-70000", "port 70000 is outside 0-65535")]
    public void Errors_name_the_part_that_is_wrong(string text, string expected)
    {
        Assert.False(PortRange.TryParse(text, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Null_is_invalid()
    {
        Assert.False(PortRange.TryParse(null!, out _, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Format()
    {
        Assert.Equal("*", PortRange.Format(PortRange.All));
        Assert.Equal("80", PortRange.Format(PortRange.Single(80)));
        Assert.Equal("80-443", PortRange.Format(IntervalSet.Of(80, 443)));
        Assert.Equal("(none)", PortRange.Format(IntervalSet.Empty));
    }

    [Fact]
    public void A_text_parsed_again_gives_the_same_set_and_the_same_error()
    {
        Assert.True(PortRange.TryParse("8443", out var first, out _));
        Assert.True(PortRange.TryParse(string.Concat("84", "43"), out var again, out var none));
        Assert.Same(first, again);
        Assert.Null(none);

        Assert.False(PortRange.TryParse("70000", out var invalid, out var error));
        Assert.False(PortRange.TryParse("70000", out _, out var errorAgain));
        Assert.True(invalid.IsEmpty);
        Assert.Equal("port 70000 is outside 0-65535", error);
        Assert.Equal(error, errorAgain);
        Assert.False(PortRange.TryParse(null!, out _, out var empty));
        Assert.Equal("an empty port range", empty);
    }
}


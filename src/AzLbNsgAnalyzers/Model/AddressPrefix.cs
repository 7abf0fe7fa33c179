using System;

namespace AzLbNsgAnalyzers.Model;

public enum AddressPrefixKind
{
    /// <summary>"*", "Any" or "0.0.0.0/0".</summary>
    Any,

    /// <summary>An IPv4 address or CIDR.</summary>
    Ipv4,

    /// <summary>A service tag: AzureLoadBalancer, VirtualNetwork, Internet, or another well-formed tag.</summary>
    ServiceTag,

    /// <summary>An IPv6 address or prefix: valid, but outside what the evaluator models.</summary>
    Ipv6,

    /// <summary>Not a value Azure accepts.</summary>
    Invalid,
}

/// <summary>One source or destination address prefix of a security rule, parsed.</summary>
public sealed class AddressPrefix
{
    public const string AzureLoadBalancerTag = "AzureLoadBalancer";
    public const string VirtualNetworkTag = "VirtualNetwork";
    public const string InternetTag = "Internet";

    private AddressPrefix(string text, AddressPrefixKind kind, IntervalSet? addresses, string? tag, bool hasHostBits, string? error)
    {
        Text = text;
        Kind = kind;
        Addresses = addresses;
        Tag = tag;
        HasHostBits = hasHostBits;
        Error = error;
    }

    public string Text { get; }

    public AddressPrefixKind Kind { get; }

    /// <summary>The addresses for <see cref="AddressPrefixKind.Ipv4"/> and <see cref="AddressPrefixKind.Any"/>.</summary>
    public IntervalSet? Addresses { get; }

    /// <summary>The service tag, canonical casing for the three well-known tags, else as written.</summary>
    public string? Tag { get; }

    public bool HasHostBits { get; }

    public string? Error { get; }

    public bool IsTag(string tag) => Kind == AddressPrefixKind.ServiceTag && string.Equals(Tag, tag, StringComparison.OrdinalIgnoreCase);

    // Parsed once per text (bounded): several rules read the same few prefixes for every rule that names them.
    private static readonly TextMemo<AddressPrefix> Parsed = new(ParseText, capacity: 8192);

    public static AddressPrefix Parse(string text) => text is null ? ParseText(string.Empty) : Parsed.Get(text);

    /// <summary>The addresses of an IPv4 address or CIDR; null for anything else (a tag, '*', "0.0.0.0/0", IPv6, invalid).</summary>
    internal static IntervalSet? Ipv4Addresses(string? text) =>
        text is not null && Parse(text) is { Kind: AddressPrefixKind.Ipv4 } prefix ? prefix.Addresses : null;

    /// <summary>The addresses of an address space or subnet prefix: an IPv4 address or CIDR, "0.0.0.0/0" included; else null.</summary>
    internal static IntervalSet? Ipv4Range(string? text) =>
        Ipv4Addresses(text) ?? (text is not null && text.Trim() == "0.0.0.0/0" ? Ipv4.All : null);

    private static AddressPrefix ParseText(string text)
    {
        if (text.Trim().Length == 0)
        {
            return new AddressPrefix(text, AddressPrefixKind.Invalid, null, null, false, "an empty address prefix");
        }

        string trimmed = text.Trim();
        if (trimmed == "*" || string.Equals(trimmed, "Any", StringComparison.OrdinalIgnoreCase) || trimmed == "0.0.0.0/0")
        {
            return new AddressPrefix(text, AddressPrefixKind.Any, Ipv4.All, null, false, null);
        }

        if (Ipv4.TryParseCidr(trimmed, out var range, out bool hostBits))
        {
            return new AddressPrefix(text, AddressPrefixKind.Ipv4, IntervalSet.Of(range), null, hostBits, null);
        }

        if (trimmed.IndexOf(':') >= 0)
        {
            return IsPlausibleIpv6(trimmed)
                ? new AddressPrefix(text, AddressPrefixKind.Ipv6, null, null, false, null)
                : new AddressPrefix(text, AddressPrefixKind.Invalid, null, null, false, "not a valid IPv6 address or prefix");
        }

        if (LooksNumeric(trimmed))
        {
            return new AddressPrefix(text, AddressPrefixKind.Invalid, null, null, false, "not a valid IPv4 address or CIDR (four octets 0-255, prefix length 0-32)");
        }

        if (trimmed.IndexOf(',') >= 0)
        {
            return new AddressPrefix(text, AddressPrefixKind.Invalid, null, null, false, "a comma-separated list in a single prefix");
        }

        if (IsWellFormedTag(trimmed))
        {
            string tag = Canonical(trimmed);
            return new AddressPrefix(text, AddressPrefixKind.ServiceTag, null, tag, false, null);
        }

        return new AddressPrefix(text, AddressPrefixKind.Invalid, null, null, false, "neither an IPv4 address, a CIDR, '*' nor a service tag");
    }

    public override string ToString() => Text;

    private static string Canonical(string tag)
    {
        foreach (var known in new[] { AzureLoadBalancerTag, VirtualNetworkTag, InternetTag })
        {
            if (string.Equals(tag, known, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return tag;
    }

    private static bool LooksNumeric(string text)
    {
        foreach (char c in text)
        {
            if (!(char.IsDigit(c) || c == '.' || c == '/'))
            {
                return false;
            }
        }

        return true;
    }

    // Service tags: a letter, then letters and digits, optionally dotted regional parts such as Storage.WestEurope.
    private static bool IsWellFormedTag(string text)
    {
        if (!char.IsLetter(text[0]) || text[text.Length - 1] == '.')
        {
            return false;
        }

        char previous = '\0';
        foreach (char c in text)
        {
            bool ok = (c < 128 && char.IsLetterOrDigit(c)) || (c == '.' && previous != '.');
            if (!ok)
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    private static bool IsPlausibleIpv6(string text)
    {
        int slash = text.IndexOf('/');
        string address = slash < 0 ? text : text.Substring(0, slash);
        if (slash >= 0 && (!int.TryParse(text.Substring(slash + 1), out int length) || length < 0 || length > 128))
        {
            return false;
        }

        return System.Net.IPAddress.TryParse(address, out var parsed) && parsed.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
    }
}

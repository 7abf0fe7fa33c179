using System.Globalization;
using System.Text;

namespace AzLbNsgAnalyzers.Model;

/// <summary>IPv4 address and CIDR parsing and formatting, strict dotted-quad only.</summary>
public static class Ipv4
{
    public static readonly IntervalSet All = IntervalSet.Of(0, uint.MaxValue);

    /// <summary>The Azure host's virtual IP: health probes, DNS, the AzureLoadBalancer tag.</summary>
    public static readonly uint AzureHostAddress = Parse("168.63.129.16");

    public static uint Parse(string text) => TryParseAddress(text, out uint value) ? value : throw new System.FormatException(text);

    public static bool TryParseAddress(string text, out uint address)
    {
        address = 0;
        return text is not null && TryParseAddress(text, 0, text.Length, out address);
    }

    /// <summary>Parses the address written in text[start..end) (no substring: every prefix a model reads is parsed).</summary>
    private static bool TryParseAddress(string text, int start, int end, out uint address)
    {
        address = 0;
        if (start >= end)
        {
            return false;
        }

        int octets = 0;
        int i = start;
        while (true)
        {
            int octetStart = i;
            uint octet = 0;
            while (i < end && text[i] >= '0' && text[i] <= '9' && i - octetStart < 3)
            {
                octet = (octet * 10) + (uint)(text[i] - '0');
                i++;
            }

            if (i == octetStart || octet > 255)
            {
                return false;
            }

            address = (address << 8) | octet;
            octets++;
            if (octets == 4)
            {
                return i == end;
            }

            if (i >= end || text[i] != '.')
            {
                return false;
            }

            i++;
        }
    }

    /// <summary>
    /// Parses "a.b.c.d" or "a.b.c.d/n". <paramref name="hasHostBits"/> reports bits set beyond the
    /// prefix length; the range is the whole network either way.
    /// </summary>
    public static bool TryParseCidr(string text, out Interval range, out bool hasHostBits)
    {
        range = default;
        hasHostBits = false;
        int slash = text.IndexOf('/');
        if (!TryParseAddress(text, 0, slash < 0 ? text.Length : slash, out uint address))
        {
            return false;
        }

        // One or two ASCII digits, 0-32.
        uint length = 32;
        if (slash >= 0 && (!AsciiDigits.TryParse(text, slash + 1, text.Length, maxDigits: 2, out length) || length > 32))
        {
            return false;
        }

        uint mask = length == 0 ? 0u : uint.MaxValue << (int)(32 - length);
        uint network = address & mask;
        hasHostBits = network != address;
        range = new Interval(network, network | ~mask);
        return true;
    }

    public static IntervalSet Cidr(string text) => TryParseCidr(text, out var range, out _) ? IntervalSet.Of(range) : throw new System.FormatException(text);

    public static string Format(uint address) =>
        string.Format(CultureInfo.InvariantCulture, "{0}.{1}.{2}.{3}", address >> 24, (address >> 16) & 255, (address >> 8) & 255, address & 255);

    /// <summary>Formats a set as a short list of CIDRs and ranges, for messages.</summary>
    public static string Format(IntervalSet set)
    {
        if (set.IsEmpty)
        {
            return "(none)";
        }

        var builder = new StringBuilder();
        foreach (var interval in set.Intervals)
        {
            if (builder.Length > 0)
            {
                builder.Append(", ");
            }

            builder.Append(Format(interval));
        }

        return builder.ToString();
    }

    public static string Format(Interval interval)
    {
        if (interval.First == interval.Last)
        {
            return Format(interval.First);
        }

        ulong count = interval.Count;
        bool isPowerOfTwo = (count & (count - 1)) == 0;
        if (isPowerOfTwo && (interval.First & (uint)(count - 1)) == 0)
        {
            int length = 32;
            while (count > 1)
            {
                count >>= 1;
                length--;
            }

            return Format(interval.First) + "/" + length.ToString(CultureInfo.InvariantCulture);
        }

        return Format(interval.First) + "-" + Format(interval.Last);
    }
}

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
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        int octets = 0;
        int i = 0;
        while (true)
        {
            int start = i;
            uint octet = 0;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9' && i - start < 3)
            {
                octet = (octet * 10) + (uint)(text[i] - '0');
                i++;
            }

            if (i == start || octet > 255)
            {
                return false;
            }

            address = (address << 8) | octet;
            octets++;
            if (octets == 4)
            {
                return i == text.Length;
            }

            if (i >= text.Length || text[i] != '.')
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
        string addressText = slash < 0 ? text : text.Substring(0, slash);
        if (!TryParseAddress(addressText, out uint address))
        {
            return false;
        }

        int length = 32;
        if (slash >= 0)
        {
            string lengthText = text.Substring(slash + 1);
            if (lengthText.Length == 0 || lengthText.Length > 2 || !int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out length) || length > 32)
            {
                return false;
            }
        }

        uint mask = length == 0 ? 0u : uint.MaxValue << (32 - length);
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

namespace AzLbNsgAnalyzers.Model;

/// <summary>Port sets over 0-65535 and the parser for security-rule port strings.</summary>
public static class PortRange
{
    public const uint MaxPort = 65535;

    public static readonly IntervalSet All = IntervalSet.Of(0, MaxPort);

    /// <summary>The set of one port (recent ones shared: every flow of every load-balancing rule names its port).</summary>
    public static IntervalSet Single(int port)
    {
        // Direct-mapped by the port's low bits; a reference write is atomic and sets are immutable, so threads share it.
        int slot = port & (SingleSlots.Length - 1);
        if (SingleSlots[slot] is { } cached && cached.IntervalAt(0).First == (uint)port)
        {
            return cached;
        }

        var set = IntervalSet.Of((uint)port);
        SingleSlots[slot] = set;
        return set;
    }

    private static readonly IntervalSet?[] SingleSlots = new IntervalSet?[256];

    // Parsed once per text (bounded): every rule of every analysed body names its ports, mostly the same few.
    private static readonly TextMemo<ParsedPorts> Parsed = new(ParseText, capacity: 8192);

    /// <summary>Parses "*", "n" or "a-b". Returns false with a reason for anything Azure rejects.</summary>
    public static bool TryParse(string text, out IntervalSet ports, out string? error)
    {
        var parsed = text is null ? ParseText(string.Empty) : Parsed.Get(text);
        ports = parsed.Ports ?? IntervalSet.Empty;
        error = parsed.Error;
        return parsed.Ports is not null;
    }

    private static ParsedPorts ParseText(string text) =>
        TryParseText(text, out var ports, out var error) ? new ParsedPorts(ports, null) : new ParsedPorts(null, error);

    private static bool TryParseText(string text, out IntervalSet ports, out string? error)
    {
        ports = IntervalSet.Empty;
        error = null;
        if (text is null || text.Trim().Length == 0)
        {
            error = "an empty port range";
            return false;
        }

        string trimmed = text.Trim();
        if (trimmed == "*")
        {
            ports = All;
            return true;
        }

        if (trimmed.IndexOf(',') >= 0)
        {
            error = "a comma-separated list in a single port range";
            return false;
        }

        int dash = trimmed.IndexOf('-', 1);
        if (dash < 0)
        {
            if (!TryParsePort(trimmed, 0, trimmed.Length, out uint port, out error))
            {
                return false;
            }

            ports = IntervalSet.Of(port);
            return true;
        }

        if (!TryParsePort(trimmed, 0, dash, out uint first, out error) || !TryParsePort(trimmed, dash + 1, trimmed.Length, out uint last, out error))
        {
            return false;
        }

        if (last < first)
        {
            error = "a reversed range (the first port is larger than the last)";
            return false;
        }

        ports = IntervalSet.Of(first, last);
        return true;
    }

    public static string Format(IntervalSet ports)
    {
        if (ports.Equals(All))
        {
            return "*";
        }

        return ports.IsEmpty ? "(none)" : ports.ToString();
    }

    /// <summary>Parses the port written in text[start..end), spaces around it allowed (no substring unless it is wrong).</summary>
    private static bool TryParsePort(string text, int start, int end, out uint port, out string? error)
    {
        port = 0;
        error = null;
        int first = start, last = end;
        while (first < last && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        while (last > first && char.IsWhiteSpace(text[last - 1]))
        {
            last--;
        }

        if (!AsciiDigits.TryParse(text, first, last, maxDigits: 9, out port))
        {
            error = "'" + text.Substring(start, end - start) + "' is not a port number";
            return false;
        }

        if (port > MaxPort)
        {
            error = "port " + text.Substring(first, last - first) + " is outside 0-65535";
            return false;
        }

        return true;
    }

    private sealed class ParsedPorts
    {
        public ParsedPorts(IntervalSet? ports, string? error)
        {
            Ports = ports;
            Error = error;
        }

        /// <summary>Null when the text is invalid.</summary>
        public IntervalSet? Ports { get; }

        public string? Error { get; }
    }
}

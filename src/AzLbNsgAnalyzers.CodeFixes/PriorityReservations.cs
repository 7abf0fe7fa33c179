using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>
/// Priorities taken per NSG while fixes are applied: the NSG's used priorities (from the diagnostic's
/// properties) plus those earlier fixes of the same Fix All chose, so two fixes never pick one number.
/// </summary>
internal sealed class PriorityReservations
{
    public const int Min = 100;
    public const int Max = 4096;

    private readonly Dictionary<string, HashSet<int>> _taken = new();

    public HashSet<int> For(Diagnostic diagnostic)
    {
        diagnostic.Properties.TryGetValue("NsgKey", out var key);
        key ??= string.Empty;
        if (!_taken.TryGetValue(key, out var taken))
        {
            taken = new HashSet<int>();
            _taken.Add(key, taken);
        }

        if (diagnostic.Properties.TryGetValue("UsedPriorities", out var used) && !string.IsNullOrEmpty(used))
        {
            foreach (var text in used!.Split(','))
            {
                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int priority))
                {
                    taken.Add(priority);
                }
            }
        }

        return taken;
    }

    /// <summary>The largest free number below <paramref name="limit"/> (so the new rule is evaluated just before it), or null.</summary>
    public static int? FreeBelow(HashSet<int> taken, int limit)
    {
        for (int candidate = System.Math.Min(limit - 1, Max); candidate >= Min; candidate--)
        {
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The free number nearest to <paramref name="wanted"/> within 100-4096 (the larger on a tie), or null.</summary>
    public static int? Nearest(HashSet<int> taken, int wanted)
    {
        int start = System.Math.Min(System.Math.Max(wanted, Min), Max);
        for (int distance = 0; distance <= Max - Min; distance++)
        {
            foreach (int candidate in new[] { start + distance, start - distance })
            {
                if (candidate >= Min && candidate <= Max && !taken.Contains(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The next free number after <paramref name="after"/>, else the nearest below, or null.</summary>
    public static int? NextAfter(HashSet<int> taken, int after)
    {
        for (int candidate = System.Math.Max(after + 1, Min); candidate <= Max; candidate++)
        {
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }

        return Nearest(taken, after);
    }

    public static int? ParseInt(Diagnostic diagnostic, string property) =>
        diagnostic.Properties.TryGetValue(property, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;
}

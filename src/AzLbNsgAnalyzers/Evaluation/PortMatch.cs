using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Evaluation;

/// <summary>
/// What a port field may match: every port in <see cref="Definite"/> certainly matches, nothing
/// outside <see cref="Possible"/> matches.
/// </summary>
public readonly struct PortMatch
{
    public PortMatch(IntervalSet definite, IntervalSet possible)
    {
        Definite = definite;
        Possible = possible;
    }

    /// <summary>Nothing is known: no port certainly matches, every port may.</summary>
    public static PortMatch Unknown => new(IntervalSet.Empty, PortRange.All);

    public static PortMatch Exactly(IntervalSet ports) => new(ports, ports);

    public IntervalSet Definite { get; }

    public IntervalSet Possible { get; }

    public bool IsExact => Definite.Equals(Possible);

    /// <summary>
    /// Resolves a rule's port field: "*", "n" or "a-b" in the singular field, or a list of those in
    /// the plural field (their union). Unknown when a value is not constant or invalid, or when
    /// neither or both fields are set.
    /// </summary>
    public static PortMatch Resolve(PortField field)
    {
        // A rule's fields never change: parse them once, not on every flow of every backend.
        if (field.Resolved is PortMatch cached)
        {
            return cached;
        }

        var resolved = ResolveUncached(field);
        field.Resolved = resolved;
        return resolved;
    }

    private static PortMatch ResolveUncached(PortField field)
    {
        if (!field.Singular.TryGet(out var singular) || !field.Plural.TryGet(out var plural))
        {
            return Unknown;
        }

        bool hasPlural = !plural.IsDefaultOrEmpty;
        if (singular is not null)
        {
            return hasPlural ? Unknown : Resolve(singular);
        }

        if (!hasPlural)
        {
            return Unknown;
        }

        var ports = IntervalSet.Empty;
        foreach (var text in plural)
        {
            if (text is null || !PortRange.TryParse(text, out var entry, out _))
            {
                return Unknown;
            }

            ports = ports.Union(entry);
        }

        return Exactly(ports);
    }

    /// <summary>Resolves one port text ("*", "n", "a-b"); Unknown when Azure would reject it.</summary>
    public static PortMatch Resolve(string text) => PortRange.TryParse(text, out var ports, out _) ? Exactly(ports) : Unknown;

    public override string ToString() => "definite " + PortRange.Format(Definite) + "; possible " + PortRange.Format(Possible);
}

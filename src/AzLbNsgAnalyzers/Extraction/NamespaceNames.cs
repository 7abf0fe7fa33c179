using Microsoft.CodeAnalysis;

namespace AzLbNsgAnalyzers.Extraction;

/// <summary>
/// Namespace tests part by part, without building a display string: the interpreter asks them for nearly every
/// operation, and <c>ToDisplayString()</c> allocates each time.
/// </summary>
internal static class NamespaceNames
{
    /// <summary>True when <paramref name="ns"/> is exactly the namespace <paramref name="dotted"/> (for example "Azure.Provisioning.Network").</summary>
    public static bool Is(INamespaceSymbol? ns, string dotted)
    {
        var current = ns;
        int end = dotted.Length;
        while (current is not null && !current.IsGlobalNamespace)
        {
            int start = end == 0 ? 0 : dotted.LastIndexOf('.', end - 1) + 1;
            int length = end - start;
            string name = current.Name;
            if (end == 0 || name.Length != length || string.CompareOrdinal(name, 0, dotted, start, length) != 0)
            {
                return false;
            }

            current = current.ContainingNamespace;
            if (start == 0)
            {
                return current is null || current.IsGlobalNamespace;
            }

            end = start - 1;
        }

        return false;
    }

    /// <summary>True when <paramref name="ns"/> is <paramref name="dotted"/> or a namespace inside it.</summary>
    public static bool IsWithin(INamespaceSymbol? ns, string dotted)
    {
        for (var current = ns; current is not null && !current.IsGlobalNamespace; current = current.ContainingNamespace)
        {
            if (Is(current, dotted))
            {
                return true;
            }
        }

        return false;
    }
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>The client candidates a rule put in the diagnostic ("name=prefix;...;VirtualNetwork=VirtualNetwork").</summary>
internal static class ClientCandidates
{
    public const string VirtualNetwork = "VirtualNetwork";

    public static IEnumerable<(string Name, string Prefix)> Read(Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue("ClientCandidates", out var text) || string.IsNullOrEmpty(text))
        {
            yield break;
        }

        foreach (var entry in text!.Split(';'))
        {
            int equals = entry.IndexOf('=');
            if (equals > 0)
            {
                yield return (entry.Substring(0, equals), entry.Substring(equals + 1));
            }
        }
    }

    /// <summary>A fragment for generated names: "client" for a subnet, "vnet" for VirtualNetwork.</summary>
    public static string Slug(string name) =>
        name == VirtualNetwork ? "vnet" : new string(System.Array.FindAll(name.ToCharArray(), c => char.IsLetterOrDigit(c) || c == '-')).ToLowerInvariant();
}

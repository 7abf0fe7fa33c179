using System;
using System.Collections.Generic;
using System.Linq;

namespace AzLbNsgAnalyzers.Cli.Templates;

/// <summary>
/// Resource IDs as resourceId() makes them, and their key: the type and the names, which is how a
/// template's references find the resources it declares (the subscription and resource group are
/// known only at deployment, and a template deploys into one).
/// </summary>
internal static class ResourceIds
{
    private const string LocalPrefix = "/subscriptions/{subscription}/resourceGroups/{resourceGroup}/providers/";
    private const string ForeignPrefix = "/subscriptions/{other}/resourceGroups/{other}/providers/";

    public static string Local(string type, IEnumerable<string> names) => LocalPrefix + Path(type, names.ToList());

    public static string Foreign(string type, IEnumerable<string> names) => ForeignPrefix + Path(type, names.ToList());

    /// <summary>"microsoft.network/virtualnetworks/subnets:vnet/web": the key of a resource (case-insensitive, as ARM).</summary>
    public static string Key(string type, string name) => type.ToLowerInvariant() + ":" + name.ToLowerInvariant();

    /// <summary>The key an ID names, or null when it names a resource of another scope or is not an ID.</summary>
    public static string? KeyOf(string id)
    {
        if (!id.StartsWith(LocalPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var segments = id.Substring(LocalPrefix.Length).Split('/');
        if (segments.Length < 3 || segments.Length % 2 == 0 || segments.Any(s => s.Length == 0))
        {
            return null;
        }

        var type = new List<string> { segments[0] };
        var names = new List<string>();
        for (int i = 1; i < segments.Length; i += 2)
        {
            type.Add(segments[i]);
            names.Add(segments[i + 1]);
        }

        return Key(string.Join("/", type), string.Join("/", names));
    }

    // Microsoft.Network/virtualNetworks/subnets + [vnet, web] -> Microsoft.Network/virtualNetworks/vnet/subnets/web
    private static string Path(string type, List<string> names)
    {
        var typeSegments = type.Split('/');
        var parts = new List<string> { typeSegments[0] };
        for (int i = 1; i < typeSegments.Length; i++)
        {
            parts.Add(typeSegments[i]);
            parts.Add(i - 1 < names.Count ? names[i - 1] : string.Empty);
        }

        return string.Join("/", parts);
    }
}

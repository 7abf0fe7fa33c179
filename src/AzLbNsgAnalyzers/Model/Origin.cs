using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AzLbNsgAnalyzers.Model;

/// <summary>
/// Where a fact came from in the user's code. <see cref="CallSites"/> lists the calls, outermost
/// first, through which a helper method produced it: the outermost call lies in the analysed body.
/// </summary>
public sealed class Origin
{
    public static readonly Origin None = new(Location.None, ImmutableArray<Location>.Empty);

    private readonly SyntaxNode? _syntax;
    private readonly Func<SyntaxNode, Location>? _locate;
    private Location? _location;

    public Origin(Location location, ImmutableArray<Location> callSites)
    {
        _location = location;
        CallSites = callSites.IsDefault ? ImmutableArray<Location>.Empty : callSites;
    }

    public Origin(Location location)
        : this(location, ImmutableArray<Location>.Empty)
    {
    }

    /// <summary>
    /// An origin whose location is computed from <paramref name="syntax"/> when first asked for: the interpreter makes
    /// one for every object it meets, and only the few that end up in a finding or an ordering need their location.
    /// </summary>
    internal Origin(SyntaxNode syntax, Func<SyntaxNode, Location> locate, ImmutableArray<Location> callSites, bool isAspire = false)
    {
        _syntax = syntax;
        _locate = locate;
        CallSites = callSites.IsDefault ? ImmutableArray<Location>.Empty : callSites;
        IsAspire = isAspire;
    }

    /// <summary>Written with Aspire's fluent API (a call or an AzureSecurityRule), not as an Azure.Provisioning object: fixes differ.</summary>
    public bool IsAspire { get; }

    // A race computes it twice at worst; locations compare by value.
    public Location Location => _location ??= _locate!(_syntax!);

    public ImmutableArray<Location> CallSites { get; }

    /// <summary>The location to report at: the fact itself, or the outermost call that reached it.</summary>
    public Location ReportLocation => CallSites.IsEmpty ? Location : CallSites[0];

    /// <summary>Where the fact really is, when it lies in a helper method (an additional location), else null.</summary>
    public Location? HelperLocation => CallSites.IsEmpty ? null : Location;

    public override string ToString() => Location.GetLineSpan().StartLinePosition.ToString();
}

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

    public Origin(Location location, ImmutableArray<Location> callSites)
    {
        Location = location;
        CallSites = callSites.IsDefault ? ImmutableArray<Location>.Empty : callSites;
    }

    public Origin(Location location)
        : this(location, ImmutableArray<Location>.Empty)
    {
    }

    public Location Location { get; }

    public ImmutableArray<Location> CallSites { get; }

    /// <summary>The location to report at: the fact itself, or the outermost call that reached it.</summary>
    public Location ReportLocation => CallSites.IsEmpty ? Location : CallSites[0];

    /// <summary>Where the fact really is, when it lies in a helper method (an additional location), else null.</summary>
    public Location? HelperLocation => CallSites.IsEmpty ? null : Location;

    public override string ToString() => Location.GetLineSpan().StartLinePosition.ToString();
}

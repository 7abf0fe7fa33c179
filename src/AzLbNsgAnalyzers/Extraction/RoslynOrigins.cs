using System.Collections.Immutable;
using AzLbNsgAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace AzLbNsgAnalyzers;

/// <summary>A place in C# source: a Roslyn <see cref="Microsoft.CodeAnalysis.Location"/>.</summary>
internal sealed class LocationPlace : SourcePlace
{
    public LocationPlace(Location location)
    {
        Location = location;
    }

    public Location Location { get; }

    public override string Path => Location.SourceTree?.FilePath ?? string.Empty;

    public override int Start => Location.SourceSpan.Start;

    public override int Length => Location.SourceSpan.Length;

    // Two in-memory trees may share an empty path: compare the trees themselves.
    public override bool Equals(SourcePlace? other) => other is LocationPlace place ? Location.Equals(place.Location) : base.Equals(other);

    public override int GetHashCode() => Location.GetHashCode();

    public override string ToString() => Location.GetLineSpan().StartLinePosition.ToString();
}

/// <summary>
/// An origin whose location is computed from its syntax when first asked for: the interpreter makes one for
/// every object it meets, and only the few that end up in a finding or an ordering need their location.
/// </summary>
internal sealed class SyntaxOrigin : Origin
{
    private readonly SyntaxNode _syntax;

    public SyntaxOrigin(SyntaxNode syntax, OriginSpan span, ImmutableArray<SourcePlace> callSites, bool isAspire = false)
        : base(callSites, isAspire, (byte)span)
    {
        _syntax = syntax;
    }

    public OriginSpan Span => (OriginSpan)FrontEndKind;

    // A race computes it twice at worst; places compare by value.
    public override SourcePlace Place => place ??= new LocationPlace(AzLbNsgAnalyzers.Extraction.Interpreter.Locate(_syntax, Span));
}

/// <summary>Which part of an origin's syntax a finding underlines.</summary>
internal enum OriginSpan : byte
{
    /// <summary>A creation up to its arguments (not its initializer); anything else whole.</summary>
    Creation,

    /// <summary>An Aspire call's method name and arguments.</summary>
    AspireCall,
}

/// <summary>The Roslyn view of the engine's origins, for the analyzers and fixers.</summary>
internal static class RoslynOrigins
{
    public static Location ToLocation(this SourcePlace place) => place is LocationPlace located ? located.Location : Location.None;

    extension(Origin origin)
    {
        /// <summary>Where the fact itself is written (<see cref="Location.None"/> for facts of no front end's code).</summary>
        public Location Location => origin.Place.ToLocation();

        /// <summary>The location to report at: the fact itself, or the outermost call that reached it.</summary>
        public Location ReportLocation => origin.ReportPlace.ToLocation();

        /// <summary>Where the fact really is, when it lies in a helper method (an additional location), else null.</summary>
        public Location? HelperLocation => origin.HelperPlace?.ToLocation();
    }
}

using System.Collections.Immutable;

namespace AzLbNsgAnalyzers.Model;

/// <summary>
/// Where a fact came from in the user's code. <see cref="CallSites"/> lists the calls, outermost
/// first, through which a helper method produced it: the outermost call lies in the analysed body.
/// A front end that can compute the place only when asked (the C# interpreter meets many objects and
/// reports few) derives from this class and overrides <see cref="Place"/>.
/// </summary>
public class Origin
{
    public static readonly Origin None = new(TextPlace.Nowhere);

    /// <summary>The place, or, for a lazy origin, the place once computed (one field for both: every object has an origin).</summary>
    protected SourcePlace? place;

    // IsAspire in the low bit, and above it a small value a lazy origin's front end keeps (how to compute its place):
    // one byte for both, so that a lazy origin needs no field of its own for it (origins are many: one per model object).
    private readonly byte _flags;

    public Origin(SourcePlace place, ImmutableArray<SourcePlace> callSites = default, bool isAspire = false)
        : this(callSites, isAspire)
    {
        this.place = place;
    }

    protected Origin(ImmutableArray<SourcePlace> callSites, bool isAspire, byte frontEndKind = 0)
    {
        CallSites = callSites.IsDefault ? ImmutableArray<SourcePlace>.Empty : callSites;
        _flags = (byte)((isAspire ? 1 : 0) | (frontEndKind << 1));
    }

    /// <summary>Written with Aspire's fluent API (a call or an AzureSecurityRule), not as an Azure.Provisioning object: fixes differ.</summary>
    public bool IsAspire => (_flags & 1) != 0;

    /// <summary>The value (0-127) a lazy origin's front end gave the constructor.</summary>
    protected int FrontEndKind => _flags >> 1;

    /// <summary>Where the fact itself is written.</summary>
    public virtual SourcePlace Place => place!;

    public ImmutableArray<SourcePlace> CallSites { get; }

    /// <summary>The place to report at: the fact itself, or the outermost call that reached it.</summary>
    public SourcePlace ReportPlace => CallSites.IsEmpty ? Place : CallSites[0];

    /// <summary>Where the fact really is, when it lies in a helper method (an additional location), else null.</summary>
    public SourcePlace? HelperPlace => CallSites.IsEmpty ? null : Place;

    public override string ToString() => Place.ToString();
}

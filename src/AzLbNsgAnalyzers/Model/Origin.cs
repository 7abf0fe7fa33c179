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

    public Origin(SourcePlace place, ImmutableArray<SourcePlace> callSites = default, bool isAspire = false)
        : this(callSites, isAspire)
    {
        this.place = place;
    }

    protected Origin(ImmutableArray<SourcePlace> callSites, bool isAspire)
    {
        CallSites = callSites.IsDefault ? ImmutableArray<SourcePlace>.Empty : callSites;
        IsAspire = isAspire;
    }

    /// <summary>Written with Aspire's fluent API (a call or an AzureSecurityRule), not as an Azure.Provisioning object: fixes differ.</summary>
    public bool IsAspire { get; }

    /// <summary>Where the fact itself is written.</summary>
    public virtual SourcePlace Place => place!;

    public ImmutableArray<SourcePlace> CallSites { get; }

    /// <summary>The place to report at: the fact itself, or the outermost call that reached it.</summary>
    public SourcePlace ReportPlace => CallSites.IsEmpty ? Place : CallSites[0];

    /// <summary>Where the fact really is, when it lies in a helper method (an additional location), else null.</summary>
    public SourcePlace? HelperPlace => CallSites.IsEmpty ? null : Place;

    public override string ToString() => Place.ToString();
}

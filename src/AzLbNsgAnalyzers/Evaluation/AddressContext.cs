using System.Collections.Immutable;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Evaluation;

/// <summary>
/// What a rule field may match: every member of <see cref="Definite"/> certainly matches, nothing
/// outside <see cref="Possible"/> matches, and members of Possible \ Definite are Unknown.
/// </summary>
public readonly struct AddressMatch
{
    public AddressMatch(IntervalSet definite, IntervalSet possible)
    {
        Definite = definite;
        Possible = possible;
    }

    /// <summary>Nothing is known: no address certainly matches, every address may.</summary>
    public static AddressMatch Unknown => new(IntervalSet.Empty, Ipv4.All);

    public static AddressMatch Exactly(IntervalSet addresses) => new(addresses, addresses);

    public IntervalSet Definite { get; }

    public IntervalSet Possible { get; }

    /// <summary>True when the field's meaning is known exactly (Definite equals Possible).</summary>
    public bool IsExact => Definite.Equals(Possible);

    public AddressMatch Union(AddressMatch other) => new(Definite.Union(other.Definite), Possible.Union(other.Possible));

    public override string ToString() => "definite " + Ipv4.Format(Definite) + "; possible " + Ipv4.Format(Possible);
}

/// <summary>
/// The address knowledge of one virtual network: its known address spaces, from which the
/// VirtualNetwork and Internet service tags are resolved (see AZURE-FACTS.md, Modelling decisions).
/// </summary>
public sealed class AddressContext
{
    /// <summary>RFC 1918 private ranges: 10/8, 172.16/12, 192.168/16.</summary>
    public static readonly IntervalSet Rfc1918 = Ipv4.Cidr("10.0.0.0/8").Union(Ipv4.Cidr("172.16.0.0/12")).Union(Ipv4.Cidr("192.168.0.0/16"));

    /// <summary>The shared address space of RFC 6598, 100.64/10.</summary>
    public static readonly IntervalSet SharedAddressSpace = Ipv4.Cidr("100.64.0.0/10");

    /// <summary>The Azure host's virtual IP as a set (the AzureLoadBalancer tag).</summary>
    public static readonly IntervalSet AzureLoadBalancer = IntervalSet.Of(Ipv4.AzureHostAddress);

    private static readonly IntervalSet NeverInternet = Rfc1918.Union(SharedAddressSpace).Union(AzureLoadBalancer);

    private static readonly AddressMatch AnyMatch = AddressMatch.Exactly(Ipv4.All);

    private static readonly AddressMatch AzureLoadBalancerMatch = AddressMatch.Exactly(AzureLoadBalancer);

    /// <summary>A context whose address spaces are exactly <paramref name="knownSpaces"/>.</summary>
    public AddressContext(IntervalSet knownSpaces)
        : this(knownSpaces, spacesComplete: true)
    {
    }

    /// <summary>
    /// <paramref name="spacesComplete"/> false means the VNet may have further address spaces the
    /// analysis cannot see (an Unknown AddressPrefixes value): VirtualNetwork and Internet then have
    /// no certain members beyond the known spaces and 168.63.129.16.
    /// </summary>
    public AddressContext(IntervalSet knownSpaces, bool spacesComplete)
    {
        KnownSpaces = knownSpaces;
        SpacesComplete = spacesComplete;
        var vnetDefinite = knownSpaces.Union(AzureLoadBalancer);
        if (spacesComplete)
        {
            VirtualNetwork = new AddressMatch(vnetDefinite, vnetDefinite.Union(Rfc1918).Union(SharedAddressSpace));
            var internet = Ipv4.All.Except(knownSpaces).Except(NeverInternet);
            Internet = AddressMatch.Exactly(internet);
        }
        else
        {
            VirtualNetwork = new AddressMatch(vnetDefinite, Ipv4.All);
            Internet = new AddressMatch(IntervalSet.Empty, Ipv4.All.Except(knownSpaces).Except(NeverInternet));
        }
    }

    private AddressContext(IntervalSet knownSpaces, AddressMatch virtualNetwork, AddressMatch internet)
    {
        KnownSpaces = knownSpaces;
        SpacesComplete = true;
        VirtualNetwork = virtualNetwork;
        Internet = internet;
    }

    /// <summary>
    /// For a complete VNet, the two extremes of its VirtualNetwork tag: its own spaces only (nothing peered), and every
    /// private and shared address as well. A source's verdict depends only on whether that source is in the tag, so a
    /// verdict both contexts give holds whatever the peering. Null when the spaces are not complete.
    /// </summary>
    public (AddressContext Narrow, AddressContext Wide)? PeeringExtremes()
    {
        if (!SpacesComplete)
        {
            return null;
        }

        return (new AddressContext(KnownSpaces, AddressMatch.Exactly(VirtualNetwork.Definite), Internet),
                new AddressContext(KnownSpaces, AddressMatch.Exactly(VirtualNetwork.Possible), Internet));
    }

    /// <summary>A context that knows no address space at all.</summary>
    public static AddressContext UnknownNetwork { get; } = new(IntervalSet.Empty, spacesComplete: false);

    /// <summary>
    /// Builds the context of a VNet from its AddressSpaces; <paramref name="extraSpaces"/> adds
    /// spaces known to be part of VirtualNetwork too (peered VNets visible in the code).
    /// Unknown or unparsable spaces, or a null VNet, make the spaces incomplete.
    /// </summary>
    public static AddressContext For(VirtualNetworkModel? virtualNetwork, IntervalSet? extraSpaces = null)
    {
        var spaces = extraSpaces ?? IntervalSet.Empty;
        if (virtualNetwork is null || !virtualNetwork.AddressSpaces.TryGet(out var prefixes))
        {
            return new AddressContext(spaces, spacesComplete: false);
        }

        bool complete = !virtualNetwork.IsOpen && !prefixes.IsEmpty;
        foreach (var text in prefixes)
        {
            if (AddressPrefix.Ipv4Range(text) is { } range)
            {
                spaces = spaces.Union(range);
            }
            else
            {
                complete = false;
            }
        }

        return new AddressContext(spaces, complete);
    }

    public IntervalSet KnownSpaces { get; }

    /// <summary>The known spaces without 168.63.129.16: the clients of a private frontend (computed once per context).</summary>
    public IntervalSet KnownSpacesWithoutHost => _knownSpacesWithoutHost ??= KnownSpaces.Except(AzureLoadBalancer);

    /// <summary>Every address outside the known spaces, other than 168.63.129.16: remote clients through peering or VPN.</summary>
    public IntervalSet OutsideKnownSpaces => _outsideKnownSpaces ??= Ipv4.All.Except(KnownSpaces).Except(AzureLoadBalancer);

    // Benign races: a set is immutable and one reference, so two threads compute equal values at worst.
    private IntervalSet? _knownSpacesWithoutHost;
    private IntervalSet? _outsideKnownSpaces;

    public bool SpacesComplete { get; }

    /// <summary>The VirtualNetwork tag: the known spaces and 168.63.129.16, possibly private and shared space.</summary>
    public AddressMatch VirtualNetwork { get; }

    /// <summary>The Internet tag: everything outside the VNet, RFC 1918, 100.64/10 and 168.63.129.16.</summary>
    public AddressMatch Internet { get; }

    /// <summary>Resolves one parsed prefix. Anything the evaluator does not model is Unknown.</summary>
    public AddressMatch Resolve(AddressPrefix prefix) => Resolve(MatchWithoutContext(prefix, out var tag), tag);

    // The two tags whose members depend on the VNet; every other prefix means the same in every context.
    private enum ContextTag
    {
        None,
        VirtualNetwork,
        Internet,
    }

    /// <summary>
    /// What a field means apart from any VNet: its match, or the tag a context gives the match of. Immutable: a field
    /// keeps it, and a field written as one text is shared by every topology (see ModelBuilder).
    /// </summary>
    private sealed class Resolution
    {
        public static readonly Resolution Unknown = new(AddressMatch.Unknown, ContextTag.None);

        public Resolution(AddressMatch match, ContextTag tag)
        {
            Match = match;
            Tag = tag;
        }

        public AddressMatch Match { get; }

        public ContextTag Tag { get; }
    }

    private AddressMatch Resolve(AddressMatch match, ContextTag tag) => tag switch
    {
        ContextTag.VirtualNetwork => VirtualNetwork,
        ContextTag.Internet => Internet,
        _ => match,
    };

    // The prefix's match when no context is needed (tag None), else the tag whose match the context holds.
    private static AddressMatch MatchWithoutContext(AddressPrefix prefix, out ContextTag tag)
    {
        tag = ContextTag.None;
        switch (prefix.Kind)
        {
            case AddressPrefixKind.Any:
                return AnyMatch;
            case AddressPrefixKind.Ipv4:
                return prefix.Addresses is { } addresses ? AddressMatch.Exactly(addresses) : AddressMatch.Unknown;
            case AddressPrefixKind.ServiceTag:
                if (prefix.IsTag(AddressPrefix.AzureLoadBalancerTag))
                {
                    return AzureLoadBalancerMatch;
                }

                if (prefix.IsTag(AddressPrefix.VirtualNetworkTag))
                {
                    tag = ContextTag.VirtualNetwork;
                }
                else if (prefix.IsTag(AddressPrefix.InternetTag))
                {
                    tag = ContextTag.Internet;
                }

                return AddressMatch.Unknown;
            default:
                return AddressMatch.Unknown;
        }
    }

    /// <summary>Resolves the singular prefix text.</summary>
    public AddressMatch Resolve(string prefix) => Resolve(AddressPrefix.Parse(prefix));

    /// <summary>
    /// Resolves a rule side. Unknown when: application security groups are used, a value is not
    /// constant, neither or both of the singular and plural fields are set, or a plural list holds
    /// a service tag or '*' (Azure rejects the rule: SecurityRuleParameterContainsUnsupportedValue).
    /// </summary>
    public AddressMatch Resolve(AddressField field)
    {
        // A rule's fields never change, and what a field means apart from the VNet is the same in every context: worked
        // out once per field, kept on it, and only the VirtualNetwork and Internet tags asked of this context.
        if (field.Resolved is not Resolution resolution)
        {
            resolution = ResolveWithoutContext(field);
            field.Resolved = resolution;
        }

        return Resolve(resolution.Match, resolution.Tag);
    }

    private static Resolution ResolveWithoutContext(AddressField field)
    {
        if (field.HasApplicationSecurityGroups || !field.Singular.TryGet(out var singular) || !field.Plural.TryGet(out var plural))
        {
            return Resolution.Unknown;
        }

        bool hasPlural = !plural.IsDefaultOrEmpty;
        if (singular is not null)
        {
            if (hasPlural)
            {
                return Resolution.Unknown;
            }

            var match = MatchWithoutContext(AddressPrefix.Parse(singular), out var tag);
            return new Resolution(match, tag);
        }

        if (!hasPlural)
        {
            return Resolution.Unknown;
        }

        // A plural list holds prefixes only (no tag): its match needs no context.
        var result = new AddressMatch(IntervalSet.Empty, IntervalSet.Empty);
        foreach (var text in plural)
        {
            if (!TryResolvePluralEntry(text, out var entry))
            {
                return Resolution.Unknown;
            }

            result = result.Union(entry);
        }

        return new Resolution(result, ContextTag.None);
    }

    // Plural lists take IPv4 and IPv6 prefixes; a service tag, '*' or an invalid entry fails the deployment.
    private static bool TryResolvePluralEntry(string? text, out AddressMatch match)
    {
        match = AddressMatch.Unknown;
        if (text is null)
        {
            return false;
        }

        var prefix = AddressPrefix.Parse(text);
        switch (prefix.Kind)
        {
            case AddressPrefixKind.Ipv4 when prefix.Addresses is { } addresses:
                match = AddressMatch.Exactly(addresses);
                return true;
            case AddressPrefixKind.Any when text.Trim() == "0.0.0.0/0":
                match = AnyMatch;
                return true;
            case AddressPrefixKind.Ipv6:
                return true;
            default:
                return false;
        }
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>LBNSG104: a rule sets both the singular and the plural form of an address or port field.</summary>
internal static class SingularAndPluralRule
{
    public const string Id = "LBNSG104";
    public const string SingularProperty = "Singular";
    public const string PluralProperty = "Plural";
    public const string MergeableProperty = "Mergeable";

    public static IEnumerable<Finding> Analyze(NetworkAnalysis analysis)
    {
        List<Finding>? findings = null;
        foreach (var rule in SecurityRuleValues.AllRules(analysis.Topology))
        {
            if (!SecurityRuleValues.CreatedInAnalysedBody(rule.Origin))
            {
                continue;
            }

            for (int field = 0; field < 4; field++)
            {
                var (singularName, pluralName, singular, plural, isAddress) = Pair(rule, field);
                // A singular Unknown (a parameter) is still set; the plural list must be known to be non-empty.
                bool singularSet = !singular.TryGet(out var one) || one is not null;
                if (!singularSet || !plural.TryGet(out var many) || many.IsEmpty)
                {
                    continue;
                }

                // Merging a service tag or '*' into a plural address list would itself be invalid (LBNSG103).
                // Nor '*' into a plural port list: the documentation does not say ARM accepts it there.
                bool mergeable = one is not null && (isAddress ? AddressPrefix.Parse(one).Kind is AddressPrefixKind.Ipv4 or AddressPrefixKind.Ipv6 : one.Trim() != "*");
                (findings ??= new List<Finding>()).Add(new Finding(
                    Id,
                    rule.Origin,
                    ImmutableArray<Origin>.Empty,
                    ImmutableArray.Create(rule.DisplayName, singularName, one ?? "(a value known at deployment)", pluralName, string.Join(", ", many)),
                    ImmutableDictionary<string, string?>.Empty.Add(SingularProperty, singularName).Add(PluralProperty, pluralName).Add(MergeableProperty, mergeable ? "true" : "false")));
            }
        }

        return Finding.All(findings);
    }

    // The four singular/plural pairs by index (not an iterator: this runs for every rule of every analysed body).
    private static (string, string, Known<string?>, Known<ImmutableArray<string>>, bool) Pair(SecurityRuleModel rule, int field) => field switch
    {
        0 => ("SourceAddressPrefix", "SourceAddressPrefixes", rule.Source.Singular, rule.Source.Plural, true),
        1 => ("DestinationAddressPrefix", "DestinationAddressPrefixes", rule.Destination.Singular, rule.Destination.Plural, true),
        2 => ("SourcePortRange", "SourcePortRanges", rule.SourcePorts.Singular, rule.SourcePorts.Plural, false),
        _ => ("DestinationPortRange", "DestinationPortRanges", rule.DestinationPorts.Singular, rule.DestinationPorts.Plural, false),
    };
}

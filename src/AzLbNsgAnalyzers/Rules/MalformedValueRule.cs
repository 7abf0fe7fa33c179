using System.Collections.Generic;
using System.Collections.Immutable;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>
/// LBNSG103: an address prefix, service tag or port range Azure rejects at deployment. Well-formed
/// service tags the analysis cannot prove wrong (Storage.WestEurope, ...) and IPv6 prefixes are accepted.
/// </summary>
internal static class MalformedValueRule
{
    public const string Id = "LBNSG103";

    private static readonly string[] WellKnownTags = { AddressPrefix.AzureLoadBalancerTag, AddressPrefix.VirtualNetworkTag, AddressPrefix.InternetTag };

    public static IEnumerable<Finding> Analyze(NetworkAnalysis analysis)
    {
        foreach (var rule in SecurityRuleValues.AllRules(analysis.Topology))
        {
            if (!SecurityRuleValues.ReportedInThisBody(rule))
            {
                continue;
            }

            // Most rules are well formed: no list, no iterator, until a problem turns up.
            List<string>? problems = null;
            CheckAddresses("SourceAddressPrefix", "SourceAddressPrefixes", rule.Source, ref problems);
            CheckAddresses("DestinationAddressPrefix", "DestinationAddressPrefixes", rule.Destination, ref problems);
            CheckPorts("SourcePortRange", "SourcePortRanges", rule.SourcePorts, ref problems);
            CheckPorts("DestinationPortRange", "DestinationPortRanges", rule.DestinationPorts, ref problems);
            if (problems is not null)
            {
                yield return new Finding(Id, rule.Origin, ImmutableArray<Origin>.Empty, ImmutableArray.Create(rule.DisplayName, string.Join("; ", problems)));
            }
        }
    }

    private static void CheckAddresses(string singularName, string pluralName, AddressField field, ref List<string>? problems)
    {
        if (field.Singular.TryGet(out var singular) && singular is not null)
        {
            Add(ref problems, AddressProblem(singularName, plural: false, singular));
        }

        if (field.Plural.TryGet(out var values) && !values.IsDefault)
        {
            foreach (var value in values)
            {
                Add(ref problems, AddressProblem(pluralName, plural: true, value));
            }
        }
    }

    private static void CheckPorts(string singularName, string pluralName, PortField field, ref List<string>? problems)
    {
        if (field.Singular.TryGet(out var singular) && singular is not null)
        {
            Add(ref problems, PortProblem(singularName, singular));
        }

        if (field.Plural.TryGet(out var values) && !values.IsDefault)
        {
            foreach (var value in values)
            {
                Add(ref problems, PortProblem(pluralName, value));
            }
        }
    }

    private static void Add(ref List<string>? problems, string? problem)
    {
        if (problem is not null)
        {
            (problems ??= new List<string>()).Add(problem);
        }
    }

    private static string? PortProblem(string field, string value) =>
        PortRange.TryParse(value, out _, out var error)
            ? null
            : field + " '" + value + "' is " + error + " (SecurityRuleInvalidPortRange: Azure accepts '*', a port 0-65535 or a range 'low-high')";

    private static string? AddressProblem(string field, bool plural, string value)
    {
        var prefix = AddressPrefix.Parse(value);
        switch (prefix.Kind)
        {
            case AddressPrefixKind.Invalid:
                return field + " '" + value + "' is " + prefix.Error + " (SecurityRuleInvalidAddressPrefix: Azure accepts an IPv4 or IPv6 address or CIDR, '*' or a service tag" + (plural ? string.Empty : "; several prefixes go in the plural list") + ")";
            case AddressPrefixKind.Any when plural && value.Trim() != "0.0.0.0/0":
            case AddressPrefixKind.ServiceTag when plural:
                return field + " contains '" + value + "', but service tags and '*' are not allowed in the plural list (SecurityRuleParameterContainsUnsupportedValue: use the singular field for a tag, one tag per rule)";
            case AddressPrefixKind.ServiceTag when NearMiss(prefix.Tag!) is { } meant:
                return field + " '" + value + "' is not a service tag; did you mean '" + meant + "'? (Azure rejects unknown service tags as an invalid address prefix)";
            default:
                return null;
        }
    }

    private static string? NearMiss(string tag)
    {
        foreach (var known in WellKnownTags)
        {
            if (string.Equals(tag, known, System.StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        foreach (var known in WellKnownTags)
        {
            if (SecurityRuleValues.EditDistance(tag, known, 2) <= 2)
            {
                return known;
            }
        }

        return null;
    }
}

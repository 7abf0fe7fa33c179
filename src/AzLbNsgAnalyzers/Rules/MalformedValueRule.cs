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
        List<Finding>? findings = null;
        foreach (var rule in SecurityRuleValues.AllRules(analysis.Topology))
        {
            if (!SecurityRuleValues.ReportedInThisBody(rule))
            {
                continue;
            }

            // Most rules are well formed: no list, no iterator, until a problem turns up.
            List<string>? problems = null;
            Add(ref problems, NameProblem(rule));
            CheckAddresses("SourceAddressPrefix", "SourceAddressPrefixes", rule.Source, ref problems);
            CheckAddresses("DestinationAddressPrefix", "DestinationAddressPrefixes", rule.Destination, ref problems);
            CheckPorts("SourcePortRange", "SourcePortRanges", rule.SourcePorts, ref problems);
            CheckPorts("DestinationPortRange", "DestinationPortRanges", rule.DestinationPorts, ref problems);
            if (problems is not null)
            {
                (findings ??= new List<Finding>()).Add(new Finding(Id, rule.Origin, ImmutableArray<Origin>.Empty, ImmutableArray.Create(rule.DisplayName, string.Join("; ", problems))));
            }
        }

        return Finding.All(findings);
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

    // Azure: up to 80 characters, word characters, '.', '-' and '_', starting with a word character and ending with one
    // or '_'. Aspire's automatic names break it as soon as a prefix is given (allow-inbound-443-10.0.0.0/8).
    private static string? NameProblem(SecurityRuleModel rule)
    {
        if (!rule.Name.TryGet(out var name) || name is null)
        {
            return null;
        }

        const int MaxLength = 80;
        string? problem = null;
        foreach (char c in name)
        {
            if (!IsWordCharacter(c) && c != '.' && c != '-')
            {
                problem = "contains '" + c + "'";
                break;
            }
        }

        if (problem is null && name.Length > MaxLength)
        {
            problem = "is " + name.Length + " characters long";
        }
        else if (problem is null && name.Length > 0 && !IsWordCharacter(name[0]))
        {
            problem = "starts with '" + name[0] + "'";
        }
        else if (problem is null && name.Length > 0 && !IsWordCharacter(name[name.Length - 1]))
        {
            problem = "ends with '" + name[name.Length - 1] + "'";
        }
        else if (problem is null && name.Length == 0)
        {
            problem = "is empty";
        }

        return problem is null ? null
            : "Name '" + name + "' " + problem + " (InvalidResourceName: Azure accepts up to 80 letters, digits, '_', '.' and '-', starting with a letter, digit or '_' and ending with a letter, digit or '_'"
              + (rule.SyntaxKind == RuleSyntaxKind.AspireShorthand ? "; Aspire made this name from the call's arguments: give the call a name: argument" : string.Empty) + ")";
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

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

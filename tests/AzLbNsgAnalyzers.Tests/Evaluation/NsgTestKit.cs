using System.Collections.Immutable;
using System.Linq;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Tests.Evaluation;

/// <summary>Builders for rules, NSGs and flows in evaluation tests.</summary>
internal static class NsgTestKit
{
    /// <summary>"?" is an Unknown value; "[a,b]" a plural list; "-" leaves the field unset; else the singular value.</summary>
    public static AddressField Address(string text)
    {
        if (text == "?")
        {
            return new AddressField(Known<string?>.Unknown, Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty), false);
        }

        if (text == "-")
        {
            return AddressField.Unset;
        }

        if (text.StartsWith("[", System.StringComparison.Ordinal))
        {
            return new AddressField(Known<string?>.Of(null), Known<ImmutableArray<string>>.Of(List(text)), false);
        }

        return new AddressField(Known<string?>.Of(text), Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty), false);
    }

    public static PortField Ports(string text)
    {
        if (text == "?")
        {
            return new PortField(Known<string?>.Unknown, Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty));
        }

        if (text == "-")
        {
            return PortField.Unset;
        }

        if (text.StartsWith("[", System.StringComparison.Ordinal))
        {
            return new PortField(Known<string?>.Of(null), Known<ImmutableArray<string>>.Of(List(text)));
        }

        return new PortField(Known<string?>.Of(text), Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty));
    }

    public static SecurityRuleModel Rule(
        string name,
        Known<int> priority,
        Known<RuleAccess> access,
        string source,
        string destination,
        string destinationPorts,
        Known<RuleProtocol>? protocol = null,
        Known<RuleDirection>? direction = null,
        string sourcePorts = "*") =>
        Rule(name, priority, access, Address(source), destination, destinationPorts, protocol, direction, sourcePorts);

    public static SecurityRuleModel Rule(
        string name,
        Known<int> priority,
        Known<RuleAccess> access,
        AddressField source,
        string destination,
        string destinationPorts,
        Known<RuleProtocol>? protocol = null,
        Known<RuleDirection>? direction = null,
        string sourcePorts = "*") =>
        new(
            name,
            Origin.None,
            priority,
            direction ?? RuleDirection.Inbound,
            access,
            protocol ?? RuleProtocol.Any,
            source,
            Ports(sourcePorts),
            Address(destination),
            Ports(destinationPorts));

    public static NetworkSecurityGroupModel Nsg(string name, params SecurityRuleModel[] rules)
    {
        var nsg = new NetworkSecurityGroupModel(name, Origin.None);
        foreach (var rule in rules)
        {
            nsg.Rules.Add(rule);
            rule.NetworkSecurityGroup = nsg;
        }

        return nsg;
    }

    public static NsgPath Path(NetworkSecurityGroupModel? subnetNsg, NetworkSecurityGroupModel? nicNsg = null) =>
        new(Known<NetworkSecurityGroupModel?>.Of(subnetNsg), Known<NetworkSecurityGroupModel?>.Of(nicNsg));

    public static uint Ip(string text) => Ipv4.Parse(text);

    public static IntervalSet Set(string cidr) => Ipv4.Cidr(cidr);

    public static Flow Tcp(string destination, int port) => new(FlowProtocol.Tcp, Ip(destination), port);

    private static ImmutableArray<string> List(string text) =>
        text.Substring(1, text.Length - 2).Split(',').Select(s => s.Trim()).ToImmutableArray();
}

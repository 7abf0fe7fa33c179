using System.Threading.Tasks;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Rules.ValidationSources;
using Verify = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG103>;

namespace AzLbNsgAnalyzers.Tests.Rules;

public class LBNSG103Tests
{
    [Theory]
    [InlineData("SourceAddressPrefix = \"10.0.0.256\"", "SourceAddressPrefix '10.0.0.256' is not a valid IPv4 address or CIDR (four octets 0-255, prefix length 0-32) (SecurityRuleInvalidAddressPrefix: Azure accepts an IPv4 or IPv6 address or CIDR, '*' or a service tag; several prefixes go in the plural list)")]
    [InlineData("SourceAddressPrefix = \"10.0.0.0/33\"", "SourceAddressPrefix '10.0.0.0/33' is not a valid IPv4 address or CIDR (four octets 0-255, prefix length 0-32) (SecurityRuleInvalidAddressPrefix: Azure accepts an IPv4 or IPv6 address or CIDR, '*' or a service tag; several prefixes go in the plural list)")]
    [InlineData("SourceAddressPrefix = \"10.0.1.0/24,10.0.2.0/24\"", "SourceAddressPrefix '10.0.1.0/24,10.0.2.0/24' is a comma-separated list in a single prefix (SecurityRuleInvalidAddressPrefix: Azure accepts an IPv4 or IPv6 address or CIDR, '*' or a service tag; several prefixes go in the plural list)")]
    [InlineData("SourceAddressPrefix = \"\"", "SourceAddressPrefix '' is an empty address prefix (SecurityRuleInvalidAddressPrefix: Azure accepts an IPv4 or IPv6 address or CIDR, '*' or a service tag; several prefixes go in the plural list)")]
    [InlineData("SourceAddressPrefix = \"Internett\"", "SourceAddressPrefix 'Internett' is not a service tag; did you mean 'Internet'? (Azure rejects unknown service tags as an invalid address prefix)")]
    [InlineData("SourceAddressPrefix = \"azureloadbalancers\"", "SourceAddressPrefix 'azureloadbalancers' is not a service tag; did you mean 'AzureLoadBalancer'? (Azure rejects unknown service tags as an invalid address prefix)")]
    [InlineData("SourceAddressPrefix = \"VirtualNetwrok\"", "SourceAddressPrefix 'VirtualNetwrok' is not a service tag; did you mean 'VirtualNetwork'? (Azure rejects unknown service tags as an invalid address prefix)")]
    [InlineData("SourceAddressPrefixes = { \"10.0.1.0/24\", \"VirtualNetwork\" }", "SourceAddressPrefixes contains 'VirtualNetwork', but service tags and '*' are not allowed in the plural list (SecurityRuleParameterContainsUnsupportedValue: use the singular field for a tag, one tag per rule)")]
    [InlineData("SourceAddressPrefixes = [\"*\"]", "SourceAddressPrefixes contains '*', but service tags and '*' are not allowed in the plural list (SecurityRuleParameterContainsUnsupportedValue: use the singular field for a tag, one tag per rule)")]
    [InlineData("DestinationPortRange = \"65536\"", "DestinationPortRange '65536' is port 65536 is outside 0-65535 (SecurityRuleInvalidPortRange: Azure accepts '*', a port 0-65535 or a range 'low-high')")]
    [InlineData("DestinationPortRange = \"443-80\"", "DestinationPortRange '443-80' is a reversed range (the first port is larger than the last) (SecurityRuleInvalidPortRange: Azure accepts '*', a port 0-65535 or a range 'low-high')")]
    [InlineData("DestinationPortRange = \"80,443\"", "DestinationPortRange '80,443' is a comma-separated list in a single port range (SecurityRuleInvalidPortRange: Azure accepts '*', a port 0-65535 or a range 'low-high')")]
    [InlineData("DestinationPortRange = \"\"", "DestinationPortRange '' is an empty port range (SecurityRuleInvalidPortRange: Azure accepts '*', a port 0-65535 or a range 'low-high')")]
    public Task Malformed_values_report(string members, string problem) =>
        Verify.VerifyAnalyzerAsync(
            InlineNsg(Rule("r", "bad", 200, members, markup: "#0")),
            Verify.Diagnostic("LBNSG103").WithLocation(0).WithArguments("bad", problem));

    [Theory]
    [InlineData("allow/https", "contains '/'")]
    [InlineData("allow https", "contains ' '")]
    [InlineData("-allow", "starts with '-'")]
    [InlineData("allow.", "ends with '.'")]
    [InlineData("a123456789a123456789a123456789a123456789a123456789a123456789a123456789a123456789x", "is 81 characters long")]
    public Task Malformed_names_report(string name, string problem) =>
        Verify.VerifyAnalyzerAsync(
            InlineNsg(Rule("r", name, 200, markup: "#0")),
            Verify.Diagnostic("LBNSG103").WithLocation(0).WithArguments(name, "Name '" + name + "' " + problem + " (InvalidResourceName: Azure accepts up to 80 letters, digits, '_', '.' and '-', starting with a letter, digit or '_' and ending with a letter, digit or '_')"));

    [Theory]
    [InlineData("allow-https_1.v2")]
    [InlineData("_internal_")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public Task Valid_names_are_silent(string name) =>
        Verify.VerifyAnalyzerAsync(InlineNsg(Rule("r", name, 200)));

    [Fact]
    public Task Several_problems_of_one_rule_are_one_diagnostic() =>
        Verify.VerifyAnalyzerAsync(
            ParentLinkedNsg([Rule("r", "bad", 200, "SourceAddressPrefix = \"Internett\", DestinationPortRange = \"0-70000\"", markup: "#0")]),
            Verify.Diagnostic("LBNSG103").WithLocation(0).WithArguments("bad", "SourceAddressPrefix 'Internett' is not a service tag; did you mean 'Internet'? (Azure rejects unknown service tags as an invalid address prefix); DestinationPortRange '0-70000' is port 70000 is outside 0-65535 (SecurityRuleInvalidPortRange: Azure accepts '*', a port 0-65535 or a range 'low-high')"));

    [Theory]
    [InlineData("SourceAddressPrefix = \"*\"")]
    [InlineData("SourceAddressPrefix = \"Any\"")]
    [InlineData("SourceAddressPrefix = \"0.0.0.0/0\"")]
    [InlineData("SourceAddressPrefix = \"azureloadbalancer\"")]
    [InlineData("SourceAddressPrefix = \"INTERNET\"")]
    [InlineData("SourceAddressPrefix = \"VirtualNetwork\"")]
    [InlineData("SourceAddressPrefix = \"Storage.WestEurope\"")]
    [InlineData("SourceAddressPrefix = \"AzureCloud\"")]
    [InlineData("SourceAddressPrefix = \"2001:db8::/32\"")]
    [InlineData("SourceAddressPrefix = \"192.168.8.4\"")]
    [InlineData("SourceAddressPrefixes = { \"10.0.1.0/24\", \"10.0.3.4\", \"2001:db8::1\" }")]
    [InlineData("SourceAddressPrefixes = { \"0.0.0.0/0\" }")]
    [InlineData("DestinationPortRanges = { \"80\", \"443\", \"8000-8080\" }")]
    [InlineData("DestinationPortRange = \"0-65535\"")]
    [InlineData("DestinationPortRange = \"*\"")]
    public Task Valid_values_are_silent(string members) =>
        Verify.VerifyAnalyzerAsync(InlineNsg(Rule("r", "good", 200, members)));

    [Fact]
    public Task Values_from_parameters_and_expressions_are_silent() =>
        Verify.VerifyAnalyzerAsync(InlineNsg(Rule("r", "good", 200, "SourceAddressPrefix = prefix, DestinationPortRange = BicepFunction.Interpolate($\"{prefix}\")"), parameters: "string prefix"));
}

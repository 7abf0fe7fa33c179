using System.Threading.Tasks;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Rules.ValidationSources;
using Verify = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG106>;

namespace AzLbNsgAnalyzers.Tests.Rules;

public class LBNSG106Tests
{
    [Fact]
    public Task Rule_after_a_deny_all_reports() =>
        Verify.VerifyAnalyzerAsync(
            InlineNsg(Rule("deny", "deny-all", 1000, "SourceAddressPrefix = \"*\", DestinationPortRange = \"*\"", access: "Deny", markup: "#1").Replace("SecurityRuleProtocol.Tcp", "SecurityRuleProtocol.Asterisk") + ", " + Rule("late", "allow-https", 2000, markup: "#0")),
            Verify.Diagnostic("LBNSG106").WithLocation(0).WithLocation(1).WithArguments("allow-https", "2000", "nsg-app", "'deny-all' (1000)"));

    [Fact]
    public Task Rule_covered_by_two_earlier_rules_reports_both() =>
        Verify.VerifyAnalyzerAsync(
            ParentLinkedNsg([
                Rule("a", "allow-web-a", 100, "SourceAddressPrefix = \"10.0.1.0/25\", DestinationPortRange = \"80-443\"", markup: "#1"),
                Rule("b", "deny-web-b", 110, "SourceAddressPrefix = \"10.0.1.128/25\", DestinationPortRange = \"*\"", access: "Deny", markup: "#2"),
                Rule("c", "allow-https", 120, markup: "#0"),
            ]),
            Verify.Diagnostic("LBNSG106").WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("allow-https", "120", "nsg-app", "'allow-web-a' (100) and 'deny-web-b' (110)"));

    [Fact]
    public Task Partly_covered_rule_is_silent() =>
        Verify.VerifyAnalyzerAsync(InlineNsg(Rule("a", "allow-web-a", 100, "SourceAddressPrefix = \"10.0.1.0/25\"") + ", " + Rule("c", "allow-https", 120)));

    [Fact]
    public Task Other_direction_does_not_shadow() =>
        Verify.VerifyAnalyzerAsync(InlineNsg(Rule("a", "deny-out", 100, "SourceAddressPrefix = \"*\", DestinationPortRange = \"*\"", access: "Deny", direction: "Outbound") + ", " + Rule("c", "allow-https", 120)));

    [Fact]
    public Task Other_protocol_does_not_shadow() =>
        Verify.VerifyAnalyzerAsync(InlineNsg(Rule("a", "deny-udp", 100, "SourceAddressPrefix = \"*\", DestinationPortRange = \"*\"", access: "Deny").Replace("SecurityRuleProtocol.Tcp", "SecurityRuleProtocol.Udp") + ", " + Rule("c", "allow-https", 120)));

    [Fact]
    public Task Earlier_rule_with_a_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(InlineNsg(Rule("a", "deny-some", 100, "SourceAddressPrefix = prefix, DestinationPortRange = \"*\"", access: "Deny") + ", " + Rule("c", "allow-https", 120), parameters: "string prefix"));

    [Fact]
    public Task Typical_allow_then_deny_all_is_silent() =>
        Verify.VerifyAnalyzerAsync(InlineNsg(Rule("a", "allow-https", 100) + ", " + Rule("b", "allow-lb", 110, "SourceAddressPrefix = \"AzureLoadBalancer\"") + ", " + Rule("deny", "deny-all", 4000, "SourceAddressPrefix = \"*\", DestinationPortRange = \"*\"", access: "Deny").Replace("SecurityRuleProtocol.Tcp", "SecurityRuleProtocol.Asterisk")));
}

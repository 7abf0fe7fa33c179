using System.Threading.Tasks;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Rules.ValidationSources;
using Verify = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG102>;

namespace AzLbNsgAnalyzers.Tests.Rules;

public class LBNSG102Tests
{
    [Fact]
    public Task Same_priority_and_direction_reports_at_the_later_rule() =>
        Verify.VerifyAnalyzerAsync(
            InlineNsg(Rule("a", "allow-https", 200, markup: "#1") + ", " + Rule("b", "allow-ssh", 200, "DestinationPortRange = \"22\"", markup: "#0")),
            Verify.Diagnostic("LBNSG102").WithLocation(0).WithLocation(1).WithArguments("allow-ssh", "200", "allow-https", "inbound", "nsg-app"));

    [Fact]
    public Task Inline_and_parent_linked_rules_together_report() =>
        Verify.VerifyAnalyzerAsync(
            InlineNsg(Rule("a", "allow-https", 300, markup: "#1"), extra: "infra.Add(" + Rule("b", "deny-all", 300, access: "Deny", markup: "#0").Replace("{ Name =", "{ Parent = nsg, Name =") + ");"),
            Verify.Diagnostic("LBNSG102").WithLocation(0).WithLocation(1).WithArguments("deny-all", "300", "allow-https", "inbound", "nsg-app"));

    [Fact]
    public Task Three_rules_with_one_priority_report_twice() =>
        Verify.VerifyAnalyzerAsync(
            ParentLinkedNsg([Rule("a", "one", 500, direction: "Outbound", markup: "#2"), Rule("b", "two", 500, direction: "Outbound", markup: "#0"), Rule("c", "three", 500, direction: "Outbound", markup: "#1")]),
            Verify.Diagnostic("LBNSG102").WithLocation(0).WithLocation(2).WithArguments("two", "500", "one", "outbound", "nsg-app"),
            Verify.Diagnostic("LBNSG102").WithLocation(1).WithLocation(2).WithArguments("three", "500", "one", "outbound", "nsg-app"));

    [Fact]
    public Task Same_priority_in_opposite_directions_is_silent() =>
        Verify.VerifyAnalyzerAsync(InlineNsg(Rule("a", "in-https", 200) + ", " + Rule("b", "out-https", 200, direction: "Outbound")));

    [Fact]
    public Task Same_priority_in_different_nsgs_is_silent() =>
        Verify.VerifyAnalyzerAsync(InlineNsg(Rule("a", "allow-https", 200), extra: "var other = new NetworkSecurityGroup(\"other\") { SecurityRules = [" + Rule("b", "allow-https", 200) + "] }; infra.Add(other);"));

    [Fact]
    public Task Unknown_priority_is_silent() =>
        Verify.VerifyAnalyzerAsync(InlineNsg(Rule("a", "allow-https", 200) + ", " + Rule("b", "allow-ssh", 200).Replace("Priority = 200", "Priority = priority"), parameters: "int priority"));

    [Fact]
    public Task Distinct_priorities_are_silent() =>
        Verify.VerifyAnalyzerAsync(ParentLinkedNsg([Rule("a", "allow-https", 100), Rule("b", "allow-ssh", 110), Rule("c", "deny-all", 4096, access: "Deny")]));
}

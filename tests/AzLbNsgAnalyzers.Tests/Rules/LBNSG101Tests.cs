using System.Threading.Tasks;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Rules.ValidationSources;
using Verify = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG101>;

namespace AzLbNsgAnalyzers.Tests.Rules;

public class LBNSG101Tests
{
    [Theory]
    [InlineData(99)]
    [InlineData(4097)]
    [InlineData(65000)]
    [InlineData(0)]
    [InlineData(-5)]
    public Task Priority_outside_100_to_4096_reports(int priority) =>
        Verify.VerifyAnalyzerAsync(
            InlineNsg(Rule("r", "allow-https", priority, markup: "#0")),
            Verify.Diagnostic("LBNSG101").WithLocation(0).WithArguments("allow-https", priority.ToString(), "nsg-app"));

    [Fact]
    public Task Parent_linked_rule_with_a_computed_priority_reports() =>
        Verify.VerifyAnalyzerAsync(
            ParentLinkedNsg([Rule("r", "allow-https", 100, markup: "#0").Replace("Priority = 100", "Priority = 4000 + 200")]),
            Verify.Diagnostic("LBNSG101").WithLocation(0).WithArguments("allow-https", "4200", "nsg-app"));

    [Theory]
    [InlineData(100)]
    [InlineData(4096)]
    [InlineData(2048)]
    public Task Priorities_in_range_are_silent(int priority) =>
        Verify.VerifyAnalyzerAsync(InlineNsg(Rule("r", "allow-https", priority)));

    [Fact]
    public Task Parameter_priority_is_silent() =>
        Verify.VerifyAnalyzerAsync(InlineNsg(Rule("r", "allow-https", 100).Replace("Priority = 100", "Priority = priority"), parameters: "int priority"));

    [Fact]
    public Task Provisioning_parameter_priority_is_silent() =>
        Verify.VerifyAnalyzerAsync(InlineNsg(Rule("r", "allow-https", 100).Replace("Priority = 100", "Priority = new ProvisioningParameter(\"p\", typeof(int))")));
}

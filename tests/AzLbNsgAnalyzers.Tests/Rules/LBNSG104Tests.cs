using System.Threading.Tasks;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Rules.ValidationSources;
using Verify = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG104>;

namespace AzLbNsgAnalyzers.Tests.Rules;

public class LBNSG104Tests
{
    [Fact]
    public Task Source_prefix_and_prefixes_report() =>
        Verify.VerifyAnalyzerAsync(
            InlineNsg(Rule("r", "both", 200, "SourceAddressPrefix = \"10.0.1.0/24\", SourceAddressPrefixes = { \"10.0.3.0/24\" }", markup: "#0")),
            Verify.Diagnostic("LBNSG104").WithLocation(0).WithArguments("both", "SourceAddressPrefix", "10.0.1.0/24", "SourceAddressPrefixes", "10.0.3.0/24"));

    [Fact]
    public Task Destination_port_and_ports_set_after_construction_report() =>
        Verify.VerifyAnalyzerAsync(
            SeedLabSources_ParentLinked("rule.DestinationPortRanges.Add(\"8443\");"),
            Verify.Diagnostic("LBNSG104").WithLocation(0).WithArguments("both", "DestinationPortRange", "443", "DestinationPortRanges", "8443"));

    [Fact]
    public Task Parameter_in_the_singular_with_a_plural_list_reports() =>
        Verify.VerifyAnalyzerAsync(
            InlineNsg(Rule("r", "both", 200, "SourceAddressPrefix = prefix, SourceAddressPrefixes = { \"10.0.3.0/24\" }", markup: "#0"), parameters: "string prefix"),
            Verify.Diagnostic("LBNSG104").WithLocation(0).WithArguments("both", "SourceAddressPrefix", "(a value known at deployment)", "SourceAddressPrefixes", "10.0.3.0/24"));

    [Fact]
    public Task Plural_only_is_silent() =>
        Verify.VerifyAnalyzerAsync(InlineNsg(Rule("r", "plural", 200, "SourceAddressPrefixes = { \"10.0.1.0/24\", \"10.0.3.0/24\" }, DestinationPortRanges = { \"80\", \"443\" }").Replace("SourceAddressPrefix = \"10.0.1.0/24\", ", string.Empty)));

    [Fact]
    public Task Singular_only_is_silent() =>
        Verify.VerifyAnalyzerAsync(InlineNsg(Rule("r", "singular", 200)));

    [Fact]
    public Task Plural_from_a_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(InlineNsg(Rule("r", "both", 200, "SourceAddressPrefixes = prefixes"), parameters: "ProvisioningParameter prefixes"));

    private static string SeedLabSources_ParentLinked(string after) => AzLbNsgAnalyzers.Tests.Extraction.SeedLabSources.Usings + $$"""
        public static class Network
        {
            public static Infrastructure Build()
            {
                var infra = new Infrastructure();
                var nsg = new NetworkSecurityGroup("appNsg") { Name = "nsg-app" };
                var rule = {|#0:new SecurityRule("r")|} { Parent = nsg, Name = "both", Priority = 200, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "*", SourcePortRange = "*", DestinationAddressPrefix = "*" };
                rule.DestinationPortRange = "443";
                {{after}}
                infra.Add(nsg);
                infra.Add(rule);
                return infra;
            }
        }
        """;
}

using System.Threading;
using System.Threading.Tasks;
using Xunit;
using CodeFix = AzLbNsgAnalyzers.Tests.Verifiers.CodeFixVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG101, AzLbNsgAnalyzers.CodeFixes.UsePriorityCodeFixProvider>;
using Verify = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG004>;

namespace AzLbNsgAnalyzers.Tests.Facade;

/// <summary>
/// The verifiers' opt-in for Aspire AppHost code (Aspire references, top-level statements). The source is a correct
/// web tier (clients from the VNet on 443, the probe source allowed, deny-all last), so no analyzer may report on it.
/// </summary>
public class AspireVerifierOptionTests
{
    private const string Usings = """
        using Aspire.Hosting;
        using Aspire.Hosting.Azure;
        using Azure.Provisioning.Network;

        """;

    private const string WebTier = """
        var builder = DistributedApplication.CreateBuilder(args);
        var vnet = builder.AddAzureVirtualNetwork("vnet", "10.20.0.0/16");
        var nsg = builder.AddNetworkSecurityGroup("web-nsg")
            .WithSecurityRule(new AzureSecurityRule
            {
                Name = "allow-https-from-vnet",
                Priority = 100,
                Direction = SecurityRuleDirection.Inbound,
                Access = SecurityRuleAccess.Allow,
                Protocol = SecurityRuleProtocol.Tcp,
                SourceAddressPrefix = AzureServiceTags.VirtualNetwork,
                DestinationPortRange = "443",
            })
            .WithSecurityRule(new AzureSecurityRule
            {
                Name = "allow-azure-load-balancer",
                Priority = 110,
                Direction = SecurityRuleDirection.Inbound,
                Access = SecurityRuleAccess.Allow,
                Protocol = SecurityRuleProtocol.Asterisk,
                SourceAddressPrefix = AzureServiceTags.AzureLoadBalancer,
                DestinationPortRange = "*",
            })
            .WithSecurityRule(new AzureSecurityRule
            {
                Name = "deny-all-inbound",
                Priority = 4096,
                Direction = SecurityRuleDirection.Inbound,
                Access = SecurityRuleAccess.Deny,
                Protocol = SecurityRuleProtocol.Asterisk,
                DestinationPortRange = "*",
            });
        vnet.AddSubnet("web-a", "10.20.1.0/24").WithNetworkSecurityGroup(nsg);
        vnet.AddSubnet("web-b", "10.20.2.0/24").WithNetworkSecurityGroup(nsg);
        builder.Build().Run();
        """;

    private static string InMethod(string body) => Usings + $$"""
        public static class AppHost
        {
            public static void Main(string[] args)
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public Task Analyzer_verifier_compiles_top_level_app_host_code() =>
        Verify.VerifyAspireAnalyzerAsync(Usings + WebTier, topLevel: true);

    [Fact]
    public Task Analyzer_verifier_compiles_app_host_code_in_a_method() =>
        Verify.VerifyAspireAnalyzerAsync(InMethod(WebTier), topLevel: false);

    [Fact]
    public Task Analyzer_verifier_test_takes_the_options_as_init_properties() =>
        new Verify.Test { TestCode = Usings + WebTier, Aspire = true, TopLevel = true }.RunAsync(CancellationToken.None);

    [Fact]
    public Task Code_fix_verifier_compiles_top_level_app_host_code() =>
        new CodeFix.Test { TestCode = Usings + WebTier, FixedCode = Usings + WebTier, Aspire = true, TopLevel = true }.RunAsync(CancellationToken.None);

    [Fact]
    public Task Without_the_option_the_aspire_references_are_absent() =>
        new Verify.Test { TestCode = "var builder = {|CS0103:DistributedApplication|}.CreateBuilder(args);", TopLevel = true }.RunAsync(CancellationToken.None);
}

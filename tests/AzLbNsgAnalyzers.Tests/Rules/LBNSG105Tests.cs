using System.Threading.Tasks;
using AzLbNsgAnalyzers.Tests.Extraction;
using Xunit;
using Verify = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG105>;

namespace AzLbNsgAnalyzers.Tests.Rules;

public class LBNSG105Tests
{
    private static string Source(string body, string parameters = "") => SeedLabSources.Usings + $$"""
        public static class Network
        {
            public static Infrastructure Build({{parameters}})
            {
                var infra = new Infrastructure();
                {{body}}
                return infra;
            }
        }
        """;

    [Fact]
    public Task Basic_load_balancer_reports() =>
        Verify.VerifyAnalyzerAsync(
            Source("var lb = {|#0:new LoadBalancer(\"lb\")|} { Name = \"lb-old\", Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Basic } }; infra.Add(lb);"),
            Verify.Diagnostic("LBNSG105").WithLocation(0).WithArguments("Load balancer", "lb-old"));

    [Fact]
    public Task Basic_public_ip_set_after_construction_reports() =>
        Verify.VerifyAnalyzerAsync(
            Source("var pip = {|#0:new PublicIPAddress(\"pip\")|}; pip.Sku = new PublicIPAddressSku(); pip.Sku.Name = PublicIPAddressSkuName.Basic; infra.Add(pip);"),
            Verify.Diagnostic("LBNSG105").WithLocation(0).WithArguments("Public IP address", "pip"));

    [Fact]
    public Task Standard_skus_are_silent() =>
        Verify.VerifyAnalyzerAsync(Source("""
            var pip = new PublicIPAddress("pip") { Sku = new PublicIPAddressSku { Name = PublicIPAddressSkuName.Standard }, PublicIPAllocationMethod = NetworkIPAllocationMethod.Static };
            var lb = new LoadBalancer("lb") { Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard } };
            infra.Add(pip);
            infra.Add(lb);
            """));

    [Fact]
    public Task Unset_sku_is_silent() =>
        Verify.VerifyAnalyzerAsync(Source("infra.Add(new LoadBalancer(\"lb\")); infra.Add(new PublicIPAddress(\"pip\"));"));

    [Fact]
    public Task Sku_from_a_parameter_is_silent() =>
        Verify.VerifyAnalyzerAsync(Source("infra.Add(new LoadBalancer(\"lb\") { Sku = new LoadBalancerSku { Name = sku } });", "LoadBalancerSkuName sku"));
}

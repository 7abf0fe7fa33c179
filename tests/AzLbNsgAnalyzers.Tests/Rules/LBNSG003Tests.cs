using System.Threading.Tasks;
using AzLbNsgAnalyzers.Tests.Extraction;
using Xunit;
using Verify = AzLbNsgAnalyzers.Tests.Verifiers.AnalyzerVerifier<AzLbNsgAnalyzers.Tests.Verifiers.LBNSG003>;

namespace AzLbNsgAnalyzers.Tests.Rules;

public class LBNSG003Tests
{
    /// <summary>The seed lab with the web-subnet NSG's rules given as C# collection elements (markup allowed).</summary>
    internal static string Lab(string webRules, string parameters = "", string probePort = "5000", string extra = "") => SeedLabSources.Usings + $$"""
        public static class Lab
        {
            public static Infrastructure Build({{parameters}})
            {
                var infra = new Infrastructure();
                var webNsg = new NetworkSecurityGroup("webNsg") { Name = "nsg-web", SecurityRules = [{{webRules}}] };
                var client = new SubnetResource("client") { Name = "client", AddressPrefix = "192.168.8.0/27" };
                var lbSubnet = new SubnetResource("lbSubnet") { Name = "lb", AddressPrefix = "192.168.8.48/28" };
                var web = new SubnetResource("web") { Name = "web", AddressPrefix = "192.168.8.64/26", NetworkSecurityGroup = new NetworkSecurityGroup("webNsgRef") { Id = webNsg.Id } };
                var vnet = new VirtualNetwork("vnet") { Name = "vnet-lab", AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "192.168.8.0/24" } }, Subnets = [client, lbSubnet, web] };
                var frontend = new FrontendIPConfiguration("frontend") { Subnet = { Id = lbSubnet.Id } };
                frontend.PrivateIPAddress.Assign("192.168.8.52");
                var pool = new BackendAddressPool("pool");
                var probe = new ProbeResource("probe");
                probe.Protocol.Assign(ProbeProtocol.Http);
                probe.Port.Assign({{probePort}});
                var lb = new LoadBalancer("lb")
                {
                    Name = "lb-internal",
                    Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard },
                    FrontendIPConfigurations = [frontend],
                    BackendAddressPools = [pool],
                    Probes = [probe],
                    LoadBalancingRules = [new LoadBalancingRule("http") { Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 80, BackendPort = 5000, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id, ProbeId = probe.Id } }],
                };
                infra.Add(vnet);
                infra.Add(webNsg);
                infra.Add(lb);
                infra.Add(Nic("vm1", web, pool));
                infra.Add(Nic("vm2", web, pool));
                {{extra}}
                return infra;
            }

            private static NetworkInterface Nic(string name, SubnetResource subnet, BackendAddressPool pool) =>
                new NetworkInterface(name + "Nic")
                {
                    Name = "web-" + name,
                    IPConfigurations = [new NetworkInterfaceIPConfiguration(name + "Ip") { Subnet = { Id = subnet.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool(name + "PoolRef") { Id = pool.Id } } }],
                };
        }
        """;

    internal static string Rule(string id, string name, int priority, string access, string source, string port, string protocol = "Asterisk", string markup = "") =>
        $$"""new SecurityRule("{{id}}") { Name = "{{name}}", Priority = {{priority}}, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.{{access}}, Protocol = SecurityRuleProtocol.{{protocol}}, SourceAddressPrefix = "{{source}}", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "{{port}}" }""";

    private static string Marked(string rule, int index = 0)
    {
        // Wrap `new SecurityRule("x")` (the reported span) in markup {|#n:...|}.
        int end = rule.IndexOf(')') + 1;
        return "{|#" + index + ":" + rule.Substring(0, end) + "|}" + rule.Substring(end);
    }

    [Fact]
    public Task Verification_1_5_deny_all_without_AzureLoadBalancer_allow_reports_at_the_deny() =>
        Verify.VerifyAnalyzerAsync(
            Lab(Rule("allowClient", "allow-client-5000", 1000, "Allow", "192.168.8.4", "5000", "Tcp") + ", " + Marked(Rule("denyAll", "deny-all", 2048, "Deny", "*", "*"))),
            Verify.Diagnostic("LBNSG003").WithLocation(0).WithArguments("deny-all", "2048", "nsg-web", "lb-internal", "port 5000", "web-vm1 and web-vm2"));

    [Fact]
    public Task Deny_of_only_the_probe_port_reports() =>
        Verify.VerifyAnalyzerAsync(
            Lab(Marked(Rule("denyHttp", "deny-5000", 300, "Deny", "*", "5000", "Tcp"))),
            Verify.Diagnostic("LBNSG003").WithLocation(0).WithArguments("deny-5000", "300", "nsg-web", "lb-internal", "port 5000", "web-vm1 and web-vm2"));

    [Fact]
    public Task Deny_of_the_AzureLoadBalancer_tag_in_mixed_case_reports() =>
        Verify.VerifyAnalyzerAsync(
            Lab(Marked(Rule("denyLb", "deny-lb", 4000, "Deny", "azureloadbalancer", "*"))),
            Verify.Diagnostic("LBNSG003").WithLocation(0).WithArguments("deny-lb", "4000", "nsg-web", "lb-internal", "port 5000", "web-vm1 and web-vm2"));

    [Fact]
    public Task Deny_on_the_nic_nsg_reports() =>
        Verify.VerifyAnalyzerAsync(
            Lab(string.Empty, extra: """
                var nicNsg = new NetworkSecurityGroup("nicNsg") { Name = "nsg-vm3" };
                infra.Add(new SecurityRule("nicDeny") { Parent = nicNsg, Name = "deny-in", Priority = 150, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "*", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "4000-6000" });
                var nic3 = new NetworkInterface("vm3Nic") { Name = "web-vm3", NetworkSecurityGroup = nicNsg };
                nic3.IPConfigurations.Add(new NetworkInterfaceIPConfiguration("vm3Ip") { Subnet = { Id = web.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool("vm3PoolRef") { Id = pool.Id } } });
                infra.Add(nicNsg);
                infra.Add(nic3);
                """.Replace("new SecurityRule(\"nicDeny\")", "{|#0:new SecurityRule(\"nicDeny\")|}")),
            Verify.Diagnostic("LBNSG003").WithLocation(0).WithArguments("deny-in", "150", "nsg-vm3", "lb-internal", "port 5000", "web-vm3"));

    [Fact]
    public Task AzureLoadBalancer_allow_at_a_smaller_number_silences_it() =>
        Verify.VerifyAnalyzerAsync(
            Lab(Rule("allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*") + ", " + Rule("allowSsh", "allow-ssh", 1000, "Allow", "192.168.8.0/27", "22", "Tcp") + ", " + Rule("denyAll", "deny-all", 2048, "Deny", "*", "*")));

    [Fact]
    public Task Verification_3_is_silent() =>
        Verify.VerifyAnalyzerAsync(
            Lab(Rule("allowClient", "allow-client-5000", 900, "Allow", "192.168.8.4", "5000", "Tcp") + ", " + Rule("allowLb", "allow-azure-lb", 1024, "Allow", "AzureLoadBalancer", "*") + ", " + Rule("denyAll", "deny-all", 2048, "Deny", "*", "*")));

    [Fact]
    public Task Deny_of_only_port_22_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("denySsh", "deny-ssh", 200, "Deny", "*", "22", "Tcp")));

    [Fact]
    public Task Deny_of_udp_only_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("denyUdp", "deny-udp", 200, "Deny", "*", "*", "Udp")));

    [Fact]
    public Task Deny_from_the_internet_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("denyInternet", "deny-internet", 200, "Deny", "Internet", "*")));

    [Fact]
    public Task No_nsg_rules_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(string.Empty));

    [Fact]
    public Task Deny_with_a_parameter_priority_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("denyAll", "deny-all", 2048, "Deny", "*", "*").Replace("Priority = 2048", "Priority = priority"), parameters: "int priority"));

    [Fact]
    public Task Deny_with_a_parameter_source_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("denyAll", "deny-all", 2048, "Deny", "*", "*").Replace("SourceAddressPrefix = \"*\"", "SourceAddressPrefix = source"), parameters: "string source"));

    [Fact]
    public Task Unknown_probe_port_and_a_deny_of_one_port_is_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("denyHttp", "deny-5000", 300, "Deny", "*", "5000", "Tcp"), parameters: "int port", probePort: "port"));

    [Fact]
    public Task Unknown_probe_port_and_a_deny_of_every_port_reports() =>
        Verify.VerifyAnalyzerAsync(
            Lab(Marked(Rule("denyAll", "deny-all", 2048, "Deny", "*", "*")), parameters: "int port", probePort: "port"),
            Verify.Diagnostic("LBNSG003").WithLocation(0).WithArguments("deny-all", "2048", "nsg-web", "lb-internal", "an unknown port", "web-vm1 and web-vm2"));

    [Fact]
    public Task Nsg_rules_extended_by_unknown_code_are_silent() =>
        Verify.VerifyAnalyzerAsync(Lab(Rule("denyAll", "deny-all", 2048, "Deny", "*", "*"), extra: "System.GC.KeepAlive(webNsg);"));

    [Fact]
    public Task Infrastructure_built_in_a_lambda_handed_to_a_framework_reports_inside_the_lambda()
    {
        // Aspire's shape: builder.AddAzureInfrastructure("network", infra => { ... }) with a framework method the analysis cannot see.
        string lab = Lab(Marked(Rule("denyAll", "deny-all", 2048, "Deny", "*", "*")));
        string body = lab.Substring(lab.IndexOf("var webNsg", System.StringComparison.Ordinal));
        body = body.Substring(0, body.IndexOf("return infra;", System.StringComparison.Ordinal));
        string source = SeedLabSources.Usings + """
            public interface IInfrastructureBuilder
            {
                void Configure(string name, Action<Infrastructure> configure);
            }

            public static class AppHost
            {
                public static void Build(IInfrastructureBuilder builder)
                {
                    builder.Configure("network", infra =>
                    {
                        BODY
                    });
                }

                private static NetworkInterface Nic(string name, SubnetResource subnet, BackendAddressPool pool) =>
                    new NetworkInterface(name + "Nic")
                    {
                        Name = "web-" + name,
                        IPConfigurations = [new NetworkInterfaceIPConfiguration(name + "Ip") { Subnet = { Id = subnet.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool(name + "PoolRef") { Id = pool.Id } } }],
                    };
            }
            """.Replace("BODY", body);
        return Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic("LBNSG003").WithLocation(0).WithArguments("deny-all", "2048", "nsg-web", "lb-internal", "port 5000", "web-vm1 and web-vm2"));
    }
}

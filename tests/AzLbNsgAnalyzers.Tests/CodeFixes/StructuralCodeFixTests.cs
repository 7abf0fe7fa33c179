using System.Threading.Tasks;
using AzLbNsgAnalyzers.CodeFixes;
using AzLbNsgAnalyzers.Tests.Extraction;
using AzLbNsgAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.CodeFixes;

public class LBNSG005CodeFixTests
{
    private static DiagnosticResult Diagnostic() => Verifiers.CodeFixVerifier<LBNSG005, CreateBackendNsgCodeFixProvider>.Diagnostic("LBNSG005");

    internal static string PublicLab(string webSubnetMembers, string before = "", bool markup = true) => SeedLabSources.Usings + $$"""
        public static class Lab
        {
            public static Infrastructure Build()
            {
                var infra = new Infrastructure();
                {{before}}
                var web = new SubnetResource("web") { Name = "web", AddressPrefix = "10.0.1.0/24"{{webSubnetMembers}} };
                var vnet = new VirtualNetwork("vnet") { Location = new AzureLocation("westeurope"), AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } }, Subnets = [web] };
                var pip = new PublicIPAddress("pip") { Sku = new PublicIPAddressSku { Name = PublicIPAddressSkuName.Standard }, PublicIPAllocationMethod = NetworkIPAllocationMethod.Static };
                var frontend = new FrontendIPConfiguration("frontend") { PublicIPAddress = { Id = pip.Id } };
                var pool = new BackendAddressPool("pool");
                var lb = new LoadBalancer("lb") { Name = "lb-public", Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard }, FrontendIPConfigurations = [frontend], BackendAddressPools = [pool], LoadBalancingRules = [{{(markup ? "{|#1:new LoadBalancingRule(\"http\")|}" : "new LoadBalancingRule(\"http\")")}} { Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 80, BackendPort = 8080, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id } }] };
                var nic = new NetworkInterface("vm1Nic") { Name = "web-vm1", IPConfigurations = [{{(markup ? "{|#0:new NetworkInterfaceIPConfiguration(\"vm1Ip\")|}" : "new NetworkInterfaceIPConfiguration(\"vm1Ip\")")}} { Subnet = { Id = web.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool("poolRef") { Id = pool.Id } } }] };
                infra.Add(vnet);
                infra.Add(pip);
                infra.Add(lb);
                infra.Add(nic);
                return infra;
            }
        }
        """;

    [Fact]
    public Task Creates_an_nsg_allowing_internet_to_the_backend_port_and_attaches_it() =>
        Verifiers.CodeFixVerifier<LBNSG005, CreateBackendNsgCodeFixProvider>.VerifyCodeFixAsync(
            PublicLab(string.Empty),
            [Diagnostic().WithLocation(0).WithLocation(1).WithArguments("web-vm1", "lb-public", "http", "web")],
            PublicLab(
                ", NetworkSecurityGroup = new NetworkSecurityGroup(\"webNsgRef\") { Id = webNsg.Id }",
                before: """
                    var webNsg = new NetworkSecurityGroup("webNsg")
                            {
                                Name = "nsg-web",
                                Location = new AzureLocation("westeurope"),
                                SecurityRules =
                                [
                                    new SecurityRule("allowInternet8080")
                                    {
                                        Name = "allow-internet-8080",
                                        Priority = 100,
                                        Direction = SecurityRuleDirection.Inbound,
                                        Access = SecurityRuleAccess.Allow,
                                        Protocol = SecurityRuleProtocol.Tcp,
                                        SourceAddressPrefix = "Internet",
                                        SourcePortRange = "*",
                                        DestinationAddressPrefix = "*",
                                        DestinationPortRange = "8080",
                                    },
                                ],
                            };
                            infra.Add(webNsg);
                    """,
                markup: false));

    // The NIC built by a helper: the diagnostic sits on the call (#0), the helper's IP configuration is additional (#2).
    private static string HelperLab(string webSubnetMembers, string before = "", bool markup = true) => SeedLabSources.Usings + $$"""
        public static class Lab
        {
            public static Infrastructure Build()
            {
                var infra = new Infrastructure();
                {{before}}
                var web = new SubnetResource("web") { Name = "web", AddressPrefix = "10.0.1.0/24"{{webSubnetMembers}} };
                var vnet = new VirtualNetwork("vnet") { Location = new AzureLocation("westeurope"), AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } }, Subnets = [web] };
                var pip = new PublicIPAddress("pip") { Sku = new PublicIPAddressSku { Name = PublicIPAddressSkuName.Standard }, PublicIPAllocationMethod = NetworkIPAllocationMethod.Static };
                var frontend = new FrontendIPConfiguration("frontend") { PublicIPAddress = { Id = pip.Id } };
                var pool = new BackendAddressPool("pool");
                var lb = new LoadBalancer("lb") { Name = "lb-public", Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard }, FrontendIPConfigurations = [frontend], BackendAddressPools = [pool], LoadBalancingRules = [{{(markup ? "{|#1:new LoadBalancingRule(\"http\")|}" : "new LoadBalancingRule(\"http\")")}} { Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 80, BackendPort = 8080, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id } }] };
                infra.Add(vnet);
                infra.Add(pip);
                infra.Add(lb);
                {{(markup ? "{|#0:CreateWebNic(infra, \"web-vm1\", web, pool)|}" : "CreateWebNic(infra, \"web-vm1\", web, pool)")}};
                return infra;
            }

            private static NetworkInterface CreateWebNic(Infrastructure infra, string name, SubnetResource subnet, BackendAddressPool pool)
            {
                var nic = new NetworkInterface(name + "Nic") { Name = name, IPConfigurations = [{{(markup ? "{|#2:new NetworkInterfaceIPConfiguration(name + \"Ip\")|}" : "new NetworkInterfaceIPConfiguration(name + \"Ip\")")}} { Subnet = { Id = subnet.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool(name + "PoolRef") { Id = pool.Id } } }] };
                infra.Add(nic);
                return nic;
            }
        }
        """;

    [Fact]
    public Task A_nic_built_by_a_helper_gets_the_fix_at_the_call_site() =>
        Verifiers.CodeFixVerifier<LBNSG005, CreateBackendNsgCodeFixProvider>.VerifyCodeFixAsync(
            HelperLab(string.Empty),
            [Diagnostic().WithLocation(0).WithLocation(2).WithLocation(1).WithArguments("web-vm1", "lb-public", "http", "web")],
            HelperLab(
                ", NetworkSecurityGroup = new NetworkSecurityGroup(\"webNsgRef\") { Id = webNsg.Id }",
                before: """
                    var webNsg = new NetworkSecurityGroup("webNsg")
                            {
                                Name = "nsg-web",
                                Location = new AzureLocation("westeurope"),
                                SecurityRules =
                                [
                                    new SecurityRule("allowInternet8080")
                                    {
                                        Name = "allow-internet-8080",
                                        Priority = 100,
                                        Direction = SecurityRuleDirection.Inbound,
                                        Access = SecurityRuleAccess.Allow,
                                        Protocol = SecurityRuleProtocol.Tcp,
                                        SourceAddressPrefix = "Internet",
                                        SourcePortRange = "*",
                                        DestinationAddressPrefix = "*",
                                        DestinationPortRange = "8080",
                                    },
                                ],
                            };
                            infra.Add(webNsg);
                    """,
                markup: false));

    [Fact]
    public Task Without_a_location_in_the_method_no_fix_is_offered() =>
        Verifiers.CodeFixVerifier<LBNSG005, CreateBackendNsgCodeFixProvider>.VerifyNoFixAsync(
            PublicLab(string.Empty).Replace("Location = new AzureLocation(\"westeurope\"), ", string.Empty),
            Diagnostic().WithLocation(0).WithLocation(1).WithArguments("web-vm1", "lb-public", "http", "web"));
}

public class LBNSG001CodeFixTests
{
    private static DiagnosticResult Diagnostic() => Verifiers.CodeFixVerifier<LBNSG001, MoveRuleToBackendNsgCodeFixProvider>.Diagnostic("LBNSG001");

    private static string Lab(string lbRules, string webRules) => SeedLabSources.Usings + $$"""
        public static class Lab
        {
            public static Infrastructure Build()
            {
                var infra = new Infrastructure();
                var lbNsg = new NetworkSecurityGroup("lbNsg") { Name = "nsg-lb", SecurityRules = [{{lbRules}}] };
                var webNsg = new NetworkSecurityGroup("webNsg") { Name = "nsg-web", SecurityRules = [{{webRules}}] };
                var client = new SubnetResource("client") { Name = "client", AddressPrefix = "192.168.8.0/27" };
                var lbSubnet = new SubnetResource("lbSubnet") { Name = "lb", AddressPrefix = "192.168.8.48/28", NetworkSecurityGroup = new NetworkSecurityGroup("lbNsgRef") { Id = lbNsg.Id } };
                var web = new SubnetResource("web") { Name = "web", AddressPrefix = "192.168.8.64/26", NetworkSecurityGroup = new NetworkSecurityGroup("webNsgRef") { Id = webNsg.Id } };
                var vnet = new VirtualNetwork("vnet") { AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "192.168.8.0/24" } }, Subnets = [client, lbSubnet, web] };
                var frontend = {|#1:new FrontendIPConfiguration("frontend")|} { Subnet = { Id = lbSubnet.Id } };
                frontend.PrivateIPAddress.Assign("192.168.8.52");
                var pool = new BackendAddressPool("pool");
                var lb = new LoadBalancer("lb") { Name = "lb-internal", Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard }, FrontendIPConfigurations = [frontend], BackendAddressPools = [pool], LoadBalancingRules = [new LoadBalancingRule("http") { Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 80, BackendPort = 5000, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id } }] };
                infra.Add(vnet);
                infra.Add(lbNsg);
                infra.Add(webNsg);
                infra.Add(lb);
                infra.Add(new NetworkInterface("vm1Nic") { Name = "web-vm1", IPConfigurations = [new NetworkInterfaceIPConfiguration("vm1Ip") { Subnet = { Id = web.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool("poolRef") { Id = pool.Id } } }] });
                return infra;
            }
        }
        """;

    private const string AllowVnet = """new SecurityRule("allowVnet") { Name = "allow-vnet-5000", Priority = 1000, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "VirtualNetwork", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "5000" }""";

    [Fact]
    public Task Rule_moves_to_the_backend_nsg_with_the_backend_port() =>
        Verifiers.CodeFixVerifier<LBNSG001, MoveRuleToBackendNsgCodeFixProvider>.VerifyCodeFixAsync(
            Lab("""{|#0:new SecurityRule("denyClient")|} { Name = "deny-client-http", Priority = 1000, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "192.168.8.4", SourcePortRange = "*", DestinationAddressPrefix = "192.168.8.52", DestinationPortRange = "80" }""", AllowVnet),
            [Diagnostic().WithLocation(0).WithLocation(1).WithArguments("deny-client-http", "1000", "nsg-lb", "lb", "192.168.8.52 (frontend)", "lb-internal")],
            Lab(string.Empty, AllowVnet + """, new SecurityRule("denyClient") { Name = "deny-client-http", Priority = 1001, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "192.168.8.4", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "5000" }""").Replace("{|#1:new FrontendIPConfiguration(\"frontend\")|}", "new FrontendIPConfiguration(\"frontend\")"));

    [Fact]
    public Task Plural_destination_lists_become_the_singular_fields() =>
        Verifiers.CodeFixVerifier<LBNSG001, MoveRuleToBackendNsgCodeFixProvider>.VerifyCodeFixAsync(
            Lab("""{|#0:new SecurityRule("denyClient")|} { Name = "deny-client-http", Priority = 1000, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "192.168.8.4", SourcePortRange = "*", DestinationAddressPrefixes = { "192.168.8.52" }, DestinationPortRanges = { "80", "443" } }""", AllowVnet),
            [Diagnostic().WithLocation(0).WithLocation(1).WithArguments("deny-client-http", "1000", "nsg-lb", "lb", "192.168.8.52 (frontend)", "lb-internal")],
            Lab(string.Empty, AllowVnet + """, new SecurityRule("denyClient") { Name = "deny-client-http", Priority = 1001, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "192.168.8.4", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "5000" }""").Replace("{|#1:new FrontendIPConfiguration(\"frontend\")|}", "new FrontendIPConfiguration(\"frontend\")"));

    // The lab without a backend NSG: the web subnet has none, the VNet sets the Location the new NSG copies.
    private static string WithoutBackendNsg(string source) => source
        .Replace("        var webNsg = new NetworkSecurityGroup(\"webNsg\") { Name = \"nsg-web\", SecurityRules = [] };\n", string.Empty)
        .Replace("        infra.Add(webNsg);\n", string.Empty)
        .Replace(", NetworkSecurityGroup = new NetworkSecurityGroup(\"webNsgRef\") { Id = webNsg.Id } };", " };")
        .Replace("new VirtualNetwork(\"vnet\") { AddressSpace", "new VirtualNetwork(\"vnet\") { Location = AzureLocation.WestEurope, AddressSpace");

    [Fact]
    public Task Without_a_backend_nsg_the_rule_moves_into_a_new_nsg_for_the_backend_subnet() =>
        Verifiers.CodeFixVerifier<LBNSG001, MoveRuleToBackendNsgCodeFixProvider>.VerifyCodeFixAsync(
            WithoutBackendNsg(Lab("""{|#0:new SecurityRule("denyClient")|} { Name = "deny-client-http", Priority = 1000, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "192.168.8.4", SourcePortRange = "*", DestinationAddressPrefix = "192.168.8.52", DestinationPortRange = "80" }""", string.Empty)),
            [Diagnostic().WithLocation(0).WithLocation(1).WithArguments("deny-client-http", "1000", "nsg-lb", "lb", "192.168.8.52 (frontend)", "lb-internal")],
            WithoutBackendNsg(Lab(string.Empty, string.Empty))
                .Replace("{|#1:new FrontendIPConfiguration(\"frontend\")|}", "new FrontendIPConfiguration(\"frontend\")")
                .Replace("        var web = new SubnetResource(\"web\") { Name = \"web\", AddressPrefix = \"192.168.8.64/26\" };", """
                        var webNsg = new NetworkSecurityGroup("webNsg")
                        {
                            Name = "nsg-web",
                            Location = AzureLocation.WestEurope,
                            SecurityRules =
                            [
                                new SecurityRule("denyClient")
                                {
                                    Name = "deny-client-http",
                                    Priority = 1000,
                                    Direction = SecurityRuleDirection.Inbound,
                                    Access = SecurityRuleAccess.Deny,
                                    Protocol = SecurityRuleProtocol.Tcp,
                                    SourceAddressPrefix = "192.168.8.4",
                                    SourcePortRange = "*",
                                    DestinationAddressPrefix = "*",
                                    DestinationPortRange = "5000",
                                },
                            ],
                        };
                        infra.Add(webNsg);
                        var web = new SubnetResource("web") { Name = "web", AddressPrefix = "192.168.8.64/26", NetworkSecurityGroup = new NetworkSecurityGroup("webNsgRef") { Id = webNsg.Id } };
                """));

}

public class StructuralFixAllTests
{
    private const string AllowVnet = """new SecurityRule("allowVnet") { Name = "allow-vnet-5000", Priority = 1000, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "VirtualNetwork", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "5000" }""";

    private static string Lab(string lbRules, string webRules, bool markFrontend) => SeedLabSources.Usings + $$"""
        public static class Lab
        {
            public static Infrastructure Build()
            {
                var infra = new Infrastructure();
                var lbNsg = new NetworkSecurityGroup("lbNsg") { Name = "nsg-lb", SecurityRules = [{{lbRules}}] };
                var webNsg = new NetworkSecurityGroup("webNsg") { Name = "nsg-web", SecurityRules = [{{webRules}}] };
                var lbSubnet = new SubnetResource("lbSubnet") { Name = "lb", AddressPrefix = "192.168.8.48/28", NetworkSecurityGroup = new NetworkSecurityGroup("lbNsgRef") { Id = lbNsg.Id } };
                var web = new SubnetResource("web") { Name = "web", AddressPrefix = "192.168.8.64/26", NetworkSecurityGroup = new NetworkSecurityGroup("webNsgRef") { Id = webNsg.Id } };
                var vnet = new VirtualNetwork("vnet") { AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "192.168.8.0/24" } }, Subnets = [lbSubnet, web] };
                var frontend = {{(markFrontend ? "{|#2:new FrontendIPConfiguration(\"frontend\")|}" : "new FrontendIPConfiguration(\"frontend\")")}} { Subnet = { Id = lbSubnet.Id } };
                frontend.PrivateIPAddress.Assign("192.168.8.52");
                var pool = new BackendAddressPool("pool");
                var lb = new LoadBalancer("lb") { Name = "lb-internal", Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard }, FrontendIPConfigurations = [frontend], BackendAddressPools = [pool], LoadBalancingRules = [new LoadBalancingRule("http") { Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 80, BackendPort = 5000, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id } }] };
                infra.Add(vnet);
                infra.Add(lbNsg);
                infra.Add(webNsg);
                infra.Add(lb);
                infra.Add(new NetworkInterface("vm1Nic") { Name = "web-vm1", IPConfigurations = [new NetworkInterfaceIPConfiguration("vm1Ip") { Subnet = { Id = web.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool("poolRef") { Id = pool.Id } } }] });
                return infra;
            }
        }
        """;

    private static string Deny(string id, string name, int priority, string source, int markup) =>
        (markup >= 0 ? "{|#" + markup + ":" : string.Empty) + "new SecurityRule(\"" + id + "\")" + (markup >= 0 ? "|}" : string.Empty)
        + " { Name = \"" + name + "\", Priority = " + priority + ", Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = \"" + source + "\", SourcePortRange = \"*\", DestinationAddressPrefix = \"192.168.8.52\", DestinationPortRange = \"80\" }";

    private static string Moved(string id, string name, int priority, string source) =>
        "new SecurityRule(\"" + id + "\") { Name = \"" + name + "\", Priority = " + priority + ", Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = \"" + source + "\", SourcePortRange = \"*\", DestinationAddressPrefix = \"*\", DestinationPortRange = \"5000\" }";

    [Fact]
    public Task Fix_all_moves_two_rules_into_one_nsg_in_one_pass_with_distinct_priorities()
    {
        var test = new Verifiers.CodeFixVerifier<LBNSG001, MoveRuleToBackendNsgCodeFixProvider>.Test
        {
            TestCode = Lab(Deny("denyA", "deny-a", 1000, "192.168.8.4", 0) + ", " + Deny("denyB", "deny-b", 1000, "192.168.8.5", 1).Replace("Priority = 1000", "Priority = 1001"), AllowVnet, markFrontend: true),
            FixedCode = Lab(string.Empty, AllowVnet + ", " + Moved("denyA", "deny-a", 1001, "192.168.8.4") + ", " + Moved("denyB", "deny-b", 1002, "192.168.8.5"), markFrontend: false),
            NumberOfFixAllIterations = 1,
        };
        test.ExpectedDiagnostics.Add(Verifiers.CodeFixVerifier<LBNSG001, MoveRuleToBackendNsgCodeFixProvider>.Diagnostic("LBNSG001").WithLocation(0).WithLocation(2).WithArguments("deny-a", "1000", "nsg-lb", "lb", "192.168.8.52 (frontend)", "lb-internal"));
        test.ExpectedDiagnostics.Add(Verifiers.CodeFixVerifier<LBNSG001, MoveRuleToBackendNsgCodeFixProvider>.Diagnostic("LBNSG001").WithLocation(1).WithLocation(2).WithArguments("deny-b", "1001", "nsg-lb", "lb", "192.168.8.52 (frontend)", "lb-internal"));
        return test.RunAsync();
    }

    private static string TwoSubnets(bool fixedCode)
    {
        string source = SeedLabSources.Usings + """
            public static class Lab
            {
                public static Infrastructure Build()
                {
                    var infra = new Infrastructure();
                    var web = new SubnetResource("web") { Name = "web", AddressPrefix = "10.0.1.0/24" };
                    var api = new SubnetResource("api") { Name = "api", AddressPrefix = "10.0.2.0/24" };
                    var vnet = new VirtualNetwork("vnet") { Location = new AzureLocation("westeurope"), AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } }, Subnets = [web, api] };
                    var pip = new PublicIPAddress("pip") { Sku = new PublicIPAddressSku { Name = PublicIPAddressSkuName.Standard }, PublicIPAllocationMethod = NetworkIPAllocationMethod.Static };
                    var frontend = new FrontendIPConfiguration("frontend") { PublicIPAddress = { Id = pip.Id } };
                    var pool = new BackendAddressPool("pool");
                    var lb = new LoadBalancer("lb") { Name = "lb-public", Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard }, FrontendIPConfigurations = [frontend], BackendAddressPools = [pool], LoadBalancingRules = [{|#2:new LoadBalancingRule("http")|} { Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 80, BackendPort = 8080, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id } }] };
                    var nic1 = new NetworkInterface("vm1Nic") { Name = "web-vm1", IPConfigurations = [{|#0:new NetworkInterfaceIPConfiguration("vm1Ip")|} { Subnet = { Id = web.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool("poolRef1") { Id = pool.Id } } }] };
                    var nic2 = new NetworkInterface("vm2Nic") { Name = "api-vm2", IPConfigurations = [{|#1:new NetworkInterfaceIPConfiguration("vm2Ip")|} { Subnet = { Id = api.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool("poolRef2") { Id = pool.Id } } }] };
                    infra.Add(vnet);
                    infra.Add(pip);
                    infra.Add(lb);
                    infra.Add(nic1);
                    infra.Add(nic2);
                    return infra;
                }
            }
            """;
        if (!fixedCode)
        {
            return source;
        }

        const string WebNsg = """
                    var webNsg = new NetworkSecurityGroup("webNsg")
                    {
                        Name = "nsg-web",
                        Location = new AzureLocation("westeurope"),
                        SecurityRules =
                        [
                            new SecurityRule("allowInternet8080")
                            {
                                Name = "allow-internet-8080",
                                Priority = 100,
                                Direction = SecurityRuleDirection.Inbound,
                                Access = SecurityRuleAccess.Allow,
                                Protocol = SecurityRuleProtocol.Tcp,
                                SourceAddressPrefix = "Internet",
                                SourcePortRange = "*",
                                DestinationAddressPrefix = "*",
                                DestinationPortRange = "8080",
                            },
                        ],
                    };
                    infra.Add(webNsg);

            """;
        const string ApiNsg = """
                    var apiNsg = new NetworkSecurityGroup("apiNsg")
                    {
                        Name = "nsg-api",
                        Location = new AzureLocation("westeurope"),
                        SecurityRules =
                        [
                            new SecurityRule("allowInternet8080_2")
                            {
                                Name = "allow-internet-8080-2",
                                Priority = 100,
                                Direction = SecurityRuleDirection.Inbound,
                                Access = SecurityRuleAccess.Allow,
                                Protocol = SecurityRuleProtocol.Tcp,
                                SourceAddressPrefix = "Internet",
                                SourcePortRange = "*",
                                DestinationAddressPrefix = "*",
                                DestinationPortRange = "8080",
                            },
                        ],
                    };
                    infra.Add(apiNsg);

            """;
        return source
            .Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("{|#2:", string.Empty).Replace(")|}", ")")
            .Replace("        var web = new SubnetResource(\"web\") { Name = \"web\", AddressPrefix = \"10.0.1.0/24\" };", WebNsg + "        var web = new SubnetResource(\"web\") { Name = \"web\", AddressPrefix = \"10.0.1.0/24\", NetworkSecurityGroup = new NetworkSecurityGroup(\"webNsgRef\") { Id = webNsg.Id } };")
            .Replace("        var api = new SubnetResource(\"api\") { Name = \"api\", AddressPrefix = \"10.0.2.0/24\" };", ApiNsg + "        var api = new SubnetResource(\"api\") { Name = \"api\", AddressPrefix = \"10.0.2.0/24\", NetworkSecurityGroup = new NetworkSecurityGroup(\"apiNsgRef\") { Id = apiNsg.Id } };");
    }

    [Fact]
    public Task Fix_all_creates_an_nsg_for_each_backend_subnet_in_one_pass()
    {
        var test = new Verifiers.CodeFixVerifier<LBNSG005, CreateBackendNsgCodeFixProvider>.Test
        {
            TestCode = TwoSubnets(fixedCode: false),
            FixedCode = TwoSubnets(fixedCode: true),
            NumberOfFixAllIterations = 1,
        };
        test.ExpectedDiagnostics.Add(Verifiers.CodeFixVerifier<LBNSG005, CreateBackendNsgCodeFixProvider>.Diagnostic("LBNSG005").WithLocation(0).WithLocation(2).WithArguments("web-vm1", "lb-public", "http", "web"));
        test.ExpectedDiagnostics.Add(Verifiers.CodeFixVerifier<LBNSG005, CreateBackendNsgCodeFixProvider>.Diagnostic("LBNSG005").WithLocation(1).WithLocation(2).WithArguments("api-vm2", "lb-public", "http", "api"));
        return test.RunAsync();
    }
}

using System.Collections.Generic;
using System.Linq;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Facade;

/// <summary>
/// Acceptance tests for the compile-only Azure.Provisioning facade: code written against the real
/// Azure.Provisioning 1.4 / Azure.Provisioning.Network 1.0.0-beta.2 packages must compile unchanged,
/// and code the real listing rejects must be rejected with the same compiler error.
/// </summary>
public class FacadeCompilationTests
{
    private const string Usings = """
        using System;
        using Azure;
        using Azure.Core;
        using Azure.Provisioning;
        using Azure.Provisioning.Expressions;
        using Azure.Provisioning.Network;
        using Azure.Provisioning.Primitives;
        using Azure.Provisioning.Resources;

        """;

    private static string InMethod(string body) => Usings + $$"""
        public static class Program
        {
            public static void Build()
            {
        {{body}}
            }
        }
        """;

    private static void AssertCompiles(string source)
    {
        var errors = TestReferences.Compile(source).GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToList();
        Assert.True(errors.Count == 0, "Unexpected errors:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void VNet_with_inline_subnets_and_nsg_stub_compiles() => AssertCompiles(InMethod("""
        var infra = new Infrastructure();
        var nsg = new NetworkSecurityGroup("nsg")
        {
            Name = "nsg-web",
            Location = new AzureLocation("westeurope"),
        };
        var vnet = new VirtualNetwork("vnet", VirtualNetwork.ResourceVersions.V2024_05_01)
        {
            Name = "vnet",
            Location = BicepFunction.GetResourceGroup().Location,
            AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "192.168.8.0/24" } },
            Subnets =
            [
                new SubnetResource("s")
                {
                    Name = "web",
                    AddressPrefix = "192.168.8.64/26",
                    NetworkSecurityGroup = new NetworkSecurityGroup("x") { Id = nsg.Id },
                },
            ],
            Tags = { { "k", "v" } },
        };
        infra.Add(nsg);
        infra.Add(vnet);
        infra.Build().Compile();
        """));

    [Fact]
    public void Standalone_subnet_with_parent_and_nsg_id_assignment_compiles() => AssertCompiles(InMethod("""
        var infra = new Infrastructure("main");
        var vnet = new VirtualNetwork("vnet") { AddressSpace = { AddressPrefixes = { "10.0.0.0/16" } } };
        var nsg = new NetworkSecurityGroup("nsg");
        var subnet = new SubnetResource("s") { Parent = vnet, Name = "backend", AddressPrefix = "10.0.1.0/24" };
        subnet.NetworkSecurityGroup.Id = nsg.Id;
        subnet.DependsOn.Add(nsg);
        subnet.Delegations.Add(new ServiceDelegation { Name = "d", ServiceName = "Microsoft.Web/serverFarms" });
        var existing = VirtualNetwork.FromExisting("hub");
        var peering = new VirtualNetworkPeering("peer") { Parent = vnet, RemoteVirtualNetworkId = existing.Id };
        infra.Add(vnet);
        infra.Add(nsg);
        infra.Add(subnet);
        infra.Add(peering);
        infra.Build().Compile();
        """));

    [Fact]
    public void Nsg_with_inline_rules_collection_expression_and_initializer_compiles() => AssertCompiles(InMethod("""
        var infra = new Infrastructure();
        var p = new ProvisioningParameter("prefix", typeof(string));
        var nsg = new NetworkSecurityGroup("nsg")
        {
            Name = BicepFunction.Interpolate($"nsg-{p}"),
            SecurityRules =
            [
                new SecurityRule("r")
                {
                    Name = "deny-all",
                    Priority = 2048,
                    Access = SecurityRuleAccess.Deny,
                    Direction = SecurityRuleDirection.Inbound,
                    Protocol = SecurityRuleProtocol.Asterisk,
                    SourceAddressPrefix = "*",
                    SourcePortRange = "*",
                    DestinationAddressPrefix = "*",
                    DestinationPortRange = "*",
                },
            ],
        };
        var nsg2 = new NetworkSecurityGroup("nsg2")
        {
            SecurityRules =
            {
                new SecurityRule("allow-lb")
                {
                    Name = "allow-lb", Priority = 100, Access = SecurityRuleAccess.Allow,
                    Direction = SecurityRuleDirection.Inbound, Protocol = SecurityRuleProtocol.Tcp,
                    SourceAddressPrefix = "AzureLoadBalancer", SourcePortRange = "*",
                    DestinationAddressPrefix = "*", DestinationPortRange = "5000",
                },
            },
        };
        var rule = new SecurityRule("app") { Parent = nsg, Priority = 200, SourceAddressPrefixes = { "10.0.0.0/24" } };
        rule.SourceAddressPrefix = p;
        rule.DestinationPortRanges.Add("80-443");
        infra.Add(p);
        infra.Add(nsg);
        infra.Add(nsg2);
        infra.Add(rule);
        infra.Build().Compile();
        """));

    [Fact]
    public void Load_balancer_with_get_only_children_filled_by_nested_initializers_and_assign_compiles() => AssertCompiles(InMethod("""
        var infra = new Infrastructure();
        var subnet = new SubnetResource("s") { Name = "web", AddressPrefix = "192.168.8.64/26" };
        var fe = new FrontendIPConfiguration("fe") { Subnet = { Id = subnet.Id } };
        fe.PrivateIPAddress.Assign("192.168.8.52");
        fe.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Static);
        var probe = new ProbeResource("p");
        probe.Port.Assign(5000);
        probe.Protocol.Assign(ProbeProtocol.Http);
        probe.RequestPath.Assign("/health");
        var lb = new LoadBalancer("lb")
        {
            Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard, Tier = LoadBalancerSkuTier.Regional },
            Location = new AzureLocation("westeurope"),
            FrontendIPConfigurations = [ fe ],
            Probes = [ probe ],
        };
        var pool = new BackendAddressPool("pool") { Parent = lb, Name = "pool" };
        pool.LoadBalancerBackendAddresses.Add(new LoadBalancerBackendAddress { Name = "a1", IPAddress = "192.168.8.70" });
        var rule = new LoadBalancingRule("r")
        {
            Properties =
            {
                FrontendPort = 80,
                BackendPort = 5000,
                Protocol = LoadBalancingTransportProtocol.Tcp,
                FrontendIPConfigurationId = fe.Id,
                BackendAddressPoolId = pool.Id,
                ProbeId = probe.Id,
            },
        };
        lb.LoadBalancingRules.Add(rule);
        var nat = new InboundNatRule("nat") { Parent = lb, FrontendPort = 2222, BackendPort = 22, Protocol = LoadBalancingTransportProtocol.Tcp };
        infra.Add(lb);
        infra.Add(pool);
        infra.Add(nat);
        infra.Build().Compile();
        """));

    [Fact]
    public void Nic_public_ip_and_nat_gateway_compile() => AssertCompiles(InMethod("""
        var infra = new Infrastructure();
        var subnet = new SubnetResource("s");
        var nsg = new NetworkSecurityGroup("nsg");
        var pool = new BackendAddressPool("pool");
        var ipc = new NetworkInterfaceIPConfiguration("ipc")
        {
            Subnet = { Id = subnet.Id },
            LoadBalancerBackendAddressPools = { new BackendAddressPool("ref") { Id = pool.Id } },
        };
        ipc.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Dynamic);
        var nic = new NetworkInterface("nic1")
        {
            IPConfigurations = [ ipc ],
            NetworkSecurityGroup = new NetworkSecurityGroup("n") { Id = nsg.Id },
            EnableAcceleratedNetworking = true,
        };
        var pip = new PublicIPAddress("pip")
        {
            Sku = new PublicIPAddressSku { Name = PublicIPAddressSkuName.Standard },
            PublicIPAllocationMethod = NetworkIPAllocationMethod.Static,
            DnsSettings = new PublicIPAddressDnsSettings { DomainNameLabel = BicepFunction.GetUniqueString(BicepFunction.GetResourceGroup().Id) },
        };
        var nat = new NatGateway("nat") { SkuName = NatGatewaySkuName.Standard, PublicIPAddresses = { new WritableSubResource { Id = pip.Id } } };
        subnet.NatGatewayId = nat.Id;
        var rt = new RouteTable("rt") { Routes = [ new RouteResource("r") { AddressPrefix = "0.0.0.0/0", NextHopType = RouteNextHopType.Internet } ] };
        subnet.RouteTable = rt;
        var output = new ProvisioningOutput("ip", typeof(string)) { Value = pip.IPAddress };
        infra.Add(nic);
        infra.Add(pip);
        infra.Add(nat);
        infra.Add(rt);
        infra.Add(output);
        infra.Build().Compile();
        """));

    [Fact]
    public void Core_conversions_and_helpers_compile() => AssertCompiles(InMethod("""
        var v = new ProvisioningVariable("v", typeof(int));
        BicepValue<int> i = 1;
        i = v;
        i = (BicepExpression)"x";
        BicepValue<string> s = i;
        BicepList<string> list = v;
        BicepDictionary<string> dict = v;
        BicepExpression e = true;
        e = 1;
        e = "x";
        BicepExpression compiled = (BicepExpression)i;
        int? value = i.Value;
        i.ClearValue();
        string? concat = BicepFunction.Concat("a", s).Value;
        var id = new BicepValue<ResourceIdentifier>(new ResourceIdentifier("/subscriptions/x"));
        var scope = DeploymentScope.ResourceGroup;
        var kind = BicepValueKind.Literal;
        IBicepValue ib = i;
        _ = ib.Kind;
        var construct = new WritableSubResource { Id = id };
        construct.SetProvisioningProperty(construct.Id, id);
        _ = Infrastructure.NormalizeBicepIdentifier("a-b");
        _ = new IdentifierExpression("x");
        _ = new StringLiteralExpression("x");
        _ = new InterpolatedStringExpression(new BicepExpression[] { "a", new IdentifierExpression("b") });
        _ = (compiled, value, concat, scope, kind, list, dict, e);
        """));

    public static IEnumerable<object[]> RejectedSnippets() => new[]
    {
        new object[] { "CS0200", """var x = new ProbeResource("p") { Port = 5000 };""" },
        new object[] { "CS0200", """var x = new FrontendIPConfiguration("fe") { PrivateIPAddress = "10.0.0.4" };""" },
        new object[] { "CS0029", """var x = new SecurityRule("r") { Priority = "100" };""" },
        new object[] { "CS0029", """var x = new SecurityRule("r") { DestinationPortRange = 5000 };""" },
        new object[] { "CS0029", """var x = new SecurityRule("r") { Protocol = "Tcp" };""" },
        new object[] { "CS0029", """var x = new VirtualNetwork("v") { Location = "westeurope" };""" },
        new object[] { "CS0029", """var x = new NetworkSecurityGroup("n") { Id = "/subscriptions/x" };""" },
        new object[] { "CS0246", """var x = new SubnetData();""" },
        new object[] { "CS0246", """var x = new SecurityRuleData();""" },
        new object[] { "CS0200", """var x = new LoadBalancingRule("r") { Name = "x" };""" },
        new object[] { "CS0200", """var x = new ProbeResource("p") { Name = "x" };""" },
        new object[] { "CS0200", """var x = new NetworkInterfaceIPConfiguration("ipc") { Subnet = new SubnetResource("s") };""" },
        new object[] { "CS0200", """var x = new LoadBalancingRule("r") { Properties = new LoadBalancingRuleProperties() };""" },
        new object[] { "CS0200", """var x = new BicepValue<int>(1); x.Value = 2;""" },
    };

    [Theory]
    [MemberData(nameof(RejectedSnippets))]
    public void Code_rejected_by_the_real_listing_is_rejected(string expectedId, string statement)
    {
        var errors = TestReferences.Compile(InMethod(statement)).GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToList();
        Assert.True(errors.Count > 0, $"Expected {expectedId}, but the snippet compiled: {statement}");
        Assert.True(errors.All(d => d.Id == expectedId),
            $"Expected only {expectedId} for: {statement}\nGot:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void Without_the_facade_the_provisioning_namespace_is_missing()
    {
        var errors = TestReferences.Compile(InMethod("var x = new Infrastructure();"), withProvisioning: false)
            .GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToList();
        Assert.Contains(errors, id => id is "CS0246" or "CS0234");
    }
}

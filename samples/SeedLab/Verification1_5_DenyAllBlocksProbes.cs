using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

namespace SeedLab;

public static partial class SeedLabScenarios
{
    /// <summary>
    /// Verification 1.5: the web-subnet NSG allows HTTP from the client VM (192.168.8.4 to port 5000)
    /// and then denies everything at 2048. That deny also overrides the default
    /// AllowAzureLoadBalancerInBound (65001): the health probes from 168.63.129.16 to port 5000 fail,
    /// every backend is marked down and nothing is balanced, although calling a VM directly works.
    /// Expected: LBNSG003 on the deny-all rule.
    /// Style: standalone subnets (<c>Parent = vnet</c>), inline security rules, NSG attached by a stub.
    /// </summary>
    public static Infrastructure Verification1_5_DenyAllBlocksProbes()
    {
        var infra = new Infrastructure("verification1_5");

        var webNsg = new NetworkSecurityGroup("webNsg")
        {
            Name = "nsg-web",
            Location = AzureLocation.WestEurope,
            SecurityRules =
            [
                new SecurityRule("allowClientHttp")
                {
                    Name = "allow-client-http",
                    Priority = 1000,
                    Direction = SecurityRuleDirection.Inbound,
                    Access = SecurityRuleAccess.Allow,
                    Protocol = SecurityRuleProtocol.Tcp,
                    SourceAddressPrefix = "192.168.8.4",
                    SourcePortRange = "*",
                    DestinationAddressPrefix = "*",
                    DestinationPortRange = "5000",
                },
                new SecurityRule("denyAll")
                {
                    Name = "deny-all",
                    Priority = 2048,
                    Direction = SecurityRuleDirection.Inbound,
                    Access = SecurityRuleAccess.Deny,
                    Protocol = SecurityRuleProtocol.Asterisk,
                    SourceAddressPrefix = "*",
                    SourcePortRange = "*",
                    DestinationAddressPrefix = "*",
                    DestinationPortRange = "*",
                },
            ],
        };
        infra.Add(webNsg);

        var vnet = new VirtualNetwork("vnet")
        {
            Name = "vnet-seedlab",
            Location = AzureLocation.WestEurope,
            AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "192.168.8.0/24" } },
        };
        infra.Add(vnet);

        var client = new SubnetResource("clientSubnet") { Parent = vnet, Name = "client", AddressPrefix = "192.168.8.0/27" };
        var lbSubnet = new SubnetResource("lbSubnet") { Parent = vnet, Name = "lb", AddressPrefix = "192.168.8.48/28" };
        var web = new SubnetResource("webSubnet")
        {
            Parent = vnet,
            Name = "web",
            AddressPrefix = "192.168.8.64/26",
            NetworkSecurityGroup = new NetworkSecurityGroup("webNsgRef") { Id = webNsg.Id },
        };
        infra.Add(client);
        infra.Add(lbSubnet);
        infra.Add(web);

        var frontend = new FrontendIPConfiguration("frontend") { Subnet = { Id = lbSubnet.Id } };
        frontend.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Static);
        frontend.PrivateIPAddress.Assign("192.168.8.52");

        var pool = new BackendAddressPool("pool") { Name = "web-pool" };

        var probe = new ProbeResource("probe");
        probe.Protocol.Assign(ProbeProtocol.Http);
        probe.Port.Assign(5000);
        probe.RequestPath.Assign("/");

        var rule = new LoadBalancingRule("httpRule")
        {
            Properties =
            {
                Protocol = LoadBalancingTransportProtocol.Tcp,
                FrontendPort = 80,
                BackendPort = 5000,
                FrontendIPConfigurationId = frontend.Id,
                BackendAddressPoolId = pool.Id,
                ProbeId = probe.Id,
            },
        };

        var lb = new LoadBalancer("lb")
        {
            Name = "lb-web",
            Location = AzureLocation.WestEurope,
            Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard },
            FrontendIPConfigurations = [frontend],
            BackendAddressPools = [pool],
            Probes = [probe],
            LoadBalancingRules = [rule],
        };
        infra.Add(lb);

        CreateWebNic(infra, "web-vm1", web, pool);
        CreateWebNic(infra, "web-vm2", web, pool);
        return infra;
    }
}

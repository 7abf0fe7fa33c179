using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

namespace SeedLab;

public static partial class SeedLabScenarios
{
    /// <summary>
    /// Verification 4: as verification 3, plus an NSG on the load balancer's (middle) subnet that
    /// denies TCP 80 to the frontend 192.168.8.52. It still works: the frontend subnet is never a hop.
    /// The client's host picks a backend and sends the packet straight to it; only the backend's
    /// subnet and NIC NSGs are evaluated. Expected: LBNSG001 on the lb-subnet deny rule.
    /// Style: inline subnets, inline rules on the web NSG and a standalone rule on the lb NSG, the web
    /// NSG attached by a stub and the lb NSG by <c>subnet.NetworkSecurityGroup.Id</c>, the backend
    /// pool as a standalone child of the load balancer.
    /// </summary>
    public static Infrastructure Verification4_FrontendSubnetNsgIsBypassed()
    {
        var infra = new Infrastructure("verification4");
        var location = AzureLocation.WestEurope;

        var webNsg = new NetworkSecurityGroup("webNsg")
        {
            Name = "nsg-web",
            Location = location,
            SecurityRules =
            [
                new SecurityRule("allowClientToBackendPort")
                {
                    Name = "allow-client-to-backend-port",
                    Priority = 900,
                    Direction = SecurityRuleDirection.Inbound,
                    Access = SecurityRuleAccess.Allow,
                    Protocol = SecurityRuleProtocol.Tcp,
                    SourceAddressPrefix = "192.168.8.4",
                    SourcePortRange = "*",
                    DestinationAddressPrefix = "*",
                    DestinationPortRange = "5000",
                },
                new SecurityRule("allowSsh")
                {
                    Name = "allow-ssh-from-client-subnet",
                    Priority = 1000,
                    Direction = SecurityRuleDirection.Inbound,
                    Access = SecurityRuleAccess.Allow,
                    Protocol = SecurityRuleProtocol.Tcp,
                    SourceAddressPrefix = "192.168.8.0/27",
                    SourcePortRange = "*",
                    DestinationAddressPrefix = "*",
                    DestinationPortRange = "22",
                },
                new SecurityRule("allowAzureLoadBalancer")
                {
                    Name = "allow-azure-load-balancer",
                    Priority = 1024,
                    Direction = SecurityRuleDirection.Inbound,
                    Access = SecurityRuleAccess.Allow,
                    Protocol = SecurityRuleProtocol.Asterisk,
                    SourceAddressPrefix = "AzureLoadBalancer",
                    SourcePortRange = "*",
                    DestinationAddressPrefix = "*",
                    DestinationPortRange = "*",
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

        var lbNsg = new NetworkSecurityGroup("lbNsg") { Name = "nsg-lb", Location = location };
        infra.Add(lbNsg);
        var denyHttpToFrontend = new SecurityRule("denyHttpToFrontend")
        {
            Parent = lbNsg,
            Name = "deny-http-to-lb-frontend",
            Priority = 1000,
            Direction = SecurityRuleDirection.Inbound,
            Access = SecurityRuleAccess.Deny,
            Protocol = SecurityRuleProtocol.Tcp,
            SourceAddressPrefix = "*",
            SourcePortRange = "*",
            DestinationAddressPrefix = "192.168.8.52",
            DestinationPortRange = "80",
        };
        infra.Add(denyHttpToFrontend);

        var client = new SubnetResource("clientSubnet") { Name = "client", AddressPrefix = "192.168.8.0/27" };
        var lbSubnet = new SubnetResource("lbSubnet") { Name = "lb", AddressPrefix = "192.168.8.48/28" };
        lbSubnet.NetworkSecurityGroup.Id = lbNsg.Id;
        var web = new SubnetResource("webSubnet")
        {
            Name = "web",
            AddressPrefix = "192.168.8.64/26",
            NetworkSecurityGroup = new NetworkSecurityGroup("webNsgRef") { Id = webNsg.Id },
        };

        var vnet = new VirtualNetwork("vnet")
        {
            Name = "vnet-seedlab",
            Location = location,
            AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "192.168.8.0/24" } },
            Subnets = [client, lbSubnet, web],
        };
        infra.Add(vnet);

        var frontend = new FrontendIPConfiguration("frontend") { Subnet = { Id = lbSubnet.Id } };
        frontend.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Static);
        frontend.PrivateIPAddress.Assign("192.168.8.52");

        var probe = new ProbeResource("probe");
        probe.Protocol.Assign(ProbeProtocol.Http);
        probe.Port.Assign(5000);
        probe.RequestPath.Assign("/");

        var lb = new LoadBalancer("lb")
        {
            Name = "lb-web",
            Location = location,
            Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard },
            FrontendIPConfigurations = [frontend],
            Probes = [probe],
        };
        infra.Add(lb);

        var pool = new BackendAddressPool("pool") { Parent = lb, Name = "web-pool" };
        infra.Add(pool);

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
        lb.LoadBalancingRules.Add(rule);

        CreateWebNic(infra, "web-vm1", web, pool);
        CreateWebNic(infra, "web-vm2", web, pool);
        return infra;
    }
}

// Rule: LBNSG006
// Shape: address variant with an IP-based backend pool
// Diagnostics: LBNSG006
// Expect: fix
using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

namespace Contoso.Networking;

public static class WebTier
{
    // The allow names the frontend address 192.168.8.52:80; the rest of the VNet is denied. After the NAT the backends' NSG sees the backends' own addresses 192.168.8.70 and 192.168.8.71 and port 5000.
    public static Infrastructure Build()
    {
        var infra = new Infrastructure("web");
        var location = AzureLocation.WestEurope;

        var webNsg = new NetworkSecurityGroup("webNsg")
        {
            Name = "nsg-web",
            Location = location,
            SecurityRules =
            [
                new SecurityRule("allowHttp")
                {
                    Name = "allow-http",
                    Priority = 1000,
                    Direction = SecurityRuleDirection.Inbound,
                    Access = SecurityRuleAccess.Allow,
                    Protocol = SecurityRuleProtocol.Tcp,
                    SourceAddressPrefix = "192.168.8.0/27",
                    SourcePortRange = "*",
                    DestinationAddressPrefix = "192.168.8.52",
                    DestinationPortRange = "80",
                },
                new SecurityRule("allowAzureLb")
                {
                    Name = "allow-azure-lb",
                    Priority = 1024,
                    Direction = SecurityRuleDirection.Inbound,
                    Access = SecurityRuleAccess.Allow,
                    Protocol = SecurityRuleProtocol.Asterisk,
                    SourceAddressPrefix = "AzureLoadBalancer",
                    SourcePortRange = "*",
                    DestinationAddressPrefix = "*",
                    DestinationPortRange = "*",
                },
                new SecurityRule("denyVnet")
                {
                    Name = "deny-vnet",
                    Priority = 2048,
                    Direction = SecurityRuleDirection.Inbound,
                    Access = SecurityRuleAccess.Deny,
                    Protocol = SecurityRuleProtocol.Asterisk,
                    SourceAddressPrefix = "VirtualNetwork",
                    SourcePortRange = "*",
                    DestinationAddressPrefix = "*",
                    DestinationPortRange = "*",
                },
            ],
        };
        infra.Add(webNsg);

        var client = new SubnetResource("client") { Name = "client", AddressPrefix = "192.168.8.0/27" };
        var lbSubnet = new SubnetResource("lbSubnet") { Name = "lb", AddressPrefix = "192.168.8.48/28" };
        var web = new SubnetResource("web")
        {
            Name = "web",
            AddressPrefix = "192.168.8.64/26",
            NetworkSecurityGroup = new NetworkSecurityGroup("webNsgRef") { Id = webNsg.Id },
        };
        var vnet = new VirtualNetwork("vnet")
        {
            Name = "vnet-web",
            Location = location,
            AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "192.168.8.0/24" } },
            Subnets = [client, lbSubnet, web],
        };
        infra.Add(vnet);

        var frontend = new FrontendIPConfiguration("frontend") { Subnet = { Id = lbSubnet.Id } };
        frontend.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Static);
        frontend.PrivateIPAddress.Assign("192.168.8.52");
        var pool = new BackendAddressPool("pool") { Name = "web-pool" };
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
            BackendAddressPools = [pool],
            Probes = [probe],
            LoadBalancingRules =
            [
                new LoadBalancingRule("http")
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
                },
            ],
        };
        infra.Add(lb);

        // The VMs are created elsewhere with static addresses; the pool names them by IP address.
        pool.LoadBalancerBackendAddresses.Add(new LoadBalancerBackendAddress { Name = "web-vm1", IPAddress = "192.168.8.70", VirtualNetworkId = vnet.Id });
        pool.LoadBalancerBackendAddresses.Add(new LoadBalancerBackendAddress { Name = "web-vm2", IPAddress = "192.168.8.71", VirtualNetworkId = vnet.Id });
        return infra;
    }
}

// Rule: LBNSG007
// Shape: Parent-linked locals, custom deny
// Diagnostics: LBNSG007
// Expect: fix
using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

namespace Contoso.Networking;

public static class WebTier
{
    // The web tier is closed to the VNet except SSH from the client subnet: nobody reaches port 5000 through the load balancer.
    public static Infrastructure Build()
    {
        var infra = new Infrastructure("web");
        var location = AzureLocation.WestEurope;

        var webNsg = new NetworkSecurityGroup("webNsg") { Name = "nsg-web", Location = location };
        infra.Add(webNsg);
        var allowSsh = new SecurityRule("allowSsh")
        {
            Parent = webNsg,
            Name = "allow-ssh",
            Priority = 1000,
            Direction = SecurityRuleDirection.Inbound,
            Access = SecurityRuleAccess.Allow,
            Protocol = SecurityRuleProtocol.Tcp,
            SourceAddressPrefix = "192.168.8.0/27",
            SourcePortRange = "*",
            DestinationAddressPrefix = "*",
            DestinationPortRange = "22",
        };
        infra.Add(allowSsh);
        var denyVnet = new SecurityRule("denyVnet")
        {
            Parent = webNsg,
            Name = "deny-vnet-inbound",
            Priority = 4000,
            Direction = SecurityRuleDirection.Inbound,
            Access = SecurityRuleAccess.Deny,
            Protocol = SecurityRuleProtocol.Asterisk,
            SourceAddressPrefix = "192.168.8.0/24",
            SourcePortRange = "*",
            DestinationAddressPrefix = "*",
            DestinationPortRange = "*",
        };
        infra.Add(denyVnet);

        var client = new SubnetResource("client") { Name = "client", AddressPrefix = "192.168.8.0/27" };
        var lbSubnet = new SubnetResource("lbSubnet") { Name = "lb", AddressPrefix = "192.168.8.48/28" };
        var web = new SubnetResource("web") { Name = "web", AddressPrefix = "192.168.8.64/26" };
        var vnet = new VirtualNetwork("vnet")
        {
            Name = "vnet-web",
            Location = location,
            AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "192.168.8.0/24" } },
            Subnets = [client, lbSubnet, web],
        };
        infra.Add(vnet);

        web.NetworkSecurityGroup.Id = webNsg.Id;

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

        infra.Add(new NetworkInterface("webVm1Nic")
        {
            Name = "web-vm1-nic",
            Location = location,
            IPConfigurations =
            [
                new NetworkInterfaceIPConfiguration("webVm1Ip")
                {
                    Subnet = { Id = web.Id },
                    LoadBalancerBackendAddressPools = { new BackendAddressPool("webVm1PoolRef") { Id = pool.Id } },
                },
            ],
        });

        infra.Add(new NetworkInterface("webVm2Nic")
        {
            Name = "web-vm2-nic",
            Location = location,
            IPConfigurations =
            [
                new NetworkInterfaceIPConfiguration("webVm2Ip")
                {
                    Subnet = { Id = web.Id },
                    LoadBalancerBackendAddressPools = { new BackendAddressPool("webVm2PoolRef") { Id = pool.Id } },
                },
            ],
        });
        return infra;
    }
}

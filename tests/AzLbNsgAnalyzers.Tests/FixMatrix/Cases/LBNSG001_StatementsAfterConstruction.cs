// Rule: LBNSG001
// Shape: statements after construction
// Diagnostics: LBNSG001
// Expect: fix
using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

namespace Contoso.Networking;

public static class WebTier
{
    // Field report verification 4: the deny sits on the load balancer's subnet, which load-balanced packets never cross.
    public static Infrastructure Build()
    {
        var infra = new Infrastructure("web");
        var location = AzureLocation.WestEurope;

        var lbNsg = new NetworkSecurityGroup("lbNsg") { Name = "nsg-lb", Location = location };
        var denyTestClientHttp = new SecurityRule("denyTestClientHttp")
        {
            Name = "deny-test-client-http",
            Direction = SecurityRuleDirection.Inbound,
            Access = SecurityRuleAccess.Deny,
            Protocol = SecurityRuleProtocol.Tcp,
            SourceAddressPrefix = "192.168.8.4",
            SourcePortRange = "*",
            DestinationAddressPrefix = "192.168.8.52",
            DestinationPortRange = "80",
        };
        denyTestClientHttp.Priority = 1000;
        lbNsg.SecurityRules.Add(denyTestClientHttp);
        infra.Add(lbNsg);

        var webNsg = new NetworkSecurityGroup("webNsg") { Name = "nsg-web", Location = location };
        webNsg.SecurityRules.Add(new SecurityRule("allowClientSsh")
        {
            Name = "allow-client-ssh",
            Priority = 1000,
            Direction = SecurityRuleDirection.Inbound,
            Access = SecurityRuleAccess.Allow,
            Protocol = SecurityRuleProtocol.Tcp,
            SourceAddressPrefix = "192.168.8.0/27",
            SourcePortRange = "*",
            DestinationAddressPrefix = "*",
            DestinationPortRange = "22",
        });
        infra.Add(webNsg);

        var client = new SubnetResource("client") { Name = "client", AddressPrefix = "192.168.8.0/27" };
        var lbSubnet = new SubnetResource("lbSubnet") { Name = "lb", AddressPrefix = "192.168.8.48/28" };
        lbSubnet.NetworkSecurityGroup.Id = lbNsg.Id;
        var web = new SubnetResource("web") { Name = "web", AddressPrefix = "192.168.8.64/26" };
        web.NetworkSecurityGroup.Id = webNsg.Id;
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

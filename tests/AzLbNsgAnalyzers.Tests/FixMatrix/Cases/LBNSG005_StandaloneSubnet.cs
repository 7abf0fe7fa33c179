// Rule: LBNSG005
// Shape: standalone subnet
// Diagnostics: LBNSG005 LBNSG005
// Expect: fix
using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

namespace Contoso.Networking;

public static class WebTier
{
    // Field report supplement: a public Standard load balancer in front of web VMs whose subnet has no NSG.
    public static Infrastructure Build()
    {
        var infra = new Infrastructure("web");
        var location = AzureLocation.WestEurope;

        var vnet = new VirtualNetwork("vnet")
        {
            Name = "vnet-web",
            Location = location,
            AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "192.168.8.0/24" } },
        };
        infra.Add(vnet);

        // Subnets as standalone child resources of the VNet.
        var client = new SubnetResource("client") { Parent = vnet, Name = "client", AddressPrefix = "192.168.8.0/27" };
        infra.Add(client);
        var web = new SubnetResource("web") { Parent = vnet, Name = "web", AddressPrefix = "192.168.8.64/26" };
        infra.Add(web);

        var pip = new PublicIPAddress("lbPublicIp")
        {
            Name = "pip-lb-web",
            Location = location,
            Sku = new PublicIPAddressSku { Name = PublicIPAddressSkuName.Standard },
            PublicIPAllocationMethod = NetworkIPAllocationMethod.Static,
        };
        infra.Add(pip);

        var frontend = new FrontendIPConfiguration("frontend") { PublicIPAddress = { Id = pip.Id } };
        var pool = new BackendAddressPool("pool") { Name = "web-pool" };
        var probe = new ProbeResource("probe");
        probe.Protocol.Assign(ProbeProtocol.Http);
        probe.Port.Assign(5000);
        probe.RequestPath.Assign("/");

        var lb = new LoadBalancer("lb")
        {
            Name = "lb-web-public",
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

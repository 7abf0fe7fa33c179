using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

namespace SeedLab;

public static partial class SeedLabScenarios
{
    /// <summary>
    /// Verification 1: no NSG anywhere. An internal Standard load balancer is reachable from the
    /// virtual network without any NSG; the web VMs see the client's address 192.168.8.4 and probes
    /// from 168.63.129.16. Expected diagnostics: none.
    /// Style: subnets inline in the VNet, backend pool inline in the load balancer.
    /// </summary>
    public static Infrastructure Verification1_NoNsg()
    {
        var infra = new Infrastructure("verification1");
        var location = new AzureLocation("westeurope");

        var client = new SubnetResource("clientSubnet") { Name = "client", AddressPrefix = "192.168.8.0/27" };
        var lbSubnet = new SubnetResource("lbSubnet") { Name = "lb", AddressPrefix = "192.168.8.48/28" };
        var web = new SubnetResource("webSubnet") { Name = "web", AddressPrefix = "192.168.8.64/26" };
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
            Location = location,
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

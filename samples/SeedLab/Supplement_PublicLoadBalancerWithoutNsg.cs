using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

namespace SeedLab;

public static partial class SeedLabScenarios
{
    /// <summary>
    /// Supplement: a public (external) Standard load balancer in front of the same two web VMs, rule
    /// 80 -> 5000, with no NSG on the backends' subnet or NICs. Standard load balancers and Standard
    /// public IPs are secure by default: closed to inbound flows unless an NSG allows them, so no
    /// Internet client gets through. Expected: LBNSG005 on each backend NIC IP configuration.
    /// Style: inline subnets, Standard static public IP referenced by the frontend.
    /// </summary>
    public static Infrastructure Supplement_PublicLoadBalancerWithoutNsg()
    {
        var infra = new Infrastructure("supplement");
        var location = AzureLocation.WestEurope;

        var client = new SubnetResource("clientSubnet") { Name = "client", AddressPrefix = "192.168.8.0/27" };
        var web = new SubnetResource("webSubnet") { Name = "web", AddressPrefix = "192.168.8.64/26" };
        var vnet = new VirtualNetwork("vnet")
        {
            Name = "vnet-seedlab",
            Location = location,
            AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "192.168.8.0/24" } },
            Subnets = [client, web],
        };
        infra.Add(vnet);

        var pip = new PublicIPAddress("lbPublicIp")
        {
            Name = "pip-lb-web",
            Location = location,
            Sku = new PublicIPAddressSku { Name = PublicIPAddressSkuName.Standard },
            PublicIPAllocationMethod = NetworkIPAllocationMethod.Static,
        };
        infra.Add(pip);

        var frontend = new FrontendIPConfiguration("publicFrontend") { PublicIPAddress = { Id = pip.Id } };

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
            Name = "lb-web-public",
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

// Rule: LBNSG005
// Shape: statements after construction
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

        var client = new SubnetResource("client") { Name = "client", AddressPrefix = "192.168.8.0/27" };
        var web = new SubnetResource("web") { Name = "web", AddressPrefix = "192.168.8.64/26" };
        var vnet = new VirtualNetwork("vnet")
        {
            Name = "vnet-web",
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

        var frontend = new FrontendIPConfiguration("frontend");
        frontend.PublicIPAddress.Id = pip.Id;
        var pool = new BackendAddressPool("pool") { Name = "web-pool" };
        var probe = new ProbeResource("probe");
        probe.Protocol.Assign(ProbeProtocol.Http);
        probe.Port.Assign(5000);
        probe.RequestPath.Assign("/");
        var rule = new LoadBalancingRule("http");
        rule.Properties.Protocol = LoadBalancingTransportProtocol.Tcp;
        rule.Properties.FrontendPort = 80;
        rule.Properties.BackendPort = 5000;
        rule.Properties.FrontendIPConfigurationId = frontend.Id;
        rule.Properties.BackendAddressPoolId = pool.Id;
        rule.Properties.ProbeId = probe.Id;

        var lb = new LoadBalancer("lb")
        {
            Name = "lb-web-public",
            Location = location,
            Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard },
        };
        lb.FrontendIPConfigurations.Add(frontend);
        lb.BackendAddressPools.Add(pool);
        lb.Probes.Add(probe);
        lb.LoadBalancingRules.Add(rule);
        infra.Add(lb);

        var webVm1Ip = new NetworkInterfaceIPConfiguration("webVm1Ip");
        webVm1Ip.Subnet.Id = web.Id;
        webVm1Ip.LoadBalancerBackendAddressPools.Add(new BackendAddressPool("webVm1PoolRef") { Id = pool.Id });
        var webVm1Nic = new NetworkInterface("webVm1Nic") { Name = "web-vm1-nic", Location = location };
        webVm1Nic.IPConfigurations.Add(webVm1Ip);
        infra.Add(webVm1Nic);

        var webVm2Ip = new NetworkInterfaceIPConfiguration("webVm2Ip");
        webVm2Ip.Subnet.Id = web.Id;
        webVm2Ip.LoadBalancerBackendAddressPools.Add(new BackendAddressPool("webVm2PoolRef") { Id = pool.Id });
        var webVm2Nic = new NetworkInterface("webVm2Nic") { Name = "web-vm2-nic", Location = location };
        webVm2Nic.IPConfigurations.Add(webVm2Ip);
        infra.Add(webVm2Nic);
        return infra;
    }
}

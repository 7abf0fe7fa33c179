using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

namespace PackageSmoke;

/// <summary>Seed verification 1.5: the packaged analyzer must report LBNSG003 on the deny-all rule.</summary>
public static class DenyAllBlocksProbe
{
    public static Infrastructure Build()
    {
        var infra = new Infrastructure();
        var nsg = new NetworkSecurityGroup("webNsg")
        {
            Name = "nsg-web",
            Location = new AzureLocation("westeurope"),
            SecurityRules =
            [
                new SecurityRule("denyAll") { Name = "deny-all", Priority = 2048, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Asterisk, SourceAddressPrefix = "*", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "*" },
            ],
        };
        var web = new SubnetResource("web") { Name = "web", AddressPrefix = "192.168.8.64/26", NetworkSecurityGroup = new NetworkSecurityGroup("webNsgRef") { Id = nsg.Id } };
        var lbSubnet = new SubnetResource("lbSubnet") { Name = "lb", AddressPrefix = "192.168.8.48/28" };
        var vnet = new VirtualNetwork("vnet") { AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "192.168.8.0/24" } }, Subnets = [lbSubnet, web] };
        var frontend = new FrontendIPConfiguration("frontend") { Subnet = { Id = lbSubnet.Id } };
        var pool = new BackendAddressPool("pool");
        var probe = new ProbeResource("probe");
        probe.Port.Assign(5000);
        var lb = new LoadBalancer("lb")
        {
            Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard },
            FrontendIPConfigurations = [frontend],
            BackendAddressPools = [pool],
            Probes = [probe],
            LoadBalancingRules = [new LoadBalancingRule("http") { Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 80, BackendPort = 5000, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id, ProbeId = probe.Id } }],
        };
        var nic = new NetworkInterface("vm1Nic") { IPConfigurations = [new NetworkInterfaceIPConfiguration("vm1Ip") { Subnet = { Id = web.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool("poolRef") { Id = pool.Id } } }] };
        infra.Add(vnet);
        infra.Add(nsg);
        infra.Add(lb);
        infra.Add(nic);
        return infra;
    }
}

using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

namespace SeedLab;

public static partial class SeedLabScenarios
{
    /// <summary>
    /// Verification 2: the web-subnet NSG allows SSH from the client subnet (1000), allows the
    /// AzureLoadBalancer service tag (1024) and denies everything else (2048). The probes now pass,
    /// but AzureLoadBalancer is only 168.63.129.16, the probe source: the client's packets arrive
    /// with the client's address (192.168.8.4 -> backend:5000, no SNAT) and hit the deny-all.
    /// curl to 192.168.8.52:80 times out. Expected: LBNSG004 on the AzureLoadBalancer rule.
    /// Style: inline subnets, standalone security rules (<c>Parent = nsg</c>), NSG attached with
    /// <c>subnet.NetworkSecurityGroup.Id = nsg.Id</c>.
    /// </summary>
    public static Infrastructure Verification2_OnlyAzureLoadBalancerAllowed()
    {
        var infra = new Infrastructure("verification2");
        var location = AzureLocation.WestEurope;

        var webNsg = new NetworkSecurityGroup("webNsg") { Name = "nsg-web", Location = location };
        infra.Add(webNsg);

        var allowSsh = new SecurityRule("allowSsh")
        {
            Parent = webNsg,
            Name = "allow-ssh-from-client-subnet",
            Priority = 1000,
            Direction = SecurityRuleDirection.Inbound,
            Access = SecurityRuleAccess.Allow,
            Protocol = SecurityRuleProtocol.Tcp,
            SourceAddressPrefix = "192.168.8.0/27",
            SourcePortRange = "*",
            DestinationAddressPrefix = "*",
            DestinationPortRange = "22",
        };
        var allowLoadBalancer = new SecurityRule("allowAzureLoadBalancer")
        {
            Parent = webNsg,
            Name = "allow-azure-load-balancer",
            Priority = 1024,
            Direction = SecurityRuleDirection.Inbound,
            Access = SecurityRuleAccess.Allow,
            Protocol = SecurityRuleProtocol.Asterisk,
            SourceAddressPrefix = "AzureLoadBalancer",
            SourcePortRange = "*",
            DestinationAddressPrefix = "*",
            DestinationPortRange = "*",
        };
        var denyAll = new SecurityRule("denyAll")
        {
            Parent = webNsg,
            Name = "deny-all",
            Priority = 2048,
            Direction = SecurityRuleDirection.Inbound,
            Access = SecurityRuleAccess.Deny,
            Protocol = SecurityRuleProtocol.Asterisk,
            SourceAddressPrefix = "*",
            SourcePortRange = "*",
            DestinationAddressPrefix = "*",
            DestinationPortRange = "*",
        };
        infra.Add(allowSsh);
        infra.Add(allowLoadBalancer);
        infra.Add(denyAll);

        var client = new SubnetResource("clientSubnet") { Name = "client", AddressPrefix = "192.168.8.0/27" };
        var lbSubnet = new SubnetResource("lbSubnet") { Name = "lb", AddressPrefix = "192.168.8.48/28" };
        var web = new SubnetResource("webSubnet") { Name = "web", AddressPrefix = "192.168.8.64/26" };
        web.NetworkSecurityGroup.Id = webNsg.Id;

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

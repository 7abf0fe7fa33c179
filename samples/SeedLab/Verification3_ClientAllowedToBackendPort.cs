using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

namespace SeedLab;

public static partial class SeedLabScenarios
{
    /// <summary>
    /// Verification 3: as verification 2, plus an allow from the client VM 192.168.8.4 to the
    /// backend port 5000 (not the frontend port 80) at priority 900. The backend host applies the
    /// load balancer's NAT before the NSG, so the NSG sees 192.168.8.4 -> backend:5000, which this
    /// rule admits; the probes are admitted by the AzureLoadBalancer rule. It works.
    /// Expected diagnostics: none.
    /// Style: standalone subnets, inline security rules, NSG attached by a stub.
    /// </summary>
    public static Infrastructure Verification3_ClientAllowedToBackendPort()
    {
        var infra = new Infrastructure("verification3");
        var location = new AzureLocation("westeurope");

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
                    DestinationAddressPrefix = "192.168.8.64/26",
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

        var vnet = new VirtualNetwork("vnet")
        {
            Name = "vnet-seedlab",
            Location = location,
            AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "192.168.8.0/24" } },
        };
        infra.Add(vnet);

        var client = new SubnetResource("clientSubnet") { Parent = vnet, Name = "client", AddressPrefix = "192.168.8.0/27" };
        var lbSubnet = new SubnetResource("lbSubnet") { Parent = vnet, Name = "lb", AddressPrefix = "192.168.8.48/28" };
        var web = new SubnetResource("webSubnet")
        {
            Parent = vnet,
            Name = "web",
            AddressPrefix = "192.168.8.64/26",
            NetworkSecurityGroup = new NetworkSecurityGroup("webNsgRef") { Id = webNsg.Id },
        };
        infra.Add(client);
        infra.Add(lbSubnet);
        infra.Add(web);

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

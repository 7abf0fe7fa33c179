namespace AzLbNsgAnalyzers.Tests.Extraction;

/// <summary>The seed lab (../shared/SEED.md, verification 3) written in several code styles.</summary>
internal static class SeedLabSources
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using Azure.Core;
        using Azure.Provisioning;
        using Azure.Provisioning.Expressions;
        using Azure.Provisioning.Network;
        using Azure.Provisioning.Resources;

        """;

    /// <summary>Everything inline: subnets in the VNet, rules in the NSG, IP configurations in the NICs.</summary>
    public const string InlineStyle = Usings + """
        public static class Lab
        {
            public static Infrastructure Build()
            {
                var infra = new Infrastructure();
                var webNsg = new NetworkSecurityGroup("webNsg")
                {
                    Name = "nsg-web",
                    Location = new AzureLocation("westeurope"),
                    SecurityRules =
                    [
                        new SecurityRule("allowSsh") { Name = "allow-ssh", Priority = 1000, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "192.168.8.0/27", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "22" },
                        new SecurityRule("allowClient") { Name = "allow-client-5000", Priority = 900, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "192.168.8.4", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "5000" },
                        new SecurityRule("allowLb") { Name = "allow-azure-lb", Priority = 1024, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Asterisk, SourceAddressPrefix = "AzureLoadBalancer", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "*" },
                        new SecurityRule("denyAll") { Name = "deny-all", Priority = 2048, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Asterisk, SourceAddressPrefix = "*", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "*" },
                    ],
                };
                var client = new SubnetResource("client") { Name = "client", AddressPrefix = "192.168.8.0/27" };
                var lbSubnet = new SubnetResource("lbSubnet") { Name = "lb", AddressPrefix = "192.168.8.48/28" };
                var web = new SubnetResource("web") { Name = "web", AddressPrefix = "192.168.8.64/26", NetworkSecurityGroup = new NetworkSecurityGroup("webNsgRef") { Id = webNsg.Id } };
                var vnet = new VirtualNetwork("vnet")
                {
                    Name = "vnet-lab",
                    AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "192.168.8.0/24" } },
                    Subnets = [client, lbSubnet, web],
                };
                var frontend = new FrontendIPConfiguration("frontend") { Subnet = { Id = lbSubnet.Id } };
                frontend.PrivateIPAddress.Assign("192.168.8.52");
                frontend.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Static);
                var pool = new BackendAddressPool("pool");
                var probe = new ProbeResource("probe");
                probe.Protocol.Assign(ProbeProtocol.Http);
                probe.Port.Assign(5000);
                var rule = new LoadBalancingRule("http")
                {
                    Properties = { Protocol = LoadBalancingTransportProtocol.Tcp, FrontendPort = 80, BackendPort = 5000, FrontendIPConfigurationId = frontend.Id, BackendAddressPoolId = pool.Id, ProbeId = probe.Id },
                };
                var lb = new LoadBalancer("lb")
                {
                    Name = "lb-internal",
                    Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard },
                    FrontendIPConfigurations = [frontend],
                    BackendAddressPools = [pool],
                    Probes = [probe],
                    LoadBalancingRules = [rule],
                };
                var nic1 = new NetworkInterface("vm1Nic") { Name = "web-vm1", IPConfigurations = [new NetworkInterfaceIPConfiguration("vm1Ip") { Subnet = { Id = web.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool("poolRef1") { Id = pool.Id } } }] };
                var nic2 = new NetworkInterface("vm2Nic") { Name = "web-vm2", IPConfigurations = [new NetworkInterfaceIPConfiguration("vm2Ip") { Subnet = { Id = web.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool("poolRef2") { Id = pool.Id } } }] };
                infra.Add(vnet);
                infra.Add(webNsg);
                infra.Add(lb);
                infra.Add(nic1);
                infra.Add(nic2);
                return infra;
            }
        }
        """;

    /// <summary>Child resources linked by Parent, values assigned after construction, collection initializers.</summary>
    public const string ParentLinkedStyle = Usings + """
        public static class Lab
        {
            public static Infrastructure Build()
            {
                var infra = new Infrastructure();
                var vnet = new VirtualNetwork("vnet") { Name = "vnet-lab" };
                vnet.AddressSpace.AddressPrefixes.Add("192.168.8.0/24");
                infra.Add(vnet);

                var client = new SubnetResource("client") { Parent = vnet, Name = "client", AddressPrefix = "192.168.8.0/27" };
                var lbSubnet = new SubnetResource("lbSubnet") { Parent = vnet, Name = "lb" };
                lbSubnet.AddressPrefix = "192.168.8.48/28";
                var web = new SubnetResource("web") { Parent = vnet, Name = "web", AddressPrefix = "192.168.8.64/26" };
                infra.Add(client);
                infra.Add(lbSubnet);
                infra.Add(web);

                var webNsg = new NetworkSecurityGroup("webNsg") { Name = "nsg-web" };
                infra.Add(webNsg);
                web.NetworkSecurityGroup.Id = webNsg.Id;

                var denyAll = new SecurityRule("denyAll") { Parent = webNsg, Name = "deny-all" };
                denyAll.Priority = 2048;
                denyAll.Direction = SecurityRuleDirection.Inbound;
                denyAll.Access = SecurityRuleAccess.Deny;
                denyAll.Protocol = SecurityRuleProtocol.Asterisk;
                denyAll.SourceAddressPrefix = "*";
                denyAll.SourcePortRange = "*";
                denyAll.DestinationAddressPrefix = "*";
                denyAll.DestinationPortRange = "*";
                infra.Add(denyAll);
                infra.Add(new SecurityRule("allowLb") { Parent = webNsg, Name = "allow-azure-lb", Priority = 1024, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Asterisk, SourceAddressPrefix = "AzureLoadBalancer", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "*" });
                infra.Add(new SecurityRule("allowSsh") { Parent = webNsg, Name = "allow-ssh", Priority = 1000, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "192.168.8.0/27", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "22" });
                infra.Add(new SecurityRule("allowClient") { Parent = webNsg, Name = "allow-client-5000", Priority = 900, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "192.168.8.4", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "5000" });

                var lb = new LoadBalancer("lb") { Name = "lb-internal", Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard } };
                var frontend = new FrontendIPConfiguration("frontend") { Parent = lb, Subnet = { Id = lbSubnet.Id } };
                frontend.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Static);
                frontend.PrivateIPAddress.Assign("192.168.8.52");
                var pool = new BackendAddressPool("pool") { Parent = lb };
                var probe = new ProbeResource("probe") { Parent = lb };
                probe.Port.Assign(5000);
                probe.Protocol.Assign(ProbeProtocol.Http);
                var rule = new LoadBalancingRule("http") { Parent = lb };
                rule.Properties.FrontendIPConfigurationId = frontend.Id;
                rule.Properties.BackendAddressPoolId = pool.Id;
                rule.Properties.ProbeId = probe.Id;
                rule.Properties.Protocol = LoadBalancingTransportProtocol.Tcp;
                rule.Properties.FrontendPort = 80;
                rule.Properties.BackendPort = 5000;
                infra.Add(lb);
                infra.Add(pool);

                foreach (var (nicId, name) in new[] { ("vm1Nic", "web-vm1") })
                {
                    _ = nicId + name;
                }

                var nic1 = new NetworkInterface("vm1Nic") { Name = "web-vm1" };
                var ip1 = new NetworkInterfaceIPConfiguration("vm1Ip") { Parent = nic1 };
                ip1.Subnet.Id = web.Id;
                ip1.LoadBalancerBackendAddressPools.Add(new BackendAddressPool("poolRef1") { Id = pool.Id });
                var nic2 = new NetworkInterface("vm2Nic") { Name = "web-vm2" };
                var ip2 = new NetworkInterfaceIPConfiguration("vm2Ip") { Parent = nic2 };
                ip2.Subnet.Id = web.Id;
                ip2.LoadBalancerBackendAddressPools.Add(new BackendAddressPool("poolRef2") { Id = pool.Id });
                infra.Add(nic1);
                infra.Add(nic2);
                return infra;
            }
        }
        """;

    /// <summary>Aspire-like: constants, records of rule options, a helper method and a local function.</summary>
    public const string HelperStyle = Usings + """
        public sealed record RuleOptions(string Name, int Priority, SecurityRuleAccess Access, SecurityRuleProtocol Protocol, string Source, string Port);

        public static class Lab
        {
            private const string VnetPrefix = "192.168.8.0/24";
            private const string SubnetBase = "192.168.8.";
            private static readonly string WebPrefix = SubnetBase + "64/26";
            private const int ProbePort = 5000;

            public static Infrastructure Build()
            {
                var infra = new Infrastructure();
                var vnet = new VirtualNetwork("vnet") { Name = "vnet-lab", AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = [VnetPrefix] } };
                var client = AddSubnet(infra, vnet, "client", $"{SubnetBase}0/27");
                var lbSubnet = AddSubnet(infra, vnet, "lb", $"{SubnetBase}48/28");
                var web = AddSubnet(infra, vnet, "web", WebPrefix);
                infra.Add(vnet);

                RuleOptions[] rules =
                [
                    new("allow-ssh", 1000, SecurityRuleAccess.Allow, SecurityRuleProtocol.Tcp, "192.168.8.0/27", "22"),
                    new("allow-client-5000", 900, SecurityRuleAccess.Allow, SecurityRuleProtocol.Tcp, SubnetBase + "4", ProbePort.ToString()),
                    new("allow-azure-lb", 1024, SecurityRuleAccess.Allow, SecurityRuleProtocol.Asterisk, "AzureLoadBalancer", "*"),
                    new("deny-all", 2048, SecurityRuleAccess.Deny, SecurityRuleProtocol.Asterisk, "*", "*"),
                ];
                var webNsg = new NetworkSecurityGroup("webNsg") { Name = "nsg-web" };
                infra.Add(webNsg);
                AddRule(rules[0]);
                AddRule(new RuleOptions("allow-client-5000", 900, SecurityRuleAccess.Allow, SecurityRuleProtocol.Tcp, SubnetBase + "4", "5000"));
                AddRule(new RuleOptions("allow-azure-lb", 1024, SecurityRuleAccess.Allow, SecurityRuleProtocol.Asterisk, "AzureLoadBalancer", "*"));
                AddRule(new RuleOptions("deny-all", 2048, SecurityRuleAccess.Deny, SecurityRuleProtocol.Asterisk, "*", "*"));
                web.NetworkSecurityGroup = new NetworkSecurityGroup("webNsgRef") { Id = webNsg.Id };

                var lb = new LoadBalancer("lb") { Name = "lb-internal", Sku = new LoadBalancerSku { Name = LoadBalancerSkuName.Standard } };
                var frontend = new FrontendIPConfiguration("frontend") { Subnet = { Id = lbSubnet.Id } };
                frontend.PrivateIPAddress.Assign(SubnetBase + "52");
                frontend.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Static);
                lb.FrontendIPConfigurations.Add(frontend);
                var pool = new BackendAddressPool("pool") { Parent = lb };
                var probe = new ProbeResource("probe");
                probe.Port.Assign(ProbePort);
                probe.Protocol.Assign(ProbeProtocol.Http);
                lb.Probes = [probe];
                lb.LoadBalancingRules.Add(new LoadBalancingRule("http")
                {
                    Properties =
                    {
                        Protocol = LoadBalancingTransportProtocol.Tcp,
                        FrontendPort = 80,
                        BackendPort = ProbePort,
                        FrontendIPConfigurationId = frontend.Id,
                        BackendAddressPools = { new WritableSubResource { Id = pool.Id } },
                        ProbeId = probe.Id,
                    },
                });
                infra.Add(lb);
                infra.Add(pool);
                CreateWebNic(infra, "vm1", "web-vm1", web, pool);
                CreateWebNic(infra, "vm2", "web-vm2", web, pool);
                return infra;

                void AddRule(RuleOptions options)
                {
                    infra.Add(new SecurityRule(options.Name.Replace("-", ""))
                    {
                        Parent = webNsg,
                        Name = options.Name,
                        Priority = options.Priority,
                        Direction = SecurityRuleDirection.Inbound,
                        Access = options.Access,
                        Protocol = options.Protocol,
                        SourceAddressPrefix = options.Source,
                        SourcePortRange = "*",
                        DestinationAddressPrefix = "*",
                        DestinationPortRange = options.Port,
                    });
                }
            }

            private static SubnetResource AddSubnet(Infrastructure infra, VirtualNetwork vnet, string name, string prefix)
            {
                var subnet = new SubnetResource(name + "Subnet") { Parent = vnet, Name = name, AddressPrefix = prefix };
                infra.Add(subnet);
                return subnet;
            }

            private static NetworkInterface CreateWebNic(Infrastructure infra, string id, string name, SubnetResource subnet, BackendAddressPool pool)
            {
                var ipConfiguration = new NetworkInterfaceIPConfiguration(id + "Ip")
                {
                    Subnet = { Id = subnet.Id },
                    LoadBalancerBackendAddressPools = { new BackendAddressPool(id + "PoolRef") { Id = pool.Id } },
                };
                var nic = new NetworkInterface(id + "Nic") { Name = name, IPConfigurations = [ipConfiguration] };
                infra.Add(nic);
                return nic;
            }
        }
        """;
}

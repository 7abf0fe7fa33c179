using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Azure;
using Azure.Provisioning.Network;

namespace AspireAppHost;

/// <summary>
/// A correct web tier: one explicit NSG shared by two subnets. Clients (addresses of the virtual network) reach
/// 443 over TCP, the health probes (AzureLoadBalancer, 168.63.129.16) reach every port, and every other inbound
/// packet is denied by a rule of lower priority (larger number) than both allows. Expected: no finding.
/// </summary>
public static class CorrectWebTier
{
    public static void Add(IDistributedApplicationBuilder builder)
    {
        var vnet = builder.AddAzureVirtualNetwork("web-vnet", "10.10.0.0/16");

        IResourceBuilder<AzureNetworkSecurityGroupResource> webNsg = builder.AddNetworkSecurityGroup("web-nsg")
            .WithSecurityRule(new AzureSecurityRule
            {
                Name = "allow-https-from-vnet",
                Priority = 100,
                Direction = SecurityRuleDirection.Inbound,
                Access = SecurityRuleAccess.Allow,
                Protocol = SecurityRuleProtocol.Tcp,
                SourceAddressPrefix = AzureServiceTags.VirtualNetwork,
                DestinationPortRange = "443",
            })
            .WithSecurityRule(new AzureSecurityRule
            {
                Name = "allow-azure-load-balancer",
                Priority = 110,
                Direction = SecurityRuleDirection.Inbound,
                Access = SecurityRuleAccess.Allow,
                Protocol = SecurityRuleProtocol.Asterisk,
                SourceAddressPrefix = AzureServiceTags.AzureLoadBalancer,
                DestinationPortRange = "*",
            })
            .WithSecurityRule(new AzureSecurityRule
            {
                Name = "deny-all-inbound",
                Priority = 4000,
                Direction = SecurityRuleDirection.Inbound,
                Access = SecurityRuleAccess.Deny,
                Protocol = SecurityRuleProtocol.Asterisk,
                DestinationPortRange = "*",
            });

        vnet.AddSubnet("web-a", "10.10.1.0/24").WithNetworkSecurityGroup(webNsg);
        vnet.AddSubnet("web-b", "10.10.2.0/24").WithNetworkSecurityGroup(webNsg);
    }
}

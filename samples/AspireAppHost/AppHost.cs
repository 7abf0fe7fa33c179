// AspireAppHost: an Aspire AppHost (top-level statements, as AppHost.cs is written). It is built, not run:
// the build output shows the analyzer's findings (../README.md lists what each file should report).
using Aspire.Hosting;
using Aspire.Hosting.Azure;
using AspireAppHost;
using Azure.Provisioning.Network;

var builder = DistributedApplication.CreateBuilder(args);

var vnet = builder.AddAzureVirtualNetwork("vnet");

// The pattern of Aspire's own virtual-network playground: HTTPS admitted only from the AzureLoadBalancer
// service tag, then everything else from the VNet and from the Internet denied.
//
// What Azure does with it: a load balancer in front of the subnet (for Container Apps, the environment's own)
// is not a proxy. It rewrites the destination and hands the packet over with the client's own source address,
// and this subnet's NSG judges that packet. The AzureLoadBalancer tag is only 168.63.129.16, the platform
// address the health probes come from. So on port 443 this NSG admits the probes and nobody else: a client in
// the VNet meets deny-inbound-VirtualNetwork, a client on the Internet deny-inbound-Internet. The probes find
// the backends healthy and every request times out. (LBNSG004)
var containerApps = vnet.AddSubnet("container-apps", "10.0.0.0/23")
    .AllowInbound(port: "443", from: AzureServiceTags.AzureLoadBalancer, protocol: SecurityRuleProtocol.Tcp)
    .DenyInbound(from: AzureServiceTags.VirtualNetwork)
    .DenyInbound(from: AzureServiceTags.Internet);

// The other scenarios, one per file, each with its own virtual network.
CorrectWebTier.Add(builder);
PriorityOverflow.Add(builder);
ShadowedRule.Add(builder);

builder.Build().Run();

using Aspire.Hosting;
using Aspire.Hosting.Azure;
using Azure.Provisioning.Network;

namespace AspireAppHost;

/// <summary>
/// A legacy application server with one listener per tenant, each admitted by its own shorthand rule without a
/// priority. Aspire numbers such rules 100, 200, 300, ... (the NSG's highest priority + 100) and checks no range,
/// so the 41st rule (port 9041) gets 4100, while Azure accepts custom rules only from 100 to 4096: the deployment
/// of this NSG fails. Expected: LBNSG101 (priority out of range) on the last AllowInbound.
/// </summary>
public static class PriorityOverflow
{
    public static void Add(IDistributedApplicationBuilder builder)
    {
        var vnet = builder.AddAzureVirtualNetwork("legacy-vnet", "10.20.0.0/16");

        vnet.AddSubnet("legacy", "10.20.1.0/24")
            .AllowInbound(port: "9001", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9002", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9003", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9004", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9005", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9006", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9007", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9008", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9009", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9010", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9011", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9012", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9013", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9014", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9015", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9016", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9017", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9018", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9019", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9020", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9021", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9022", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9023", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9024", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9025", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9026", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9027", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9028", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9029", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9030", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9031", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9032", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9033", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9034", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9035", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9036", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9037", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9038", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9039", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9040", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp)
            .AllowInbound(port: "9041", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp);
    }
}

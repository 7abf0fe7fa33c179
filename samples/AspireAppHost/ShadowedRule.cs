using Aspire.Hosting;
using Aspire.Hosting.Azure;

namespace AspireAppHost;

/// <summary>
/// Call order is priority order: the shorthand methods number the rules 100, 200, ... in the order they are
/// called. Here the deny of everything comes first (priority 100), so the allow of HTTPS from the virtual network
/// (priority 200) can never match any packet. Expected: LBNSG106 on the AllowInbound.
/// </summary>
public static class ShadowedRule
{
    public static void Add(IDistributedApplicationBuilder builder)
    {
        var vnet = builder.AddAzureVirtualNetwork("admin-vnet", "10.30.0.0/16");

        vnet.AddSubnet("admin", "10.30.1.0/24")
            .DenyInbound()
            .AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork);
    }
}

using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Network;

namespace SeedLab;

/// <summary>
/// The lab of the field report (shared/SEED.md), one method per verification. Every method builds a
/// complete <see cref="Infrastructure"/>:
/// <list type="bullet">
/// <item>VNet 192.168.8.0/24; subnets client 192.168.8.0/27 (client VM 192.168.8.4),
/// lb 192.168.8.48/28 (internal frontend 192.168.8.52, static) and web 192.168.8.64/26.</item>
/// <item>Two web VMs' NICs (web-vm1, web-vm2) in the web subnet, members of the backend pool.</item>
/// <item>An internal Standard load balancer: HTTP probe on 5000, one TCP rule 80 -> 5000.</item>
/// </list>
/// The scenarios differ in their NSGs and use different, equally valid, coding styles (inline or
/// standalone subnets and security rules, NSG stubs or <c>NetworkSecurityGroup.Id</c> assignments).
/// </summary>
public static partial class SeedLabScenarios
{
    /// <summary>
    /// Creates one web VM's network interface in <paramref name="web"/> with a dynamic private address,
    /// joined to <paramref name="pool"/>, and adds it to <paramref name="infra"/>.
    /// </summary>
    private static NetworkInterface CreateWebNic(Infrastructure infra, string name, SubnetResource web, BackendAddressPool pool)
    {
        var ipConfiguration = new NetworkInterfaceIPConfiguration(Infrastructure.NormalizeBicepIdentifier($"{name}-ipconfig"))
        {
            Subnet = { Id = web.Id },
            LoadBalancerBackendAddressPools = { new BackendAddressPool("poolRef") { Id = pool.Id } },
        };
        ipConfiguration.PrivateIPAllocationMethod.Assign(NetworkIPAllocationMethod.Dynamic);

        var nic = new NetworkInterface(Infrastructure.NormalizeBicepIdentifier($"{name}-nic"))
        {
            Name = $"{name}-nic",
            Location = AzureLocation.WestEurope,
            IPConfigurations = [ipConfiguration],
        };
        infra.Add(nic);
        return nic;
    }
}

using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Evaluation;

/// <summary>
/// One backend of a load balancer: a NIC IP configuration in a pool, or an IP-based pool member.
/// Its addresses are its static IP, or its whole subnet when the IP is dynamic (a verdict must then
/// hold for every address); null when not known.
/// </summary>
public sealed class Backend
{
    public Backend(string displayName, Origin origin, IpConfigurationModel? ipConfiguration, BackendAddressModel? poolMember, Known<SubnetModel?> subnet, IntervalSet? addresses, NsgPath path, AddressContext context)
    {
        DisplayName = displayName;
        Origin = origin;
        IpConfiguration = ipConfiguration;
        PoolMember = poolMember;
        Subnet = subnet;
        Addresses = addresses;
        Path = path;
        Context = context;
    }

    public string DisplayName { get; }

    public Origin Origin { get; }

    public IpConfigurationModel? IpConfiguration { get; }

    public BackendAddressModel? PoolMember { get; }

    public Known<SubnetModel?> Subnet { get; }

    public IntervalSet? Addresses { get; }

    public NsgPath Path { get; }

    public AddressContext Context { get; }

    public override string ToString() => DisplayName;
}

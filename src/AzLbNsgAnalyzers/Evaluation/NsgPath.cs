using System.Collections.Immutable;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Evaluation;

/// <summary>
/// The NSGs a backend's traffic crosses: the subnet NSG and the NIC NSG. Each is null when there is
/// none (it passes everything) and Unknown when the analysis cannot see it.
/// </summary>
public sealed class NsgPath
{
    public NsgPath(Known<NetworkSecurityGroupModel?> subnetNsg, Known<NetworkSecurityGroupModel?> nicNsg)
    {
        SubnetNsg = subnetNsg;
        NicNsg = nicNsg;
    }

    /// <summary>No NSG on subnet or NIC.</summary>
    public static NsgPath None { get; } = new(Known<NetworkSecurityGroupModel?>.Of(null), Known<NetworkSecurityGroupModel?>.Of(null));

    public Known<NetworkSecurityGroupModel?> SubnetNsg { get; }

    public Known<NetworkSecurityGroupModel?> NicNsg { get; }

    /// <summary>
    /// The path of one IP configuration. An unset or unresolved subnet or NIC, or an open object
    /// (one that code the analysis cannot see may change) whose NSG is absent, gives an Unknown NSG.
    /// </summary>
    public static NsgPath For(IpConfigurationModel ipConfiguration)
    {
        var subnetNsg = Known<NetworkSecurityGroupModel?>.Unknown;
        if (ipConfiguration.Subnet.TryGet(out var subnet) && subnet is not null)
        {
            subnetNsg = OrUnknownIfOpen(subnet.NetworkSecurityGroup, subnet.IsOpen);
        }

        var nicNsg = Known<NetworkSecurityGroupModel?>.Unknown;
        if (ipConfiguration.NetworkInterface is { } nic)
        {
            nicNsg = OrUnknownIfOpen(nic.NetworkSecurityGroup, nic.IsOpen);
        }

        return new NsgPath(subnetNsg, nicNsg);
    }

    /// <summary>
    /// The NSGs in the order a packet meets them: inbound subnet then NIC, outbound NIC then subnet (made once per
    /// direction: rules ask for every backend).
    /// </summary>
    public ImmutableArray<Known<NetworkSecurityGroupModel?>> InOrder(RuleDirection direction)
    {
        // A race makes two equal arrays at worst; an ImmutableArray is one reference, written at once.
        if (direction == RuleDirection.Inbound)
        {
            return _inbound.IsDefault ? _inbound = ImmutableArray.Create(SubnetNsg, NicNsg) : _inbound;
        }

        return _outbound.IsDefault ? _outbound = ImmutableArray.Create(NicNsg, SubnetNsg) : _outbound;
    }

    private ImmutableArray<Known<NetworkSecurityGroupModel?>> _inbound;
    private ImmutableArray<Known<NetworkSecurityGroupModel?>> _outbound;

    public override string ToString() => "subnet NSG " + SubnetNsg + ", NIC NSG " + NicNsg;

    private static Known<NetworkSecurityGroupModel?> OrUnknownIfOpen(Known<NetworkSecurityGroupModel?> nsg, bool isOpen) =>
        isOpen && nsg.TryGet(out var value) && value is null ? Known<NetworkSecurityGroupModel?>.Unknown : nsg;
}

using System;
using System.Collections.Immutable;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Evaluation;

/// <summary>
/// A set of packet flows to evaluate against NSGs: every combination of the protocols, destination
/// addresses and destination ports given, from every source port of every IPv4 source address.
/// A verdict holds for a source only when it holds for every flow of the set.
/// </summary>
public sealed class Flow : IEquatable<Flow>
{
    public Flow(ImmutableArray<FlowProtocol> protocols, IntervalSet destinationAddresses, IntervalSet destinationPorts)
    {
        if (protocols.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A flow needs at least one protocol.", nameof(protocols));
        }

        if (destinationAddresses is null || destinationAddresses.IsEmpty)
        {
            throw new ArgumentException("A flow needs at least one destination address.", nameof(destinationAddresses));
        }

        if (destinationPorts is null || destinationPorts.IsEmpty || !destinationPorts.IsSubsetOf(PortRange.All))
        {
            throw new ArgumentException("A flow needs destination ports within 0-65535.", nameof(destinationPorts));
        }

        int mask = 0;
        var distinct = ImmutableArray.CreateBuilder<FlowProtocol>(protocols.Length);
        foreach (var protocol in protocols)
        {
            int bit = 1 << (int)protocol;
            if ((mask & bit) == 0)
            {
                mask |= bit;
                distinct.Add(protocol);
            }
        }

        ProtocolMask = mask;
        Protocols = distinct.Count == protocols.Length ? protocols : distinct.ToImmutable();
        DestinationAddresses = destinationAddresses;
        DestinationPorts = destinationPorts;
    }

    public Flow(FlowProtocol protocol, IntervalSet destinationAddresses, IntervalSet destinationPorts)
        : this(ImmutableArray.Create(protocol), destinationAddresses, destinationPorts)
    {
    }

    /// <summary>One protocol, one destination address, one destination port.</summary>
    public Flow(FlowProtocol protocol, uint destinationAddress, int destinationPort)
        : this(ImmutableArray.Create(protocol), IntervalSet.Of(destinationAddress), PortRange.Single(destinationPort))
    {
    }

    /// <summary>The distinct protocols of the flow set, in the order given.</summary>
    public ImmutableArray<FlowProtocol> Protocols { get; }

    /// <summary>Every destination the verdict must hold for (one backend address, or a whole subnet).</summary>
    public IntervalSet DestinationAddresses { get; }

    /// <summary>Every destination port the verdict must hold for (one port, or all for HA ports).</summary>
    public IntervalSet DestinationPorts { get; }

    internal int ProtocolMask { get; }

    /// <summary>The packet protocols of a load-balancing rule's transport protocol: All is Tcp and Udp, Quic runs over Udp.</summary>
    public static ImmutableArray<FlowProtocol> ProtocolsOf(LbTransportProtocol protocol) => protocol switch
    {
        LbTransportProtocol.Tcp => ImmutableArray.Create(FlowProtocol.Tcp),
        LbTransportProtocol.Udp => ImmutableArray.Create(FlowProtocol.Udp),
        LbTransportProtocol.Quic => ImmutableArray.Create(FlowProtocol.Udp),
        _ => ImmutableArray.Create(FlowProtocol.Tcp, FlowProtocol.Udp),
    };

    public bool HasProtocol(FlowProtocol protocol) => (ProtocolMask & (1 << (int)protocol)) != 0;

    public bool Equals(Flow? other) =>
        other is not null && ProtocolMask == other.ProtocolMask && DestinationPorts.Equals(other.DestinationPorts) && DestinationAddresses.Equals(other.DestinationAddresses);

    public override bool Equals(object? obj) => Equals(obj as Flow);

    public override int GetHashCode() => unchecked((ProtocolMask * 397) ^ DestinationPorts.GetHashCode() ^ (DestinationAddresses.GetHashCode() * 31));

    public override string ToString() => string.Join("/", Protocols) + " to " + Ipv4.Format(DestinationAddresses) + ":" + PortRange.Format(DestinationPorts);
}

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

        // Protocol lists are nearly always distinct already: build a new one only when one repeats.
        int mask = 0;
        bool repeated = false;
        foreach (var protocol in protocols)
        {
            int bit = 1 << (int)protocol;
            repeated |= (mask & bit) != 0;
            mask |= bit;
        }

        if (repeated)
        {
            var distinct = ImmutableArray.CreateBuilder<FlowProtocol>(protocols.Length);
            int seen = 0;
            foreach (var protocol in protocols)
            {
                int bit = 1 << (int)protocol;
                if ((seen & bit) == 0)
                {
                    seen |= bit;
                    distinct.Add(protocol);
                }
            }

            protocols = distinct.ToImmutable();
        }

        ProtocolMask = mask;
        Protocols = protocols;
        DestinationAddresses = destinationAddresses;
        DestinationPorts = destinationPorts;
    }

    public Flow(FlowProtocol protocol, IntervalSet destinationAddresses, IntervalSet destinationPorts)
        : this(Only(protocol), destinationAddresses, destinationPorts)
    {
    }

    /// <summary>One protocol, one destination address, one destination port.</summary>
    public Flow(FlowProtocol protocol, uint destinationAddress, int destinationPort)
        : this(Only(protocol), IntervalSet.Of(destinationAddress), PortRange.Single(destinationPort))
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
        LbTransportProtocol.Tcp => Only(FlowProtocol.Tcp),
        LbTransportProtocol.Udp => Only(FlowProtocol.Udp),
        LbTransportProtocol.Quic => Only(FlowProtocol.Udp),
        _ => TcpAndUdp,
    };

    /// <summary>A one-protocol list, shared (flows are made for every rule and backend).</summary>
    public static ImmutableArray<FlowProtocol> Only(FlowProtocol protocol) =>
        (uint)protocol < (uint)SingleProtocols.Length ? SingleProtocols[(int)protocol] : ImmutableArray.Create(protocol);

    private static readonly ImmutableArray<FlowProtocol>[] SingleProtocols =
    {
        ImmutableArray.Create(FlowProtocol.Tcp),
        ImmutableArray.Create(FlowProtocol.Udp),
        ImmutableArray.Create(FlowProtocol.Icmp),
        ImmutableArray.Create(FlowProtocol.Esp),
        ImmutableArray.Create(FlowProtocol.Ah),
    };

    private static readonly ImmutableArray<FlowProtocol> TcpAndUdp = ImmutableArray.Create(FlowProtocol.Tcp, FlowProtocol.Udp);

    public bool HasProtocol(FlowProtocol protocol) => (ProtocolMask & (1 << (int)protocol)) != 0;

    public bool Equals(Flow? other) =>
        other is not null && ProtocolMask == other.ProtocolMask && DestinationPorts.Equals(other.DestinationPorts) && DestinationAddresses.Equals(other.DestinationAddresses);

    public override bool Equals(object? obj) => Equals(obj as Flow);

    public override int GetHashCode() => unchecked((ProtocolMask * 397) ^ DestinationPorts.GetHashCode() ^ (DestinationAddresses.GetHashCode() * 31));

    public override string ToString() => string.Join("/", Protocols) + " to " + Ipv4.Format(DestinationAddresses) + ":" + PortRange.Format(DestinationPorts);
}

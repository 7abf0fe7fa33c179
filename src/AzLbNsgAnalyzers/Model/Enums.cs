namespace AzLbNsgAnalyzers.Model;

public enum RuleDirection
{
    Inbound,
    Outbound,
}

public enum RuleAccess
{
    Allow,
    Deny,
}

/// <summary>Security rule protocols as Azure knows them; Any is the wire value "*".</summary>
public enum RuleProtocol
{
    Tcp,
    Udp,
    Icmp,
    Esp,
    Ah,
    Any,
}

/// <summary>The protocol of one packet flow.</summary>
public enum FlowProtocol
{
    Tcp,
    Udp,
    Icmp,
    Esp,
    Ah,
}

public enum LbTransportProtocol
{
    Udp,
    Tcp,
    All,
    Quic,
}

public enum ProbeProtocolKind
{
    Http,
    Tcp,
    Https,
}

public enum SkuName
{
    Basic,
    Standard,
    Gateway,
    StandardV2,
}

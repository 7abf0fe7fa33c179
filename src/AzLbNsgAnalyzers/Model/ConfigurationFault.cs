using System.Collections.Immutable;

namespace AzLbNsgAnalyzers.Model;

public enum ConfigurationFaultKind
{
    /// <summary>A rule added to an NSG under a name one of its rules already has (Aspire's WithSecurityRule throws ArgumentException).</summary>
    DuplicateRuleName,

    /// <summary>An explicit NSG given to a subnet that already has shorthand rules (Aspire's WithNetworkSecurityGroup throws InvalidOperationException).</summary>
    NsgAfterShorthandRules,
}

/// <summary>A configuration the tooling or Azure rejects before any packet flows, found by a front end while it reads the code.</summary>
public sealed class ConfigurationFault
{
    public ConfigurationFault(ConfigurationFaultKind kind, Origin origin, ImmutableArray<Origin> related, string networkSecurityGroup, string subject, Origin builder)
    {
        Builder = builder;
        Kind = kind;
        Origin = origin;
        Related = related;
        NetworkSecurityGroup = networkSecurityGroup;
        Subject = subject;
    }

    public ConfigurationFaultKind Kind { get; }

    /// <summary>The call that fails.</summary>
    public Origin Origin { get; }

    /// <summary>The earlier calls it collides with.</summary>
    public ImmutableArray<Origin> Related { get; }

    /// <summary>The NSG's name.</summary>
    public string NetworkSecurityGroup { get; }

    /// <summary>Where the builder the failing call was made on (the NSG, the subnet) was made.</summary>
    public Origin Builder { get; }

    /// <summary>The duplicated rule name, or the subnet's name.</summary>
    public string Subject { get; }
}

// Compile-only stand-in for Aspire.Hosting.Azure.Network (listing at microsoft/aspire 1cf1eaa): the rule record that
// WithSecurityRule takes, and the service-tag constants. Bodies never run.
using Aspire.Hosting.ApplicationModel;
using Azure.Provisioning.Network;

namespace Aspire.Hosting.Azure
{
    /// <summary>
    /// One NSG rule as WithSecurityRule adds it. Name, Priority, Direction, Access, Protocol and DestinationPortRange are
    /// required; SourceAddressPrefix, SourcePortRange and DestinationAddressPrefix default to "*". A set
    /// SourceAddressPrefixReference / DestinationAddressPrefixReference replaces the string prefix with a deployment parameter.
    /// </summary>
    public sealed class AzureSecurityRule
    {
        public required SecurityRuleAccess Access { get => throw null!; set => throw null!; }
        public string? Description { get => throw null!; set => throw null!; }
        public string DestinationAddressPrefix { get => throw null!; set => throw null!; }
        public ReferenceExpression? DestinationAddressPrefixReference { get => throw null!; set => throw null!; }
        public required string DestinationPortRange { get => throw null!; set => throw null!; }
        public required SecurityRuleDirection Direction { get => throw null!; set => throw null!; }
        public required string Name { get => throw null!; set => throw null!; }
        public required int Priority { get => throw null!; set => throw null!; }
        public required SecurityRuleProtocol Protocol { get => throw null!; set => throw null!; }
        public string SourceAddressPrefix { get => throw null!; set => throw null!; }
        public ReferenceExpression? SourceAddressPrefixReference { get => throw null!; set => throw null!; }
        public string SourcePortRange { get => throw null!; set => throw null!; }
    }

    /// <summary>Service tags for the shorthand rules' <c>from</c> / <c>to</c> and for AzureSecurityRule prefixes.</summary>
    public static class AzureServiceTags
    {
        public const string AppService = "AppService";
        public const string AzureActiveDirectory = "AzureActiveDirectory";
        public const string AzureContainerRegistry = "AzureContainerRegistry";
        public const string AzureCosmosDB = "AzureCosmosDB";
        public const string AzureKeyVault = "AzureKeyVault";
        /// <summary>Only the platform's probe source 168.63.129.16: load-balanced client traffic keeps the client's address.</summary>
        public const string AzureLoadBalancer = "AzureLoadBalancer";
        public const string AzureMonitor = "AzureMonitor";
        public const string AzureTrafficManager = "AzureTrafficManager";
        public const string EventHub = "EventHub";
        public const string GatewayManager = "GatewayManager";
        public const string Internet = "Internet";
        public const string ServiceBus = "ServiceBus";
        public const string Sql = "Sql";
        public const string Storage = "Storage";
        public const string VirtualNetwork = "VirtualNetwork";
    }
}

// Compile-only stand-in: the two network-security-perimeter enums of a newer Azure.Provisioning.Network than the
// 1.0.0-beta.2 surface of ../Azure.Provisioning.Facade (which has no perimeter types). Aspire.Hosting.Azure.Network's
// public surface names them (WithNetworkSecurityPerimeter, AzureNspAccessRule). Member names as Aspire's sources use
// them; the numeric values follow the order of the REST specification's enum (not read from a provisioning listing).
namespace Azure.Provisioning.Network
{
    public enum NetworkSecurityPerimeterAccessRuleDirection
    {
        Inbound = 0,
        Outbound = 1,
    }

    public enum NetworkSecurityPerimeterAssociationAccessMode
    {
        Learning = 0,
        Enforced = 1,
        Audit = 2,
    }
}

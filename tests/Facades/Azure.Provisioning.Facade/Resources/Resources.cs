using System;
using Azure.Core;
using Azure.Provisioning.Primitives;

namespace Azure.Provisioning.Resources
{
    public class WritableSubResource : ProvisionableConstruct
    {
        public WritableSubResource() { }
        public BicepValue<ResourceIdentifier> Id { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }

    public class SubResource : ProvisionableConstruct
    {
        public SubResource() { }
        public BicepValue<ResourceIdentifier> Id => throw null!;
        protected override void DefineProvisionableProperties() { }
    }

    public enum ExtendedLocationType
    {
        EdgeZone = 0,
    }

    public class ExtendedAzureLocation : ProvisionableConstruct
    {
        public ExtendedAzureLocation() { }
        public BicepValue<ExtendedLocationType> ExtendedLocationType { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
    }

    /// <summary>Minimal stand-in (members omitted): only the type name is needed by the facade's subset.</summary>
    public class ManagedServiceIdentity : ProvisionableConstruct
    {
        public ManagedServiceIdentity() { }
        protected override void DefineProvisionableProperties() { }
    }

    public enum CreatedByType
    {
        User = 0,
        Application = 1,
        ManagedIdentity = 2,
        Key = 3,
    }

    public class SystemData : ProvisionableConstruct
    {
        public SystemData() { }
        public BicepValue<string> CreatedBy => throw null!;
        public BicepValue<CreatedByType> CreatedByType => throw null!;
        public BicepValue<DateTimeOffset> CreatedOn => throw null!;
        public BicepValue<string> LastModifiedBy => throw null!;
        public BicepValue<CreatedByType> LastModifiedByType => throw null!;
        public BicepValue<DateTimeOffset> LastModifiedOn => throw null!;
        protected override void DefineProvisionableProperties() { }
    }

    public class ResourceGroup : ProvisionableResource
    {
        public ResourceGroup(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public BicepValue<ResourceIdentifier> Id => throw null!;
        public BicepValue<AzureLocation> Location { get => throw null!; set => throw null!; }
        public BicepValue<string> ManagedBy { get => throw null!; set => throw null!; }
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public BicepValue<string> ResourceGroupProvisioningState => throw null!;
        public SystemData SystemData => throw null!;
        public BicepDictionary<string> Tags { get => throw null!; set => throw null!; }
        protected override void DefineProvisionableProperties() { }
        public static ResourceGroup FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public override ResourceNameRequirements GetResourceNameRequirements() => throw null!;

        public static class ResourceVersions
        {
            public static readonly string V2021_04_01 = "2021-04-01";
            public static readonly string V2022_09_01 = "2022-09-01";
            public static readonly string V2023_07_01 = "2023-07-01";
        }
    }

    public enum SubscriptionState
    {
        Enabled = 0,
        Warned = 1,
        PastDue = 2,
        Disabled = 3,
        Deleted = 4,
    }

    public enum SpendingLimit
    {
        On = 0,
        Off = 1,
        CurrentPeriodOff = 2,
    }

    /// <summary>Minimal stand-in (members omitted).</summary>
    public class ManagedByTenant : ProvisionableConstruct
    {
        public ManagedByTenant() { }
        protected override void DefineProvisionableProperties() { }
    }

    public class SubscriptionPolicies : ProvisionableConstruct
    {
        public SubscriptionPolicies() { }
        public BicepValue<string> LocationPlacementId => throw null!;
        public BicepValue<string> QuotaId => throw null!;
        public BicepValue<SpendingLimit> SpendingLimit => throw null!;
        protected override void DefineProvisionableProperties() { }
    }

    public class Subscription : ProvisionableResource
    {
        public Subscription(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public BicepValue<string> AuthorizationSource => throw null!;
        public BicepValue<string> DisplayName => throw null!;
        public BicepValue<ResourceIdentifier> Id => throw null!;
        public BicepList<ManagedByTenant> ManagedByTenants => throw null!;
        public BicepValue<SubscriptionState> State => throw null!;
        public BicepValue<string> SubscriptionId => throw null!;
        public SubscriptionPolicies SubscriptionPolicies => throw null!;
        public BicepDictionary<string> Tags => throw null!;
        public BicepValue<Guid> TenantId => throw null!;
        protected override void DefineProvisionableProperties() { }

        public static class ResourceVersions
        {
            public static readonly string V2019_10_01 = "2019-10-01";
            public static readonly string V2022_12_01 = "2022-12-01";
        }
    }

    public enum TenantCategory
    {
        Home = 0,
        ProjectedBy = 1,
        ManagedBy = 2,
    }

    public class Tenant : ProvisionableResource
    {
        public Tenant(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public BicepValue<string> Country => throw null!;
        public BicepValue<string> CountryCode => throw null!;
        public BicepValue<string> DefaultDomain => throw null!;
        public BicepValue<string> DisplayName => throw null!;
        public BicepList<string> Domains => throw null!;
        public BicepValue<string> Id => throw null!;
        public BicepValue<Uri> TenantBrandingLogoUri => throw null!;
        public BicepValue<TenantCategory> TenantCategory => throw null!;
        public BicepValue<Guid> TenantId => throw null!;
        public BicepValue<string> TenantType => throw null!;
        protected override void DefineProvisionableProperties() { }

        public static class ResourceVersions
        {
            public static readonly string V2019_09_01 = "2019-09-01";
            public static readonly string V2020_01_01 = "2020-01-01";
        }
    }

    /// <summary>Minimal stand-in (members omitted).</summary>
    public class ArmDeploymentPropertiesExtended : ProvisionableConstruct
    {
        public ArmDeploymentPropertiesExtended() { }
        protected override void DefineProvisionableProperties() { }
    }

    public class ArmDeployment : ProvisionableResource
    {
        public ArmDeployment(string bicepIdentifier, string? resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) { }
        public BicepValue<ResourceIdentifier> Id => throw null!;
        public BicepValue<AzureLocation> Location => throw null!;
        public BicepValue<string> Name { get => throw null!; set => throw null!; }
        public ArmDeploymentPropertiesExtended Properties => throw null!;
        public SystemData SystemData => throw null!;
        public BicepDictionary<string> Tags => throw null!;
        protected override void DefineProvisionableProperties() { }
        public static ArmDeployment FromExisting(string bicepIdentifier, string? resourceVersion = null) => throw null!;
        public override ResourceNameRequirements GetResourceNameRequirements() => throw null!;

        public static class ResourceVersions
        {
            public static readonly string V2023_07_01 = "2023-07-01";
            public static readonly string V2025_04_01 = "2025-04-01";
        }
    }
}

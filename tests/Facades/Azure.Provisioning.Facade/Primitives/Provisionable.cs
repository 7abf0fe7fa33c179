using System;
using System.Collections.Generic;
using Azure.Core;
using Azure.Provisioning.Expressions;

namespace Azure.Provisioning.Primitives
{
    public abstract class Provisionable
    {
        internal Provisionable() { }
        protected internal abstract IEnumerable<BicepStatement> Compile();
        public virtual IEnumerable<Provisionable> GetProvisionableResources() => throw null!;
        protected internal virtual void Resolve(ProvisioningBuildOptions? options = null) => throw null!;
        protected internal virtual void Validate(ProvisioningBuildOptions? options = null) => throw null!;
    }

    public abstract class ProvisionableConstruct : Provisionable, IBicepValue
    {
        protected ProvisionableConstruct() { }

        BicepExpression? IBicepValue.Expression { get => throw null!; set => throw null!; }
        bool IBicepValue.IsEmpty => throw null!;
        bool IBicepValue.IsOutput => throw null!;
        bool IBicepValue.IsRequired => throw null!;
        bool IBicepValue.IsSecure => throw null!;
        BicepValueKind IBicepValue.Kind => throw null!;
        object? IBicepValue.LiteralValue => throw null!;
        BicepValueReference? IBicepValue.Self { get => throw null!; set => throw null!; }
        BicepValueReference? IBicepValue.Source => throw null!;
        void IBicepValue.Assign(IBicepValue source) => throw null!;
        BicepExpression IBicepValue.Compile() => throw null!;
        void IBicepValue.SetReadOnly() => throw null!;

        public Infrastructure? ParentInfrastructure { get => throw null!; set => throw null!; }
        public IDictionary<string, IBicepValue> ProvisionableProperties => throw null!;

        protected virtual void AssignOrReplace<T>(ref T? property, T value) where T : IBicepValue => throw null!;
        protected internal override IEnumerable<BicepStatement> Compile() => throw null!;
        protected BicepDictionary<T> DefineDictionaryProperty<T>(string propertyName, string[]? bicepPath, bool isOutput = false, bool isRequired = false) => throw null!;
        protected BicepList<T> DefineListProperty<T>(string propertyName, string[]? bicepPath, bool isOutput = false, bool isRequired = false) => throw null!;
        protected T DefineModelProperty<T>(string propertyName, string[]? bicepPath, bool isOutput = false, bool isRequired = false, bool isSecure = false, string? format = null) where T : ProvisionableConstruct, new() => throw null!;
        protected T DefineModelProperty<T>(string propertyName, string[]? bicepPath, T value, bool isOutput = false, bool isRequired = false, bool isSecure = false, string? format = null) where T : ProvisionableConstruct => throw null!;
        protected BicepValue<T> DefineProperty<T>(string propertyName, string[]? bicepPath, bool isOutput = false, bool isRequired = false, bool isSecure = false, BicepValue<T>? defaultValue = null, string? format = null) => throw null!;
        protected virtual void DefineProvisionableProperties() { }
        public override IEnumerable<Provisionable> GetProvisionableResources() => throw null!;
        protected void Initialize() => throw null!;
        protected internal void OverrideWithExpression(BicepExpression reference) => throw null!;
        protected internal override void Resolve(ProvisioningBuildOptions? options = null) => throw null!;
        public void SetProvisioningProperty(IBicepValue property, BicepValue value) => throw null!;
        protected internal override void Validate(ProvisioningBuildOptions? options = null) => throw null!;
    }

    public abstract class NamedProvisionableConstruct : ProvisionableConstruct
    {
        protected NamedProvisionableConstruct(string bicepIdentifier) { }
        public string BicepIdentifier { get => throw null!; set => throw null!; }
    }

    public abstract class ProvisionableResource : NamedProvisionableConstruct
    {
        protected ProvisionableResource(string bicepIdentifier, ResourceType resourceType, string? resourceVersion = null) : base(bicepIdentifier) { }

        public BicepMetadata BicepMetadata => throw null!;
        public IList<ProvisionableResource> DependsOn => throw null!;
        public bool IsExistingResource { get => throw null!; protected set => throw null!; }
        public ResourceType ResourceType => throw null!;
        public string? ResourceVersion { get => throw null!; set => throw null!; }

        public virtual ProvisioningPlan Build(ProvisioningBuildOptions? options = null) => throw null!;
        protected internal override IEnumerable<BicepStatement> Compile() => throw null!;
        protected ResourceReference<T> DefineResource<T>(string propertyName, string[]? bicepPath, bool isOutput = false, bool isRequired = false, T? defaultValue = null) where T : ProvisionableResource => throw null!;
        public virtual ResourceNameRequirements GetResourceNameRequirements() => throw null!;
        protected internal override void Validate(ProvisioningBuildOptions? options = null) => throw null!;
    }

    public sealed class BicepMetadata
    {
        public BicepMetadata() { }
        public uint? BatchSize { get => throw null!; set => throw null!; }
        public string? Description { get => throw null!; set => throw null!; }
        public bool OnlyIfNotExists { get => throw null!; set => throw null!; }
    }

    public class BicepValueReference
    {
        public BicepValueReference(ProvisionableConstruct construct, string propertyName, params string[]? path) { }
        public IReadOnlyList<string>? BicepPath => throw null!;
        public ProvisionableConstruct Construct => throw null!;
        public string PropertyName => throw null!;
        public override string ToString() => throw null!;
    }

    public enum DeploymentScope
    {
        ResourceGroup = 0,
        Subscription = 1,
        ManagementGroup = 2,
        Tenant = 3,
    }

    public abstract class InfrastructureResolver
    {
        protected InfrastructureResolver() { }
        public virtual IEnumerable<Infrastructure> GetNestedInfrastructure(Infrastructure infrastructure, ProvisioningBuildOptions options) => throw null!;
        public virtual void ResolveInfrastructure(Infrastructure infrastructure, ProvisioningBuildOptions options) => throw null!;
        public virtual void ResolveProperties(ProvisionableConstruct construct, ProvisioningBuildOptions options) => throw null!;
        public virtual IEnumerable<Provisionable> ResolveResources(IEnumerable<Provisionable> resources, ProvisioningBuildOptions options) => throw null!;
    }

    [Flags]
    public enum ResourceNameCharacters
    {
        LowercaseLetters = 1,
        UppercaseLetters = 2,
        Letters = 3,
        Numbers = 4,
        Alphanumeric = 7,
        Hyphen = 8,
        Underscore = 16,
        Period = 32,
        Parentheses = 64,
    }

    public readonly struct ResourceNameRequirements
    {
        public ResourceNameRequirements(int minLength, int maxLength, ResourceNameCharacters validCharacters) => throw null!;
        public int MaxLength => throw null!;
        public int MinLength => throw null!;
        public ResourceNameCharacters ValidCharacters => throw null!;
    }

    public class ResourceReference<T> where T : ProvisionableResource
    {
        public ResourceReference(BicepValue<string> reference) { }
        public T? Value { get => throw null!; set => throw null!; }
    }
}

using System;
using System.Collections.Generic;
using Azure.Provisioning.Expressions;
using Azure.Provisioning.Primitives;

namespace Azure.Provisioning
{
    public class Infrastructure : Provisionable
    {
        public Infrastructure(string bicepName = "main") { }

        public string BicepName => throw null!;
        public DeploymentScope? TargetScope { get => throw null!; set => throw null!; }

        public virtual void Add(Provisionable resource) => throw null!;
        public virtual void Remove(Provisionable resource) => throw null!;
        public virtual ProvisioningPlan Build(ProvisioningBuildOptions? options = null) => throw null!;
        protected internal override IEnumerable<BicepStatement> Compile() => throw null!;
        protected internal IDictionary<string, IEnumerable<BicepStatement>> CompileModules(ProvisioningBuildOptions? options = null) => throw null!;
        public override IEnumerable<Provisionable> GetProvisionableResources() => throw null!;
        protected internal override void Resolve(ProvisioningBuildOptions? options = null) => throw null!;
        protected internal override void Validate(ProvisioningBuildOptions? options = null) => throw null!;

        public static bool IsValidBicepIdentifier(string? bicepIdentifier) => throw null!;
        public static string NormalizeBicepIdentifier(string? bicepIdentifier) => throw null!;
        public static void ValidateBicepIdentifier(string? bicepIdentifier, string? paramName = null) => throw null!;
    }

    public class ProvisioningBuildOptions
    {
        public ProvisioningBuildOptions() { }
        public IList<InfrastructureResolver> InfrastructureResolvers => throw null!;
        public Random Random { get => throw null!; set => throw null!; }
    }

    public class ProvisioningPlan
    {
        internal ProvisioningPlan() { }
        public ProvisioningBuildOptions BuildOptions => throw null!;
        public Infrastructure Infrastructure => throw null!;
        public IDictionary<string, string> Compile() => throw null!;
        public IEnumerable<string> Save(string directoryPath) => throw null!;
    }

    public class ProvisioningVariable : NamedProvisionableConstruct
    {
        protected ProvisioningVariable(string bicepIdentifier, BicepExpression type, BicepValue<object>? value) : base(bicepIdentifier) { }
        public ProvisioningVariable(string bicepIdentifier, Type type) : base(bicepIdentifier) { }

        public BicepExpression BicepType => throw null!;
        public string? Description { get => throw null!; set => throw null!; }
        public BicepValue<object> Value { get => throw null!; set => throw null!; }
        protected internal override IEnumerable<BicepStatement> Compile() => throw null!;
    }

    public class ProvisioningParameter : ProvisioningVariable
    {
        public ProvisioningParameter(string bicepIdentifier, BicepExpression type) : base(bicepIdentifier, type, null) { }
        public ProvisioningParameter(string bicepIdentifier, Type type) : base(bicepIdentifier, null!, null) { }

        public bool IsSecure { get => throw null!; set => throw null!; }
        protected internal override IEnumerable<BicepStatement> Compile() => throw null!;
    }

    public class ProvisioningOutput : ProvisioningVariable
    {
        public ProvisioningOutput(string bicepIdentifier, BicepExpression type) : base(bicepIdentifier, type, null) { }
        public ProvisioningOutput(string bicepIdentifier, Type type) : base(bicepIdentifier, null!, null) { }

        protected internal override IEnumerable<BicepStatement> Compile() => throw null!;
    }
}

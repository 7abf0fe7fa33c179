// Compile-only stand-in: the few Aspire.Hosting.Azure types that Aspire.Hosting.Azure.Network's public surface and
// typical AppHost code use (the resource base classes, the infrastructure handed to ConfigureInfrastructure, output
// references, the delegation / private-endpoint / perimeter target interfaces). Shapes follow Aspire.Hosting.Azure's
// public API listing; only a subset of members is present. Bodies never run.
using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using Aspire.Hosting.ApplicationModel;
using Azure.Provisioning;
using Azure.Provisioning.Primitives;

namespace Aspire.Hosting.ApplicationModel
{
    /// <summary>An Aspire resource deployed to Azure.</summary>
    public interface IAzureResource : IResource
    {
        TaskCompletionSource? ProvisioningTaskCompletionSource { get; set; }
    }
}

namespace Aspire.Hosting.Azure
{
    /// <summary>Minimal stand-in: a resource described by a Bicep template (template members are omitted).</summary>
    public class AzureBicepResource : Resource, IAzureResource, IResourceWithParameters
    {
        public AzureBicepResource(string name, string? templateFile = null, string? templateString = null, string? templateResourceName = null) : base(name) { }

        IDictionary<string, object?> IResourceWithParameters.Parameters => throw null!;
        public Dictionary<string, object?> Outputs => throw null!;
        public Dictionary<string, object?> Parameters => throw null!;
        public TaskCompletionSource? ProvisioningTaskCompletionSource { get => throw null!; set => throw null!; }
        public HashSet<object> References => throw null!;
        public Dictionary<string, string?> SecretOutputs => throw null!;
    }

    /// <summary>Minimal stand-in: an Azure resource whose Bicep is produced by Azure.Provisioning code (role assignments and template members are omitted).</summary>
    public class AzureProvisioningResource : AzureBicepResource
    {
        public AzureProvisioningResource(string name, Action<AzureResourceInfrastructure> configureInfrastructure) : base(name) { }

        public Action<AzureResourceInfrastructure> ConfigureInfrastructure => throw null!;
        public ProvisioningBuildOptions? ProvisioningBuildOptions { get => throw null!; set => throw null!; }

        public virtual ProvisionableResource AddAsExistingResource(AzureResourceInfrastructure infra) => throw null!;

        public static T CreateExistingOrNewProvisionableResource<T>(AzureResourceInfrastructure infrastructure, Func<string, BicepValue<string>, T> createExisting, Func<AzureResourceInfrastructure, T> createNew)
            where T : ProvisionableResource => throw null!;

        public static bool TryApplyExistingResourceAnnotation(IAzureResource aspireResource, AzureResourceInfrastructure infra, ProvisionableResource provisionableResource) => throw null!;
    }

    /// <summary>The Azure.Provisioning infrastructure of one Aspire Azure resource (what ConfigureInfrastructure callbacks receive).</summary>
    public sealed class AzureResourceInfrastructure : Infrastructure
    {
        internal AzureResourceInfrastructure() : base(default!) { }

        public AzureProvisioningResource AspireResource => throw null!;
    }

    /// <summary>A reference to an output of a resource's Bicep module.</summary>
    public sealed class BicepOutputReference : IExpressionValue, IValueProvider, IManifestExpressionProvider, IValueWithReferences, IEquatable<BicepOutputReference>
    {
        public BicepOutputReference(string name, AzureBicepResource resource) { }

        IEnumerable<object> IValueWithReferences.References => throw null!;
        public string Name => throw null!;
        public AzureBicepResource Resource => throw null!;
        public string? Value => throw null!;
        public string ValueExpression => throw null!;

        public override int GetHashCode() => throw null!;
        public ValueTask<string?> GetValueAsync(CancellationToken cancellationToken = default) => throw null!;
        bool IEquatable<BicepOutputReference>.Equals(BicepOutputReference? other) => throw null!;
    }

    /// <summary>A resource that can be placed in a delegated subnet (WithDelegatedSubnet).</summary>
    [Experimental("ASPIREAZURE003", UrlFormat = "https://aka.ms/aspire/diagnostics#{0}")]
    public interface IAzureDelegatedSubnetResource : IResource
    {
        string DelegatedSubnetServiceName { get; }
    }

    /// <summary>A resource that can be associated with a network security perimeter.</summary>
    [Experimental("ASPIREAZURE003", UrlFormat = "https://aka.ms/aspire/diagnostics#{0}")]
    public interface IAzureNspAssociationTarget : IResource
    {
        BicepOutputReference Id { get; }
    }

    /// <summary>A resource that can be reached through a private endpoint (AddPrivateEndpoint).</summary>
    [Experimental("ASPIREAZURE003", UrlFormat = "https://aka.ms/aspire/diagnostics#{0}")]
    public interface IAzurePrivateEndpointTarget : IResource
    {
        BicepOutputReference Id { get; }

        IEnumerable<string> GetPrivateDnsZoneNames();
        IEnumerable<string> GetPrivateLinkGroupIds();
    }
}

namespace Aspire.Hosting
{
    using Aspire.Hosting.Azure;

    /// <summary>Minimal stand-in: ConfigureInfrastructure, AddAzureInfrastructure and the AsProvisioningParameter overloads (AsKeyVaultSecret is omitted).</summary>
    public static class AzureProvisioningResourceExtensions
    {
        public static IResourceBuilder<AzureProvisioningResource> AddAzureInfrastructure(this IDistributedApplicationBuilder builder, string name, Action<AzureResourceInfrastructure> configureInfrastructure) => throw null!;

        public static ProvisioningParameter AsProvisioningParameter(this EndpointReference endpointReference, AzureResourceInfrastructure infrastructure, string parameterName) => throw null!;
        public static ProvisioningParameter AsProvisioningParameter(this IManifestExpressionProvider manifestExpressionProvider, AzureResourceInfrastructure infrastructure, string? parameterName = null, bool? isSecure = null) => throw null!;
        public static ProvisioningParameter AsProvisioningParameter(this IResourceBuilder<ParameterResource> parameterResourceBuilder, AzureResourceInfrastructure infrastructure, string? parameterName = null) => throw null!;
        public static ProvisioningParameter AsProvisioningParameter(this ParameterResource parameterResource, AzureResourceInfrastructure infrastructure, string? parameterName = null) => throw null!;
        public static ProvisioningParameter AsProvisioningParameter(this ReferenceExpression expression, AzureResourceInfrastructure infrastructure, string parameterName) => throw null!;
        public static ProvisioningParameter AsProvisioningParameter(this BicepOutputReference outputReference, AzureResourceInfrastructure infrastructure, string? parameterName = null) => throw null!;

        /// <summary>Registers a callback that edits the resource's Azure.Provisioning infrastructure before its Bicep is generated.</summary>
        public static IResourceBuilder<T> ConfigureInfrastructure<T>(this IResourceBuilder<T> builder, Action<AzureResourceInfrastructure> configure)
            where T : AzureProvisioningResource => throw null!;
    }

    /// <summary>Minimal stand-in: GetBicepIdentifier only.</summary>
    public static class AzureResourceExtensions
    {
        public static string GetBicepIdentifier(this IAzureResource resource) => throw null!;
    }
}

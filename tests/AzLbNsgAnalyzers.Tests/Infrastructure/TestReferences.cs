using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AzLbNsgAnalyzers.Tests.Infrastructure;

/// <summary>
/// Offline reference sets for compiling test sources: the .NET 10 reference assemblies (resolved at restore time
/// from Basic.Reference.Assemblies.Net100), optionally plus the Azure.Provisioning facade and Azure.Core with the
/// assemblies its public surface needs, optionally plus the Aspire.Hosting.Azure.Network facade, Aspire.Hosting and
/// the assemblies AppHost code needs to compile (all taken from the test output directory).
/// </summary>
public static class TestReferences
{
    /// <summary>.NET 10 reference assemblies only (no Azure.Provisioning).</summary>
    public static ImmutableArray<MetadataReference> Net100Only { get; } =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToImmutableArray();

    /// <summary>.NET 10 reference assemblies + Azure.Provisioning facade + Azure.Core (+ System.ClientModel, System.Memory.Data).</summary>
    public static ImmutableArray<MetadataReference> Net100WithProvisioning { get; } =
        Net100Only.AddRange(ProvisioningAssemblies().Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)));

    private static ImmutableArray<string> ProvisioningAssemblies() =>
        new[]
        {
            typeof(global::Azure.Provisioning.Infrastructure).Assembly, // the facade
            typeof(global::Azure.Core.ResourceIdentifier).Assembly,      // Azure.Core
            typeof(global::System.ClientModel.ClientResult).Assembly,    // System.ClientModel (Azure.Core's base types)
            typeof(BinaryData).Assembly,                                 // System.Memory.Data (BinaryData)
        }
        .Select(a => a.Location)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToImmutableArray();

    /// <summary>
    /// <see cref="Net100WithProvisioning"/> + the Aspire.Hosting.Azure.Network facade + Aspire.Hosting + the
    /// Microsoft.Extensions assemblies that Aspire.Hosting's public signatures used by AppHost code name.
    /// </summary>
    public static ImmutableArray<MetadataReference> Net100WithAspire { get; } =
        Net100WithProvisioning.AddRange(AspireAssemblies().Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)));

    private static ImmutableArray<string> AspireAssemblies() =>
        new[]
        {
            typeof(global::Aspire.Hosting.AzureVirtualNetworkExtensions).Assembly,                  // the Aspire.Hosting.Azure.Network facade
            typeof(global::Aspire.Hosting.DistributedApplication).Assembly,                         // Aspire.Hosting
            typeof(global::Microsoft.Extensions.Hosting.IHost).Assembly,                            // Hosting.Abstractions (builder.Environment, DistributedApplication : IHost)
            typeof(global::Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,   // DependencyInjection.Abstractions (builder.Services)
            typeof(global::Microsoft.Extensions.Configuration.IConfiguration).Assembly,             // Configuration.Abstractions
            typeof(global::Microsoft.Extensions.Configuration.ConfigurationManager).Assembly,       // Configuration (builder.Configuration)
            typeof(global::Microsoft.Extensions.FileProviders.IFileProvider).Assembly,              // FileProviders.Abstractions (builder.Environment.ContentRootFileProvider)
            typeof(global::Microsoft.Extensions.Primitives.StringValues).Assembly,                  // Primitives (IChangeToken, StringValues)
            typeof(global::Microsoft.Extensions.Logging.ILogger).Assembly,                          // Logging.Abstractions
            typeof(global::Microsoft.Extensions.Logging.LoggerFactory).Assembly,                    // Logging (builder.Services.AddLogging)
            typeof(global::Microsoft.Extensions.Options.IOptions<>).Assembly,                       // Options (builder.Services.AddOptions / Configure)
        }
        .Select(a => a.Location)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToImmutableArray();

    /// <summary>Compiles <paramref name="source"/> as a library (latest language version, nullable enabled).</summary>
    public static CSharpCompilation Compile(string source, bool withProvisioning = true) =>
        Create(source, withProvisioning ? Net100WithProvisioning : Net100Only, OutputKind.DynamicallyLinkedLibrary);

    /// <summary>
    /// Compiles <paramref name="source"/> against <see cref="Net100WithAspire"/>: as a library, or as a console
    /// application when <paramref name="topLevel"/> (top-level statements, as an AppHost's AppHost.cs is written).
    /// </summary>
    public static CSharpCompilation CompileAspire(string source, bool topLevel = false) =>
        Create(source, Net100WithAspire, topLevel ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary);

    private static CSharpCompilation Create(string source, ImmutableArray<MetadataReference> references, OutputKind outputKind) =>
        CSharpCompilation.Create(
            "TestAssembly",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            references,
            new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));
}

using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AzLbNsgAnalyzers.Tests.Infrastructure;

/// <summary>
/// Offline reference sets for compiling test sources: the .NET 10 reference assemblies (resolved at restore time
/// from Basic.Reference.Assemblies.Net100), optionally plus the Azure.Provisioning facade and Azure.Core with the
/// assemblies its public surface needs.
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

    /// <summary>Compiles <paramref name="source"/> as a library (latest language version, nullable enabled).</summary>
    public static CSharpCompilation Compile(string source, bool withProvisioning = true) =>
        CSharpCompilation.Create(
            "TestAssembly",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            withProvisioning ? Net100WithProvisioning : Net100Only,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
}

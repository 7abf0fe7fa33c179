using System.Linq;
using AzLbNsgAnalyzers.Extraction;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Extraction;

/// <summary>Namespace tests without display strings must answer exactly as comparing display strings would.</summary>
public class NamespaceNamesTests
{
    private static readonly Compilation Compilation = TestReferences.Compile("""
        namespace Azure.Provisioning.Network { public class Near { } }
        namespace Azure.Provisioning.NetworkX { public class Longer { } }
        namespace Azure.Provisioning.Network.Inner { public class Deeper { } }
        namespace Contoso.Azure.Provisioning.Network { public class Nested { } }
        namespace Provisioning.Network { public class Shorter { } }
        public class Global { }
        """);

    private static INamespaceSymbol? NamespaceOf(string metadataName) =>
        (Compilation.GetTypeByMetadataName(metadataName) ?? throw new System.InvalidOperationException(metadataName)).ContainingNamespace;

    [Theory]
    [InlineData("Azure.Provisioning.Network.Near", "Azure.Provisioning.Network", true)]
    [InlineData("Azure.Provisioning.NetworkX.Longer", "Azure.Provisioning.Network", false)]
    [InlineData("Azure.Provisioning.Network.Inner.Deeper", "Azure.Provisioning.Network", false)]
    [InlineData("Contoso.Azure.Provisioning.Network.Nested", "Azure.Provisioning.Network", false)]
    [InlineData("Provisioning.Network.Shorter", "Azure.Provisioning.Network", false)]
    [InlineData("Global", "Azure.Provisioning.Network", false)]
    [InlineData("Azure.Provisioning.Network.Near", "Network", false)]
    [InlineData("Azure.Provisioning.Network.Near", "", false)]
    [InlineData("Azure.Provisioning.Infrastructure", "Azure.Provisioning", true)]
    [InlineData("System.Collections.Generic.List`1", "System.Collections.Generic", true)]
    public void Is_matches_the_display_string(string type, string dotted, bool expected)
    {
        var ns = NamespaceOf(type);
        Assert.Equal(expected, NamespaceNames.Is(ns, dotted));
        Assert.Equal(ns is not null && !ns.IsGlobalNamespace && ns.ToDisplayString() == dotted, NamespaceNames.Is(ns, dotted));
    }

    [Theory]
    [InlineData("Azure.Provisioning.Network.Inner.Deeper", "Azure.Provisioning", true)]
    [InlineData("Azure.Provisioning.Infrastructure", "Azure.Provisioning", true)]
    [InlineData("Contoso.Azure.Provisioning.Network.Nested", "Azure.Provisioning", false)]
    [InlineData("Provisioning.Network.Shorter", "Azure.Provisioning", false)]
    [InlineData("Global", "Azure.Provisioning", false)]
    public void IsWithin_matches_the_namespace_or_any_inside_it(string type, string dotted, bool expected) =>
        Assert.Equal(expected, NamespaceNames.IsWithin(NamespaceOf(type), dotted));

    [Fact]
    public void Null_is_no_namespace() => Assert.False(NamespaceNames.Is(null, "Azure"));
}

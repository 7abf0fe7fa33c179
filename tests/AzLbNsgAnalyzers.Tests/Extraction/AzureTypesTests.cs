using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.Extraction;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Extraction;

/// <summary>
/// What AzureTypes says of a type is the same whether it comes from its reference-keyed front table, its
/// symbol-equality table or a fresh computation: many types sharing slots, equal symbols of other instances, threads.
/// </summary>
public class AzureTypesTests
{
    private static readonly Compilation Compilation = TestReferences.Compile("""
        using System.Collections.Generic;
        using Azure.Provisioning;
        namespace Contoso.Network { public class SecurityRule { } }
        public static class Uses
        {
            public static BicepList<string> Prefixes() => new BicepList<string>();
            public static List<Azure.Provisioning.Network.SecurityRule> Rules() => new();
        }
        """);

    // Every type of the Azure.Provisioning facade and the core library: several hundred, so they share the front
    // table's slots.
    private static readonly List<ITypeSymbol> Types = AllTypes(Compilation.GlobalNamespace).ToList();

    private static IEnumerable<ITypeSymbol> AllTypes(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol inner)
            {
                foreach (var type in AllTypes(inner))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                yield return type;
            }
        }
    }

    private static (bool, bool, bool, bool, bool, string) Answers(AzureTypes types, ITypeSymbol type) =>
        (types.IsProvisionable(type), types.IsBicepValue(type), types.IsUnknownSource(type), types.IsList(type), types.IsDictionary(type), types.NetworkTypeName(type));

    // Each type asked of its own AzureTypes: nothing cached from another type can answer.
    private static Dictionary<ITypeSymbol, (bool, bool, bool, bool, bool, string)> FreshAnswers() =>
        Types.ToDictionary(t => t, t => Answers(AzureTypes.TryCreate(Compilation)!, t), ReferenceEqualityComparer.Instance as IEqualityComparer<ITypeSymbol>);

    [Fact]
    public void Network_type_names_are_the_network_namespace_types_only()
    {
        var types = AzureTypes.TryCreate(Compilation)!;
        Assert.Equal("SecurityRule", types.NetworkTypeName(Compilation.GetTypeByMetadataName("Azure.Provisioning.Network.SecurityRule")));
        Assert.Equal("NetworkSecurityGroup", types.NetworkTypeName(Compilation.GetTypeByMetadataName("Azure.Provisioning.Network.NetworkSecurityGroup")));
        Assert.Equal(string.Empty, types.NetworkTypeName(Compilation.GetTypeByMetadataName("Contoso.Network.SecurityRule")));
        Assert.Equal(string.Empty, types.NetworkTypeName(Compilation.GetTypeByMetadataName("Azure.Provisioning.Infrastructure")));
        Assert.Equal(string.Empty, types.NetworkTypeName(Compilation.GetSpecialType(SpecialType.System_String)));
        Assert.Equal(string.Empty, types.NetworkTypeName(null));
    }

    [Fact]
    public void Answers_do_not_depend_on_what_was_asked_before()
    {
        Assert.True(Types.Count > 1024, "the test needs more types than the front table has slots: " + Types.Count);
        var expected = FreshAnswers();
        Assert.Contains(expected.Values, a => a.Item1);
        Assert.Contains(expected.Values, a => a.Item6.Length > 0);

        var shared = AzureTypes.TryCreate(Compilation)!;
        for (int round = 0; round < 3; round++)
        {
            foreach (var type in round == 1 ? Enumerable.Reverse(Types) : Types)
            {
                Assert.Equal(expected[type], Answers(shared, type));
            }
        }
    }

    [Fact]
    public void Constructed_types_and_other_instances_get_their_definitions_answers()
    {
        var types = AzureTypes.TryCreate(Compilation)!;
        var stringType = Compilation.GetSpecialType(SpecialType.System_String);
        var securityRule = Compilation.GetTypeByMetadataName("Azure.Provisioning.Network.SecurityRule")!;
        var returned = (ITypeSymbol)((IMethodSymbol)Compilation.GetTypeByMetadataName("Uses")!.GetMembers("Prefixes").Single()).ReturnType;
        var constructed = Compilation.GetTypeByMetadataName("Azure.Provisioning.BicepList`1")!.Construct(stringType);
        Assert.True(SymbolEqualityComparer.Default.Equals(returned, constructed));

        foreach (var list in new ITypeSymbol[] { returned, constructed, returned, Compilation.CreateArrayTypeSymbol(securityRule), Compilation.CreateArrayTypeSymbol(securityRule) })
        {
            Assert.True(types.IsList(list));
            Assert.False(types.IsProvisionable(list));
            Assert.Equal(string.Empty, types.NetworkTypeName(list));
        }

        var bicepValue = Compilation.GetTypeByMetadataName("Azure.Provisioning.BicepValue`1")!.Construct(stringType);
        Assert.True(types.IsBicepValue(bicepValue));
        Assert.False(types.IsList(bicepValue));
        Assert.True(types.IsDictionary(Compilation.GetTypeByMetadataName("Azure.Provisioning.BicepDictionary`1")!.Construct(stringType)));
        Assert.True(types.IsList(Compilation.GetTypeByMetadataName("System.Collections.Generic.List`1")!.Construct(securityRule)));

        // Nullable annotations make other instances of the same type.
        var annotated = securityRule.WithNullableAnnotation(NullableAnnotation.Annotated);
        Assert.False(ReferenceEquals(annotated, securityRule));
        Assert.True(types.IsProvisionable(annotated));
        Assert.Equal("SecurityRule", types.NetworkTypeName(annotated));
    }

    [Fact]
    public void Threads_asking_at_once_get_the_same_answers()
    {
        var expected = FreshAnswers();
        var shared = AzureTypes.TryCreate(Compilation)!;
        var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 8, worker =>
        {
            for (int round = 0; round < 4; round++)
            {
                for (int i = worker; i < Types.Count; i += 3)
                {
                    var type = Types[(i * 7 + round) % Types.Count];
                    if (!expected[type].Equals(Answers(shared, type)))
                    {
                        mismatches.Add(type.ToDisplayString());
                    }
                }
            }
        });

        Assert.Empty(mismatches);
    }
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using AzLbNsgAnalyzers.Analyzers;
using AzLbNsgAnalyzers.Extraction;
using AzLbNsgAnalyzers.Model;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Extraction;

/// <summary>
/// The model's objects are recycled once every analyzer has released a body's analysis (ModelParts, AnalysisCache
/// leases). A reused object must be indistinguishable from a new one, a topology built from returned parts must be
/// what a new builder builds, nothing may be recycled while a lease is out, and returned parts keep no compilation.
/// </summary>
public class ModelPartsTests
{
    private static readonly string[] Styles = { SeedLabSources.InlineStyle, SeedLabSources.ParentLinkedStyle, SeedLabSources.HelperStyle };

    [Fact]
    public void Every_model_object_released_and_reused_is_what_its_constructor_makes()
    {
        var origin = new Origin(new TextPlace("a.cs", 1, 2, 3, 4));
        var resourceTypes = typeof(ResourceModel).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ResourceModel)) && !t.IsAbstract).ToList();
        Assert.True(resourceTypes.Count >= 13, "the model's resource types were not found");
        foreach (var type in resourceTypes)
        {
            var fresh = (ResourceModel)Activator.CreateInstance(type, "name", origin)!;
            var used = (ResourceModel)Activator.CreateInstance(type, "before", Origin.None)!;
            Dirty(used);
            used.Release();
            used.Reuse("name", origin);
            AssertSameState(fresh, used);
        }

        var source = new AddressField(Known<string?>.Of("10.0.0.0/8"), Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty), false);
        var ports = new PortField(Known<string?>.Of("80"), Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty));
        var freshRule = new SecurityRuleModel("rule", origin, Known<int>.Of(100), Known<RuleDirection>.Of(RuleDirection.Inbound), Known<RuleAccess>.Of(RuleAccess.Allow), Known<RuleProtocol>.Of(RuleProtocol.Tcp), source, ports, source, ports);
        var usedRule = new SecurityRuleModel("before", Origin.None, Known<int>.Unknown, Known<RuleDirection>.Unknown, Known<RuleAccess>.Unknown, Known<RuleProtocol>.Unknown, AddressField.Unset, PortField.Unset, AddressField.Unset, PortField.Unset);
        Dirty(usedRule);
        usedRule.Release();
        usedRule.Reuse("rule", origin, Known<int>.Of(100), Known<RuleDirection>.Of(RuleDirection.Inbound), Known<RuleAccess>.Of(RuleAccess.Allow), Known<RuleProtocol>.Of(RuleProtocol.Tcp), source, ports, source, ports);
        AssertSameState(freshRule, usedRule);

        var usedAddress = new AddressField(Known<string?>.Unknown, Known<ImmutableArray<string>>.Unknown, true);
        Dirty(usedAddress);
        usedAddress.Release();
        usedAddress.Reuse(Known<string?>.Of("10.0.0.0/8"), Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty), false);
        AssertSameState(source, usedAddress);

        var usedPorts = new PortField(Known<string?>.Unknown, Known<ImmutableArray<string>>.Unknown);
        Dirty(usedPorts);
        usedPorts.Release();
        usedPorts.Reuse(Known<string?>.Of("80"), Known<ImmutableArray<string>>.Of(ImmutableArray<string>.Empty));
        AssertSameState(ports, usedPorts);

        var usedTopology = new Topology();
        Dirty(usedTopology);
        usedTopology.Release();
        AssertSameState(new Topology(), usedTopology);
    }

    [Fact]
    public void A_reused_origin_is_placed_where_its_new_syntax_is()
    {
        var (body, _, _) = TopologyProbe.Body(SeedLabSources.InlineStyle);
        var nodes = body.Syntax.DescendantNodes().OfType<ObjectCreationExpressionSyntax>().Take(2).ToList();
        Assert.Equal(2, nodes.Count);
        var callSites = ImmutableArray.Create<SourcePlace>(new TextPlace("call.cs", 5, 1, 1, 1));
        var reused = new SyntaxOrigin(nodes[0], n => n.GetLocation(), ImmutableArray<SourcePlace>.Empty, isAspire: false);
        Assert.Equal(nodes[0].GetLocation(), reused.Location);

        reused.Release();
        Assert.Empty(reused.CallSites);
        reused.Reuse(nodes[1], n => n.GetLocation(), callSites, isAspire: true);

        var fresh = new SyntaxOrigin(nodes[1], n => n.GetLocation(), callSites, isAspire: true);
        Assert.Equal(fresh.Location, reused.Location);
        Assert.Equal(fresh.CallSites, reused.CallSites);
        Assert.True(reused.IsAspire);
    }

    [Fact]
    public void A_topology_built_from_returned_parts_is_what_a_new_builder_builds()
    {
        var bodies = Styles.Select(TopologyProbe.Body).ToList();
        var expected = bodies.Select(TopologyProbe.ExtractWithNewInterpreter).ToList();

        // Each topology is returned once described, so each style is built from the parts of the others (and its own).
        foreach (int index in new[] { 0, 1, 2, 0, 2, 1, 1, 0, 2, 2, 0 })
        {
            var topology = TopologyExtractor.Extract(bodies[index].Body, bodies[index].Types, bodies[index].Sources, CancellationToken.None);
            Assert.NotNull(topology);
            Assert.Equal(expected[index], TopologyProbe.Describe(topology!));
            ModelParts.Return(topology!);
            Assert.Empty(topology!.NetworkSecurityGroups);
        }
    }

    [Fact]
    public void The_model_is_recycled_only_when_the_last_lease_of_a_retired_analysis_is_released()
    {
        var (body, types, _) = TopologyProbe.Body(SeedLabSources.InlineStyle);
        var cache = AnalysisCache.For(body.SemanticModel!.Compilation, types);
        cache.RegisterConsumer();
        cache.RegisterConsumer();
        cache.RegisterConsumer();

        // One of three analyzers done: the analysis stays cached and whole.
        var first = cache.Get(body, CancellationToken.None);
        var topology = first.Analysis!.Topology;
        int nsgs = topology.NetworkSecurityGroups.Count;
        Assert.True(nsgs > 0);
        AnalysisCache.Release(first);
        Assert.Equal(nsgs, topology.NetworkSecurityGroups.Count);

        // Read by all three (so retired from the cache) while two leases are out: the first release recycles nothing.
        var second = cache.Get(body, CancellationToken.None);
        var third = cache.Get(body, CancellationToken.None);
        Assert.Same(first.Analysis, second.Analysis);
        Assert.Same(first.Analysis, third.Analysis);
        AnalysisCache.Release(second);
        Assert.Equal(nsgs, topology.NetworkSecurityGroups.Count);

        // A request after retirement gets an analysis of its own, untouched by the recycling of the first.
        var later = cache.Get(body, CancellationToken.None);
        Assert.NotSame(first.Analysis, later.Analysis);

        AnalysisCache.Release(third);
        Assert.Empty(topology.NetworkSecurityGroups);
        Assert.Equal(nsgs, later.Analysis!.Topology.NetworkSecurityGroups.Count);
        AnalysisCache.Release(later);
    }

    [Fact]
    public void Returned_parts_keep_no_syntax_tree_alive()
    {
        var (tree, parts) = BuildReturnAndForget();
        for (int i = 0; i < 5 && tree.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        // The parts themselves stay alive here, as in the pool: their origins must have dropped the syntax.
        Assert.False(tree.IsAlive, "a syntax tree whose topology was returned is still reachable through its parts");
        GC.KeepAlive(parts);
    }

    // In its own frame, so that nothing on the test's stack holds the compilation or its trees.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Tree, object Parts) BuildReturnAndForget()
    {
        var (body, types, sources) = TopologyProbe.Body(SeedLabSources.HelperStyle);
        var topology = TopologyExtractor.Extract(body, types, sources, CancellationToken.None);
        Assert.NotNull(topology);
        var parts = topology!.Parts!;

        // Read every origin's location first: a returned origin must drop its syntax and its computed location.
        foreach (var nsg in topology.NetworkSecurityGroups)
        {
            Assert.True(nsg.Origin.Location.IsInSource);
            foreach (var rule in nsg.Rules)
            {
                Assert.True(rule.Origin.Location.IsInSource);
            }
        }

        ModelParts.Return(topology);
        return (new WeakReference(body.Syntax.SyntaxTree), parts);
    }

    // Sets every property to a value a new object does not have, and puts an item in every list.
    private static void Dirty(object target)
    {
        foreach (var property in AllProperties(target.GetType()))
        {
            var value = property.GetValue(target);
            if (property.SetMethod is not null)
            {
                property.SetValue(target, Different(value, property.PropertyType, property.Name));
            }
            else if (value is IList list && !list.IsReadOnly && !list.IsFixedSize)
            {
                var itemType = list.GetType().GetGenericArguments()[0];
                list.Add(itemType.IsValueType ? Activator.CreateInstance(itemType) : null);
            }
        }
    }

    private static object? Different(object? value, Type type, string name)
    {
        if (type == typeof(bool))
        {
            return !(bool)value!;
        }

        if (type == typeof(string))
        {
            return value + "-changed";
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).Cast<object>().First(v => !v.Equals(value));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Known<>))
        {
            bool known = (bool)type.GetProperty("IsKnown")!.GetValue(value)!;
            var inner = type.GetGenericArguments()[0];
            return known ? Activator.CreateInstance(type) : type.GetMethod("Of")!.Invoke(null, new[] { inner.IsValueType ? Activator.CreateInstance(inner) : null });
        }

        if (type == typeof(Origin))
        {
            return new Origin(new TextPlace("changed.cs", 9, 9, 9, 9));
        }

        if (type == typeof(object))
        {
            return new object();
        }

        if (!type.IsValueType)
        {
            // A model object (a NIC, a load balancer, a rule side): any other instance.
            return RuntimeHelpers.GetUninitializedObject(type);
        }

        throw new InvalidOperationException("No different value for " + name + " of type " + type + ": teach this test about it.");
    }

    private static void AssertSameState(object expected, object actual)
    {
        foreach (var property in AllProperties(expected.GetType()))
        {
            var want = property.GetValue(expected);
            var have = property.GetValue(actual);
            if (want is ICollection wantItems && have is ICollection haveItems)
            {
                Assert.True(wantItems.Count == haveItems.Count, expected.GetType().Name + "." + property.Name + " kept " + haveItems.Count + " items");
            }
            else
            {
                Assert.True(Equals(want, have), expected.GetType().Name + "." + property.Name + " is " + have + ", a new one has " + want);
            }
        }
    }

    // Every instance property of the type and its bases, with its own accessors (a base's private setter included).
    private static IEnumerable<PropertyInfo> AllProperties(Type type)
    {
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var property in current.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (property.GetIndexParameters().Length == 0)
                {
                    yield return property;
                }
            }
        }
    }
}

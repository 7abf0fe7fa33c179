using System.Linq;
using AzLbNsgAnalyzers.Extraction;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Extraction;

public class PropertyMapTests
{
    [Fact]
    public void Set_get_overwrite_and_grow_past_the_first_capacity()
    {
        var map = new PropertyMap();
        for (int i = 0; i < 20; i++)
        {
            map["P" + i] = AbstractValue.Constant(i);
        }

        // A name built at run time (not the same string instance) finds the same entry.
        map[string.Concat("P", "7")] = AbstractValue.Constant("seven");

        Assert.Equal(20, map.Count);
        Assert.True(map.TryGetValue("P7", out var seven));
        Assert.Equal("seven", Assert.IsType<ConstantValue>(seven).Value);
        Assert.True(map.TryGetValue("P19", out var last));
        Assert.Equal(19, Assert.IsType<ConstantValue>(last).Value);
        Assert.True(map.ContainsKey("P0"));
        Assert.False(map.ContainsKey("p0"));
        Assert.False(map.TryGetValue("P20", out _));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => i == 7 ? (object)"seven" : i), map.Values.Select(v => ((ConstantValue)v).Value));
    }

    [Fact]
    public void An_empty_map_has_nothing() =>
        Assert.True(new PropertyMap() is { Count: 0 } empty && !empty.ContainsKey("Name") && !empty.Values.Any());

    [Fact]
    public void Presized_map_keeps_order_and_still_grows_past_the_size_it_was_given()
    {
        var map = new PropertyMap();
        map["Name"] = AbstractValue.Constant("web");
        map.EnsureCapacity(3);
        map.EnsureCapacity(1); // smaller than what it holds: nothing is lost
        for (int i = 0; i < 5; i++)
        {
            map["P" + i] = AbstractValue.Constant(i);
        }

        Assert.Equal(6, map.Count);
        Assert.Equal(new object[] { "web", 0, 1, 2, 3, 4 }, map.Values.Select(v => ((ConstantValue)v).Value));
        Assert.True(map.TryGetValue("Name", out var name) && "web".Equals(((ConstantValue)name).Value));
    }
}

using System.Linq;
using AzLbNsgAnalyzers.Model;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Model;

public class IntervalSetTests
{
    private static IntervalSet Set(params (uint First, uint Last)[] intervals) =>
        IntervalSet.FromIntervals(intervals.Select(i => new Interval(i.First, i.Last)));

    [Fact]
    public void Interval_rejects_reversed_bounds()
    {
        Assert.Throws<System.ArgumentException>(() => new Interval(5, 4));
    }

    [Fact]
    public void Interval_count_of_the_whole_space_does_not_overflow()
    {
        Assert.Equal(1UL << 32, new Interval(0, uint.MaxValue).Count);
        Assert.Equal(1UL << 32, Ipv4.All.Count);
    }

    [Fact]
    public void Normalize_merges_overlapping_and_adjacent_intervals_and_sorts()
    {
        var set = Set((10, 20), (0, 4), (5, 7), (21, 21), (15, 30), (40, 50));
        Assert.Equal(new[] { new Interval(0, 7), new Interval(10, 30), new Interval(40, 50) }, set.Intervals.ToArray());
    }

    [Fact]
    public void Normalize_merges_adjacency_at_uint_max()
    {
        var set = Set((uint.MaxValue, uint.MaxValue), (0, 0), (uint.MaxValue - 1, uint.MaxValue - 1));
        Assert.Equal(new[] { new Interval(0, 0), new Interval(uint.MaxValue - 1, uint.MaxValue) }, set.Intervals.ToArray());
    }

    [Fact]
    public void Empty_set()
    {
        Assert.True(IntervalSet.Empty.IsEmpty);
        Assert.True(IntervalSet.FromIntervals(Enumerable.Empty<Interval>()).IsEmpty);
        Assert.Equal(0UL, IntervalSet.Empty.Count);
        Assert.False(IntervalSet.Empty.Contains(0));
        Assert.True(IntervalSet.Empty.IsSubsetOf(IntervalSet.Empty));
        Assert.False(IntervalSet.Empty.Overlaps(Ipv4.All));
    }

    [Fact]
    public void Union_of_adjacent_sets_is_one_interval()
    {
        Assert.Equal(Ipv4.All, IntervalSet.Of(0, 99).Union(IntervalSet.Of(100, uint.MaxValue)));
        Assert.Equal(IntervalSet.Of(0, 1), IntervalSet.Of(1).Union(IntervalSet.Of(0)));
    }

    [Fact]
    public void Union_with_empty_returns_other()
    {
        var set = IntervalSet.Of(3, 9);
        Assert.Equal(set, set.Union(IntervalSet.Empty));
        Assert.Equal(set, IntervalSet.Empty.Union(set));
    }

    [Fact]
    public void Intersect_edge_cases()
    {
        Assert.Equal(IntervalSet.Of(0), Ipv4.All.Intersect(IntervalSet.Of(0)));
        Assert.Equal(IntervalSet.Of(uint.MaxValue), Ipv4.All.Intersect(IntervalSet.Of(uint.MaxValue)));
        Assert.True(IntervalSet.Of(0, 9).Intersect(IntervalSet.Of(10, 20)).IsEmpty);
        Assert.Equal(IntervalSet.Of(10), IntervalSet.Of(0, 10).Intersect(IntervalSet.Of(10, 20)));
        Assert.Equal(Set((2, 3), (5, 6), (9, 9)), Set((0, 3), (5, 9)).Intersect(Set((2, 6), (9, 12))));
        Assert.True(IntervalSet.Empty.Intersect(Ipv4.All).IsEmpty);
    }

    [Fact]
    public void Except_edge_cases()
    {
        Assert.Equal(IntervalSet.Of(1, uint.MaxValue), Ipv4.All.Except(IntervalSet.Of(0)));
        Assert.Equal(IntervalSet.Of(0, uint.MaxValue - 1), Ipv4.All.Except(IntervalSet.Of(uint.MaxValue)));
        Assert.Equal(Set((0, 9), (21, uint.MaxValue)), Ipv4.All.Except(IntervalSet.Of(10, 20)));
        Assert.True(Ipv4.All.Except(Ipv4.All).IsEmpty);
        Assert.True(IntervalSet.Of(5, 6).Except(IntervalSet.Of(0, 100)).IsEmpty);
        Assert.Equal(IntervalSet.Of(5, 6), IntervalSet.Of(5, 6).Except(IntervalSet.Empty));
        Assert.True(IntervalSet.Empty.Except(Ipv4.All).IsEmpty);
    }

    [Fact]
    public void Except_with_one_subtrahend_spanning_several_intervals()
    {
        var set = Set((0, 5), (10, 15), (20, 25));
        Assert.Equal(Set((0, 2), (24, 25)), set.Except(IntervalSet.Of(3, 23)));
        Assert.Equal(Set((0, 0), (2, 5), (10, 15), (20, 24)), set.Except(Set((1, 1), (25, 30))));
    }

    [Fact]
    public void Contains_uses_every_interval()
    {
        var set = Set((0, 0), (10, 20), (uint.MaxValue, uint.MaxValue));
        Assert.True(set.Contains(0));
        Assert.False(set.Contains(1));
        Assert.True(set.Contains(10));
        Assert.True(set.Contains(20));
        Assert.False(set.Contains(21));
        Assert.True(set.Contains(uint.MaxValue));
        Assert.False(set.Contains(uint.MaxValue - 1));
    }

    [Fact]
    public void Subset_and_overlap()
    {
        Assert.True(IntervalSet.Of(3, 4).IsSubsetOf(Set((0, 4), (8, 9))));
        Assert.False(IntervalSet.Of(3, 8).IsSubsetOf(Set((0, 4), (8, 9))));
        Assert.True(IntervalSet.Of(4, 8).Overlaps(Set((0, 4), (8, 9))));
        Assert.False(IntervalSet.Of(5, 7).Overlaps(Set((0, 4), (8, 9))));
    }

    [Fact]
    public void Operations_whose_result_is_an_operand_return_that_operand()
    {
        // The evaluator narrows "every address" by each rule and grows accumulated sets by what they hold:
        // those results are the operands themselves, with nothing allocated.
        var all = Set((0, uint.MaxValue));
        var web = Set((10, 20), (30, 40));
        Assert.Same(web, all.Intersect(web));
        Assert.Same(web, web.Intersect(all));
        Assert.Same(all, all.Union(web));
        Assert.Same(all, web.Union(all));
        Assert.Same(web, web.Except(Set((50, 60))));
        Assert.Same(web, web.Except(Set((21, 29))));
    }

    [Fact]
    public void Merged_union_joins_adjacent_intervals_up_to_uint_max()
    {
        var union = Set((0, 10), (100, 200)).Union(Set((11, 99), (201, uint.MaxValue)));
        Assert.Equal(new[] { new Interval(0, uint.MaxValue) }, union.Intervals);
        Assert.Equal(new[] { new Interval(5, 7), new Interval(uint.MaxValue, uint.MaxValue) }, Set((5, 7)).Union(Set((uint.MaxValue, uint.MaxValue))).Intervals);
    }

    [Fact]
    public void Randomized_algebra_agrees_with_bit_sets()
    {
        var random = new System.Random(1234);
        for (int round = 0; round < 500; round++)
        {
            var (a, bitsA) = RandomSet(random);
            var (b, bitsB) = RandomSet(random);
            var union = a.Union(b);
            var intersect = a.Intersect(b);
            var except = a.Except(b);
            for (uint v = 0; v < 64; v++)
            {
                Assert.Equal(bitsA[v] || bitsB[v], union.Contains(v));
                Assert.Equal(bitsA[v] && bitsB[v], intersect.Contains(v));
                Assert.Equal(bitsA[v] && !bitsB[v], except.Contains(v));
            }

            AssertNormalized(union);
            AssertNormalized(intersect);
            AssertNormalized(except);

            // Sets of one interval keep it in the set itself, others in an array: equality, hashing, size, subset
            // and overlap must not depend on which, or on whether the set came from a merge or was built anew.
            foreach (var (set, bits) in new[] { (union, Or(bitsA, bitsB)), (intersect, And(bitsA, bitsB)), (except, And(bitsA, Not(bitsB))) })
            {
                var rebuilt = FromBits(bits);
                Assert.Equal(rebuilt, set);
                Assert.Equal(rebuilt.GetHashCode(), set.GetHashCode());
                Assert.Equal((ulong)bits.Count(x => x), set.Count);
                Assert.Equal(set.Intervals.Length, set.IntervalCount);
                Assert.Equal(set.Intervals, Enumerable.Range(0, set.IntervalCount).Select(set.IntervalAt));
            }

            Assert.Equal(!bitsA.Where((x, v) => x && !bitsB[v]).Any(), a.IsSubsetOf(b));
            Assert.Equal(bitsA.Where((x, v) => x && bitsB[v]).Any(), a.Overlaps(b));
        }
    }

    [Fact]
    public void A_set_of_one_interval_reads_like_any_other()
    {
        var one = IntervalSet.Of(80, 443);
        Assert.Equal(1, one.IntervalCount);
        Assert.Equal(new Interval(80, 443), one.IntervalAt(0));
        Assert.Equal(new[] { new Interval(80, 443) }, one.Intervals);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => one.IntervalAt(1));
        Assert.Equal(0, IntervalSet.Empty.IntervalCount);
        Assert.True(IntervalSet.Empty.Intervals.IsEmpty);
        Assert.False(one.IsEmpty);
        Assert.True(one.Except(one).IsEmpty);
        Assert.Same(IntervalSet.Empty, one.Except(one));
        Assert.Equal(IntervalSet.Of(80, 443), IntervalSet.FromIntervals(new[] { new Interval(80, 100), new Interval(101, 443) }));
        Assert.Equal(2, IntervalSet.Of(1, 5).Union(IntervalSet.Of(7, 9)).IntervalCount);
    }

    private static bool[] Or(bool[] a, bool[] b) => a.Select((x, i) => x || b[i]).ToArray();

    private static bool[] And(bool[] a, bool[] b) => a.Select((x, i) => x && b[i]).ToArray();

    private static bool[] Not(bool[] a) => a.Select(x => !x).ToArray();

    private static IntervalSet FromBits(bool[] bits)
    {
        var intervals = new System.Collections.Generic.List<Interval>();
        for (uint v = 0; v < bits.Length; v++)
        {
            if (bits[v])
            {
                intervals.Add(new Interval(v, v));
            }
        }

        return IntervalSet.FromIntervals(intervals);
    }

    private static (IntervalSet Set, bool[] Bits) RandomSet(System.Random random)
    {
        var bits = new bool[64];
        var intervals = new System.Collections.Generic.List<Interval>();
        int n = random.Next(0, 5);
        for (int i = 0; i < n; i++)
        {
            uint first = (uint)random.Next(0, 64);
            uint last = (uint)System.Math.Min(63, first + random.Next(0, 10));
            intervals.Add(new Interval(first, last));
            for (uint v = first; v <= last; v++)
            {
                bits[v] = true;
            }
        }

        return (IntervalSet.FromIntervals(intervals), bits);
    }

    private static void AssertNormalized(IntervalSet set)
    {
        for (int i = 1; i < set.Intervals.Length; i++)
        {
            Assert.True((ulong)set.Intervals[i].First > (ulong)set.Intervals[i - 1].Last + 1, "intervals must be sorted, disjoint and non-adjacent: " + set);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace AzLbNsgAnalyzers.Model;

/// <summary>An inclusive interval of unsigned 32-bit values (IPv4 addresses, ports).</summary>
public readonly struct Interval : IEquatable<Interval>
{
    public Interval(uint first, uint last)
    {
        if (last < first)
        {
            throw new ArgumentException("last < first");
        }

        First = first;
        Last = last;
    }

    public uint First { get; }

    public uint Last { get; }

    public ulong Count => (ulong)Last - First + 1;

    public bool Equals(Interval other) => First == other.First && Last == other.Last;

    public override bool Equals(object? obj) => obj is Interval other && Equals(other);

    public override int GetHashCode() => unchecked((int)(First * 397) ^ (int)Last);

    public override string ToString() => First == Last ? First.ToString() : First + "-" + Last;
}

/// <summary>
/// An immutable set of uint values kept as sorted, disjoint, non-adjacent intervals, so that set
/// algebra over address spaces and port ranges never enumerates members.
/// </summary>
public sealed class IntervalSet : IEquatable<IntervalSet>
{
    public static readonly IntervalSet Empty = new(ImmutableArray<Interval>.Empty);

    private IntervalSet(ImmutableArray<Interval> intervals)
    {
        Intervals = intervals;
    }

    public ImmutableArray<Interval> Intervals { get; }

    public bool IsEmpty => Intervals.IsEmpty;

    public static IntervalSet Of(uint first, uint last) => new(ImmutableArray.Create(new Interval(first, last)));

    public static IntervalSet Of(uint value) => Of(value, value);

    public static IntervalSet Of(Interval interval) => new(ImmutableArray.Create(interval));

    public static IntervalSet FromIntervals(IEnumerable<Interval> intervals) => new(Normalize(intervals));

    public ulong Count
    {
        get
        {
            ulong total = 0;
            foreach (var interval in Intervals)
            {
                total += interval.Count;
            }

            return total;
        }
    }

    public bool Contains(uint value)
    {
        int lo = 0, hi = Intervals.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var interval = Intervals[mid];
            if (value < interval.First)
            {
                hi = mid - 1;
            }
            else if (value > interval.Last)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    public IntervalSet Union(IntervalSet other)
    {
        if (other.IsEmpty)
        {
            return this;
        }

        if (IsEmpty)
        {
            return other;
        }

        // Growing an accumulated set by something it already holds is the common case: no new set.
        if (other.IsSubsetOf(this))
        {
            return this;
        }

        if (IsSubsetOf(other))
        {
            return other;
        }

        return Merged(Intervals, other.Intervals, MergeUnion);
    }

    public IntervalSet Intersect(IntervalSet other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return Empty;
        }

        // Narrowing by a superset (every address, every port) leaves the set as it is.
        if (IsSubsetOf(other))
        {
            return this;
        }

        if (other.IsSubsetOf(this))
        {
            return other;
        }

        return Merged(Intervals, other.Intervals, MergeIntersect);
    }

    public IntervalSet Except(IntervalSet other)
    {
        if (IsEmpty || other.IsEmpty || !Overlaps(other))
        {
            return this;
        }

        return Merged(Intervals, other.Intervals, MergeExcept);
    }

    private delegate int MergeWalk(ImmutableArray<Interval> left, ImmutableArray<Interval> right, Interval[] output);

    // A merge never yields more intervals than its inputs hold together: one walk into a scratch array of that size,
    // then one array of exactly the result's size (a set is its array and itself: no builder in between).
    [ThreadStatic]
    private static Interval[]? _scratch;

    private static IntervalSet Merged(ImmutableArray<Interval> left, ImmutableArray<Interval> right, MergeWalk walk)
    {
        int bound = left.Length + right.Length;
        var scratch = _scratch;
        if (scratch is null || scratch.Length < bound)
        {
            scratch = new Interval[Math.Max(bound, 16)];
            if (bound <= 1024)
            {
                _scratch = scratch;
            }
        }

        int count = walk(left, right, scratch);
        return count == 0 ? Empty : new IntervalSet(ImmutableArray.Create(scratch, 0, count));
    }

    // The merge walks below write their output from index 0 and return its length.
    private static int MergeUnion(ImmutableArray<Interval> left, ImmutableArray<Interval> right, Interval[] output)
    {
        int count = 0, i = 0, j = 0;
        bool open = false;
        uint first = 0, last = 0;
        while (i < left.Length || j < right.Length)
        {
            var next = j == right.Length || (i < left.Length && left[i].First <= right[j].First) ? left[i++] : right[j++];
            if (open && (ulong)next.First <= (ulong)last + 1)
            {
                last = Math.Max(last, next.Last);
                continue;
            }

            if (open)
            {
                output[count++] = new Interval(first, last);
            }

            open = true;
            first = next.First;
            last = next.Last;
        }

        output[count++] = new Interval(first, last);
        return count;
    }

    private static int MergeIntersect(ImmutableArray<Interval> left, ImmutableArray<Interval> right, Interval[] output)
    {
        int count = 0, i = 0, j = 0;
        while (i < left.Length && j < right.Length)
        {
            var a = left[i];
            var b = right[j];
            uint first = Math.Max(a.First, b.First);
            uint last = Math.Min(a.Last, b.Last);
            if (first <= last)
            {
                output[count++] = new Interval(first, last);
            }

            if (a.Last < b.Last)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return count;
    }

    private static int MergeExcept(ImmutableArray<Interval> left, ImmutableArray<Interval> right, Interval[] output)
    {
        int count = 0, j = 0;
        foreach (var a in left)
        {
            ulong cursor = a.First;
            while (j < right.Length && right[j].Last < a.First)
            {
                j++;
            }

            int k = j;
            while (k < right.Length && right[k].First <= a.Last)
            {
                var b = right[k];
                if (b.First > cursor)
                {
                    output[count++] = new Interval((uint)cursor, b.First - 1);
                }

                cursor = Math.Max(cursor, (ulong)b.Last + 1);
                k++;
            }

            if (cursor <= a.Last)
            {
                output[count++] = new Interval((uint)cursor, a.Last);
            }
        }

        return count;
    }

    /// <summary>True when the sets share a value (no allocation: a merge walk).</summary>
    public bool Overlaps(IntervalSet other)
    {
        int i = 0, j = 0;
        while (i < Intervals.Length && j < other.Intervals.Length)
        {
            var a = Intervals[i];
            var b = other.Intervals[j];
            if (a.Last < b.First)
            {
                i++;
            }
            else if (b.Last < a.First)
            {
                j++;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every value is in <paramref name="other"/> (no allocation: each interval must lie in one of other's).</summary>
    public bool IsSubsetOf(IntervalSet other)
    {
        int j = 0;
        foreach (var a in Intervals)
        {
            while (j < other.Intervals.Length && other.Intervals[j].Last < a.First)
            {
                j++;
            }

            // other's intervals are disjoint and non-adjacent, so a must fit inside a single one.
            if (j == other.Intervals.Length || other.Intervals[j].First > a.First || other.Intervals[j].Last < a.Last)
            {
                return false;
            }
        }

        return true;
    }

    public bool Equals(IntervalSet? other)
    {
        if (other is null || other.Intervals.Length != Intervals.Length)
        {
            return false;
        }

        for (int i = 0; i < Intervals.Length; i++)
        {
            if (!Intervals[i].Equals(other.Intervals[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as IntervalSet);

    public override int GetHashCode()
    {
        int hash = 17;
        foreach (var interval in Intervals)
        {
            hash = unchecked((hash * 31) + interval.GetHashCode());
        }

        return hash;
    }

    public override string ToString() => string.Join(", ", Intervals);

    private static ImmutableArray<Interval> Normalize(IEnumerable<Interval> intervals)
    {
        var sorted = new List<Interval>(intervals);
        if (sorted.Count == 0)
        {
            return ImmutableArray<Interval>.Empty;
        }

        sorted.Sort((a, b) => a.First.CompareTo(b.First));
        var builder = ImmutableArray.CreateBuilder<Interval>(sorted.Count);
        var current = sorted[0];
        for (int i = 1; i < sorted.Count; i++)
        {
            var next = sorted[i];
            if ((ulong)next.First <= (ulong)current.Last + 1)
            {
                if (next.Last > current.Last)
                {
                    current = new Interval(current.First, next.Last);
                }
            }
            else
            {
                builder.Add(current);
                current = next;
            }
        }

        builder.Add(current);
        return builder.ToImmutable();
    }
}

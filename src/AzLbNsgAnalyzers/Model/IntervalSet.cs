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
    public static readonly IntervalSet Empty = new(Array.Empty<Interval>());

    // Most sets are one interval (a prefix, a port, a range, the part of a flow a rule decides): that one is held in
    // the set itself, with no array (32 bytes, not 56). _many is null then; otherwise it holds no interval or two
    // and more, and nothing else ever writes to it.
    private readonly Interval[]? _many;
    private readonly Interval _one;

    private IntervalSet(Interval one)
    {
        _one = one;
    }

    private IntervalSet(Interval[] many)
    {
        _many = many;
    }

    /// <summary>The intervals, as a new array each time (messages and tests; the engine reads <see cref="IntervalAt"/>).</summary>
    public ImmutableArray<Interval> Intervals => _many is null ? ImmutableArray.Create(_one) : ImmutableArray.Create(_many);

    /// <summary>How many disjoint intervals the set is made of.</summary>
    public int IntervalCount => _many is null ? 1 : _many.Length;

    /// <summary>The interval at <paramref name="index"/>, in ascending order.</summary>
    public Interval IntervalAt(int index) => _many is null ? (index == 0 ? _one : throw new ArgumentOutOfRangeException(nameof(index))) : _many[index];

    public bool IsEmpty => _many is { Length: 0 };

    public static IntervalSet Of(uint first, uint last) => new(new Interval(first, last));

    public static IntervalSet Of(uint value) => Of(value, value);

    public static IntervalSet Of(Interval interval) => new(interval);

    public static IntervalSet FromIntervals(IEnumerable<Interval> intervals) => Normalized(intervals);

    public ulong Count
    {
        get
        {
            ulong total = 0;
            for (int i = 0; i < IntervalCount; i++)
            {
                total += IntervalAt(i).Count;
            }

            return total;
        }
    }

    public bool Contains(uint value)
    {
        int lo = 0, hi = IntervalCount - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var interval = IntervalAt(mid);
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

        return Merged(this, other, MergeUnion);
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

        return Merged(this, other, MergeIntersect);
    }

    public IntervalSet Except(IntervalSet other)
    {
        if (IsEmpty || other.IsEmpty || !Overlaps(other))
        {
            return this;
        }

        return Merged(this, other, MergeExcept);
    }

    private delegate int MergeWalk(IntervalSet left, IntervalSet right, Interval[] output);

    // A merge never yields more intervals than its inputs hold together: one walk into a scratch array of that size,
    // then the result's own storage: none for no interval, the set itself for one, an exact array for more.
    [ThreadStatic]
    private static Interval[]? _scratch;

    private static IntervalSet Merged(IntervalSet left, IntervalSet right, MergeWalk walk)
    {
        int bound = left.IntervalCount + right.IntervalCount;
        var scratch = _scratch;
        if (scratch is null || scratch.Length < bound)
        {
            scratch = new Interval[Math.Max(bound, 16)];
            if (bound <= 1024)
            {
                _scratch = scratch;
            }
        }

        return Of(scratch, walk(left, right, scratch));
    }

    // The set of the first count intervals of sorted (already disjoint and non-adjacent), in its own storage.
    private static IntervalSet Of(Interval[] sorted, int count)
    {
        switch (count)
        {
            case 0:
                return Empty;
            case 1:
                return new IntervalSet(sorted[0]);
            default:
                var many = new Interval[count];
                Array.Copy(sorted, many, count);
                return new IntervalSet(many);
        }
    }

    // The merge walks below write their output from index 0 and return its length.
    private static int MergeUnion(IntervalSet left, IntervalSet right, Interval[] output)
    {
        int count = 0, i = 0, j = 0;
        int leftCount = left.IntervalCount, rightCount = right.IntervalCount;
        bool open = false;
        uint first = 0, last = 0;
        while (i < leftCount || j < rightCount)
        {
            var next = j == rightCount || (i < leftCount && left.IntervalAt(i).First <= right.IntervalAt(j).First) ? left.IntervalAt(i++) : right.IntervalAt(j++);
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

    private static int MergeIntersect(IntervalSet left, IntervalSet right, Interval[] output)
    {
        int count = 0, i = 0, j = 0;
        int leftCount = left.IntervalCount, rightCount = right.IntervalCount;
        while (i < leftCount && j < rightCount)
        {
            var a = left.IntervalAt(i);
            var b = right.IntervalAt(j);
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

    private static int MergeExcept(IntervalSet left, IntervalSet right, Interval[] output)
    {
        int count = 0, j = 0;
        int leftCount = left.IntervalCount, rightCount = right.IntervalCount;
        for (int i = 0; i < leftCount; i++)
        {
            var a = left.IntervalAt(i);
            ulong cursor = a.First;
            while (j < rightCount && right.IntervalAt(j).Last < a.First)
            {
                j++;
            }

            int k = j;
            while (k < rightCount && right.IntervalAt(k).First <= a.Last)
            {
                var b = right.IntervalAt(k);
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
        int count = IntervalCount, otherCount = other.IntervalCount;
        while (i < count && j < otherCount)
        {
            var a = IntervalAt(i);
            var b = other.IntervalAt(j);
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
        int count = IntervalCount, otherCount = other.IntervalCount;
        for (int i = 0; i < count; i++)
        {
            var a = IntervalAt(i);
            while (j < otherCount && other.IntervalAt(j).Last < a.First)
            {
                j++;
            }

            // other's intervals are disjoint and non-adjacent, so a must fit inside a single one.
            if (j == otherCount || other.IntervalAt(j).First > a.First || other.IntervalAt(j).Last < a.Last)
            {
                return false;
            }
        }

        return true;
    }

    public bool Equals(IntervalSet? other)
    {
        if (other is null || other.IntervalCount != IntervalCount)
        {
            return false;
        }

        for (int i = 0; i < IntervalCount; i++)
        {
            if (!IntervalAt(i).Equals(other.IntervalAt(i)))
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
        for (int i = 0; i < IntervalCount; i++)
        {
            hash = unchecked((hash * 31) + IntervalAt(i).GetHashCode());
        }

        return hash;
    }

    public override string ToString() => string.Join(", ", Intervals);

    private static IntervalSet Normalized(IEnumerable<Interval> intervals)
    {
        var sorted = new List<Interval>(intervals);
        if (sorted.Count == 0)
        {
            return Empty;
        }

        sorted.Sort((a, b) => a.First.CompareTo(b.First));
        var merged = new Interval[sorted.Count];
        int count = 0;
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
                merged[count++] = current;
                current = next;
            }
        }

        merged[count++] = current;
        return Of(merged, count);
    }
}

using System;
using System.Collections.Generic;

namespace AzLbNsgAnalyzers.Extraction;

/// <summary>
/// The properties of one interpreted object. Objects carry a handful (a security rule about a dozen) and the
/// interpreter creates one map per object it meets, so a linear map over one small array beats a hash table
/// in time and in allocation (most of the analyzer's cost is the garbage it leaves the collector). A heap object
/// derives from it, so an object and its properties are one allocation.
/// </summary>
internal class PropertyMap
{
    // A recycled object keeps an array up to this size (a security rule's dozen, and room to spare).
    private const int MaxRecycledEntries = 32;

    private Entry[] _entries = Array.Empty<Entry>();
    private int _count;

    public int Count => _count;

    public AbstractValue this[string name]
    {
        set
        {
            int index = IndexOf(name);
            if (index >= 0)
            {
                _entries[index].Value = value;
                return;
            }

            if (_count == _entries.Length)
            {
                // Most objects carry a few properties; a security rule about a dozen.
                Resize(_count == 0 ? 4 : _count == 4 ? 12 : _count * 2);
            }

            _entries[_count] = new Entry(name, value);
            _count++;
        }
    }

    /// <summary>The values in the order their names were first set.</summary>
    public IEnumerable<AbstractValue> Values
    {
        get
        {
            for (int i = 0; i < _count; i++)
            {
                yield return _entries[i].Value;
            }
        }
    }

    /// <summary>Room for <paramref name="capacity"/> properties in one allocation (an object initializer's member count).</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > _entries.Length)
        {
            Resize(capacity);
        }
    }

    public bool TryGetValue(string name, out AbstractValue value)
    {
        int index = IndexOf(name);
        if (index >= 0)
        {
            value = _entries[index].Value;
            return true;
        }

        value = null!;
        return false;
    }

    public bool ContainsKey(string name) => IndexOf(name) >= 0;

    /// <summary>Empties the map but keeps its array for the next object (unless it grew large).</summary>
    protected void ClearProperties()
    {
        RecycledArray.Clear(ref _entries, _count, MaxRecycledEntries);
        _count = 0;
    }

    private void Resize(int capacity) => Array.Resize(ref _entries, capacity);

    private int IndexOf(string name)
    {
        for (int i = 0; i < _count; i++)
        {
            string candidate = _entries[i].Name;
            if (ReferenceEquals(candidate, name) || string.Equals(candidate, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private struct Entry
    {
        public Entry(string name, AbstractValue value)
        {
            Name = name;
            Value = value;
        }

        public string Name;

        public AbstractValue Value;
    }
}

using System;
using System.Collections.Generic;

namespace AzLbNsgAnalyzers.Extraction;

/// <summary>
/// The properties of one interpreted object. Objects carry a handful (a security rule about a dozen) and the
/// interpreter creates one map per object it meets, so a linear map over two small arrays beats a hash table
/// in time and in allocation (most of the analyzer's cost is the garbage it leaves the collector).
/// </summary>
internal sealed class PropertyMap
{
    private string[] _names = Array.Empty<string>();
    private AbstractValue[] _values = Array.Empty<AbstractValue>();
    private int _count;

    public int Count => _count;

    public AbstractValue this[string name]
    {
        set
        {
            int index = IndexOf(name);
            if (index >= 0)
            {
                _values[index] = value;
                return;
            }

            if (_count == _names.Length)
            {
                // Most objects carry a few properties; a security rule about a dozen.
                int capacity = _count == 0 ? 4 : _count == 4 ? 12 : _count * 2;
                Array.Resize(ref _names, capacity);
                Array.Resize(ref _values, capacity);
            }

            _names[_count] = name;
            _values[_count] = value;
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
                yield return _values[i];
            }
        }
    }

    public bool TryGetValue(string name, out AbstractValue value)
    {
        int index = IndexOf(name);
        if (index >= 0)
        {
            value = _values[index];
            return true;
        }

        value = null!;
        return false;
    }

    public bool ContainsKey(string name) => IndexOf(name) >= 0;

    private int IndexOf(string name)
    {
        for (int i = 0; i < _count; i++)
        {
            string candidate = _names[i];
            if (ReferenceEquals(candidate, name) || string.Equals(candidate, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}

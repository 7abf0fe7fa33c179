using System;
using System.Threading;

namespace AzLbNsgAnalyzers.Model;

/// <summary>
/// Parse results by text, shared by every analysis: the same few prefixes and port ranges are read by several
/// rules for every rule that names them. Direct-mapped by the text's hash: a fixed table of slots, each holding the
/// last text parsed into it, so the memo never grows, never regrows a table, and keeps what is read now (the
/// analyzer lives as long as the IDE and the texts come from user code). A project with more distinct texts than
/// slots costs one small entry per parse, not a dictionary node and a rebuilt table.
/// </summary>
internal sealed class TextMemo<T>
    where T : class
{
    private readonly Entry?[] _slots;
    private readonly Func<string, T> _parse;
    private readonly int _mask;

    /// <param name="capacity">Slots, rounded up to a power of two.</param>
    public TextMemo(Func<string, T> parse, int capacity)
    {
        int size = 1;
        while (size < capacity)
        {
            size <<= 1;
        }

        _slots = new Entry?[size];
        _mask = size - 1;
        _parse = parse;
    }

    /// <summary>The texts held now (counts every slot: for tests).</summary>
    public int Count
    {
        get
        {
            int count = 0;
            for (int i = 0; i < _slots.Length; i++)
            {
                if (Volatile.Read(ref _slots[i]) is not null)
                {
                    count++;
                }
            }

            return count;
        }
    }

    public T Get(string text)
    {
        int slot = StringComparer.Ordinal.GetHashCode(text) & _mask;

        // An entry is immutable and a reference write is atomic: a reader sees a whole entry or an older one. Two
        // threads parsing texts of one slot at once only overwrite each other; a result is then parsed again.
        var entry = Volatile.Read(ref _slots[slot]);
        if (entry is not null && (ReferenceEquals(entry.Text, text) || string.Equals(entry.Text, text, StringComparison.Ordinal)))
        {
            return entry.Value;
        }

        var parsed = _parse(text);
        Volatile.Write(ref _slots[slot], new Entry(text, parsed));
        return parsed;
    }

    private sealed class Entry
    {
        public Entry(string text, T value)
        {
            Text = text;
            Value = value;
        }

        public string Text { get; }

        public T Value { get; }
    }
}

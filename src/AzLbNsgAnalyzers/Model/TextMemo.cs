using System;
using System.Collections.Concurrent;
using System.Threading;

namespace AzLbNsgAnalyzers.Model;

/// <summary>
/// Parse results by text, shared by every analysis: the same few prefixes and port ranges are read by several
/// rules for every rule that names them. Bounded, because the analyzer lives as long as the IDE and the texts
/// come from user code: when full it starts over, so texts met earlier in a long session do not keep the memo from
/// those met now.
/// </summary>
internal sealed class TextMemo<T>
    where T : class
{
    private readonly ConcurrentDictionary<string, T> _parsed = new(StringComparer.Ordinal);
    private readonly Func<string, T> _parse;
    private readonly int _capacity;
    private int _count;

    public TextMemo(Func<string, T> parse, int capacity)
    {
        _parse = parse;
        _capacity = capacity;
    }

    public int Count => Volatile.Read(ref _count);

    public T Get(string text)
    {
        if (_parsed.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var parsed = _parse(text);
        if (Volatile.Read(ref _count) >= _capacity)
        {
            // Concurrent callers may clear it twice or add one past the bound: harmless, a result is only ever parsed again.
            _parsed.Clear();
            Volatile.Write(ref _count, 0);
        }

        if (_parsed.TryAdd(text, parsed))
        {
            Interlocked.Increment(ref _count);
        }

        return parsed;
    }
}

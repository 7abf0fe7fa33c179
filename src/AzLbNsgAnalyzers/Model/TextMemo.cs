using System;
using System.Collections.Concurrent;
using System.Threading;

namespace AzLbNsgAnalyzers.Model;

/// <summary>
/// Parse results by text, shared by every analysis: the same few prefixes and port ranges are read by several
/// rules for every rule that names them. Bounded, because the analyzer lives as long as the IDE and the texts
/// come from user code; past the bound a text is parsed again each time.
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
        if (Volatile.Read(ref _count) < _capacity && _parsed.TryAdd(text, parsed))
        {
            Interlocked.Increment(ref _count);
        }

        return parsed;
    }
}

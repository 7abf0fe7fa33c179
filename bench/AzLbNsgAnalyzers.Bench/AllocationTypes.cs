using System;
using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Linq;

namespace AzLbNsgAnalyzers.Bench;

/// <summary>`-- --alloc-types`: the runtime's allocation sampling (one event per ~100 KB), summed by type, while the per-block path runs.</summary>
internal sealed class AllocationTypes : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new();

    public bool Recording { get; set; }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs data)
    {
        if (!Recording || data.EventName is null || !data.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || data.Payload is null)
        {
            return;
        }

        int typeIndex = data.PayloadNames!.IndexOf("TypeName");
        int amountIndex = data.PayloadNames.IndexOf("AllocationAmount64");
        if (typeIndex < 0)
        {
            return;
        }

        long amount = amountIndex >= 0 ? Convert.ToInt64(data.Payload[amountIndex]) : 100_000;
        _bytes.AddOrUpdate((string)data.Payload[typeIndex]!, amount, (_, old) => old + amount);
    }

    public void Print(int top)
    {
        long total = _bytes.Values.Sum();
        Console.WriteLine($"| type | sampled KiB | share |");
        foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"| {type} | {bytes / 1024} | {bytes / (double)total:P1} |");
        }
    }
}

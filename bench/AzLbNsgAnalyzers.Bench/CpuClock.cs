using System;
using System.Runtime.InteropServices;

namespace AzLbNsgAnalyzers.Bench;

/// <summary>
/// CPU time, not wall-clock time: the benchmark machines are shared (other builds and test runs take the same cores),
/// which makes wall-clock medians swing several-fold. The compile and the analysis run single-threaded, so the CPU
/// time they consume is what a quiet machine's wall clock would show. Linux: clock_gettime with nanosecond
/// resolution; elsewhere the process time of <see cref="System.Diagnostics.Process"/> (coarser).
/// </summary>
internal static class CpuClock
{
    private const int ClockProcessCpuTimeId = 2;
    private const int ClockThreadCpuTimeId = 3;

    public static bool IsPrecise { get; } = OperatingSystem.IsLinux() && TryRead(ClockProcessCpuTimeId, out _);

    /// <summary>CPU time of the whole process (the driver may use a worker thread; JIT and GC threads count too).</summary>
    public static TimeSpan Process() =>
        IsPrecise && TryRead(ClockProcessCpuTimeId, out var value) ? value : System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>CPU time of the calling thread (for synchronous in-process paths).</summary>
    public static TimeSpan Thread() =>
        IsPrecise && TryRead(ClockThreadCpuTimeId, out var value) ? value : System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;

    private static bool TryRead(int clock, out TimeSpan value)
    {
        try
        {
            if (clock_gettime(clock, out var spec) == 0)
            {
                value = TimeSpan.FromTicks(spec.Seconds * TimeSpan.TicksPerSecond + spec.Nanoseconds / 100);
                return true;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }

        value = TimeSpan.Zero;
        return false;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clockId, out TimeSpec spec);
}

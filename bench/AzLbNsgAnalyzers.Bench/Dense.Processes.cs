using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace AzLbNsgAnalyzers.Bench;

/// <summary>One compile of one variant, as a child process of <see cref="Dense.TargetAcrossProcesses"/> writes it.</summary>
internal sealed record RawSample(int Process, bool Concurrent, string Variant, int Iteration, double CpuMs, double WallMs, double AllocatedMiB, double OwnMs)
{
    public static string Format(bool concurrent, string variant, int iteration, Dense.SampleFigures sample) => string.Join(
        "\t",
        concurrent ? "concurrent" : "single",
        variant,
        iteration.ToString(CultureInfo.InvariantCulture),
        sample.CpuMs.ToString("R", CultureInfo.InvariantCulture),
        sample.WallMs.ToString("R", CultureInfo.InvariantCulture),
        sample.AllocatedMiB.ToString("R", CultureInfo.InvariantCulture),
        sample.OwnMs.ToString("R", CultureInfo.InvariantCulture));

    public static RawSample Parse(int process, string text)
    {
        var fields = text.Split('\t');
        double Number(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture);
        return new RawSample(process, fields[0] == "concurrent", fields[1], int.Parse(fields[2], CultureInfo.InvariantCulture), Number(3), Number(4), Number(5), Number(6));
    }
}

internal static partial class Dense
{
    /// <summary>What <see cref="RawSample"/> keeps of a sample.</summary>
    internal readonly record struct SampleFigures(double CpuMs, double WallMs, double AllocatedMiB, double OwnMs);

    /// <summary>
    /// `-- --dense-target ITERATIONS --processes P`: the target's figure from P processes run one after another, each
    /// doing `--dense-target ITERATIONS`. One process's mean moves by several points from the next one's for the same
    /// code (its heap and the collector's budgets settle differently), more than its own interval admits: so the
    /// interval here is taken across the P process means, and the process means are printed.
    /// </summary>
    public static void TargetAcrossProcesses(int processes, int runs, bool withFourteen, Action<string> line)
    {
        var samples = new List<RawSample>();
        string entry = typeof(Dense).Assembly.Location;
        for (int p = 0; p < processes; p++)
        {
            string rawPath = Path.Combine(Path.GetTempPath(), $"dense-target-{Environment.ProcessId}-{p}.tsv");
            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
            foreach (string argument in new[] { entry, "--dense-target", runs.ToString(CultureInfo.InvariantCulture), "--raw", rawPath })
            {
                start.ArgumentList.Add(argument);
            }

            if (withFourteen)
            {
                start.ArgumentList.Add("--with-fourteen");
            }

            Console.WriteLine($"process {p + 1} of {processes}:");
            using (var child = Process.Start(start)!)
            {
                child.WaitForExit();
                if (child.ExitCode != 0)
                {
                    throw new InvalidOperationException($"process {p + 1} exited with {child.ExitCode}");
                }
            }

            samples.AddRange(File.ReadAllLines(rawPath).Select(text => RawSample.Parse(p, text)));
            File.Delete(rawPath);
        }

        line($"## Our analysis on the infrastructure-dense project (1280 files): (ours with findings dropped - no-op operation analyzer) / none, {processes} processes of {runs} iterations (after 4 warm-ups each)");
        line(string.Empty);
        line("| mode | none (ms, median) | no-op (ms, median) | findings dropped (ms, median) | **mean** | 95% confidence interval, across the process means | process means | median | iterations at or below 10% | ours' own callback CPU / none (mean) | allocated, no-op -> dropped (median) |");
        line("|---|---:|---:|---:|---:|---|---|---:|---:|---:|---|");
        foreach (bool concurrent in new[] { true, false })
        {
            var mode = samples.Where(s => s.Concurrent == concurrent).ToList();
            double Time(RawSample s, bool cpu) => cpu ? s.CpuMs : s.WallMs;
            RawSample Of(int process, int iteration, string variant) => mode.Single(s => s.Process == process && s.Iteration == iteration && s.Variant == variant);
            var iterations = mode.Where(s => s.Variant == "none").Select(s => (s.Process, s.Iteration)).ToList();
            string name = concurrent ? "concurrent" : "single-threaded";
            foreach (bool cpu in new[] { true, false })
            {
                string clock = cpu ? "process CPU" : "wall";
                (double Mean, double HalfWidth, double[] ProcessMeans, double[] All) Figure(Func<int, int, double> perIteration)
                {
                    var all = iterations.Select(i => perIteration(i.Process, i.Iteration)).ToArray();
                    var processMeans = Enumerable.Range(0, processes).Select(p => iterations.Where(i => i.Process == p).Average(i => perIteration(i.Process, i.Iteration))).ToArray();
                    var (_, halfWidth) = MeanWithConfidence(processMeans);
                    return (all.Average(), halfWidth, processMeans, all);
                }

                double Analysis(int p, int i, string variant) => (Time(Of(p, i, variant), cpu) - Time(Of(p, i, "no-op"), cpu)) / Time(Of(p, i, "none"), cpu);
                double Own(int p, int i, string variant) => Of(p, i, variant).OwnMs / Of(p, i, "none").CpuMs;
                double MedianOf(string variant, Func<RawSample, double> figure) => Median(mode.Where(s => s.Variant == variant).Select(figure));

                foreach (string variant in withFourteen ? new[] { "dropped", "fourteen" } : new[] { "dropped" })
                {
                    var figure = Figure((p, i) => Analysis(p, i, variant));
                    double own = iterations.Average(i => Own(i.Process, i.Iteration, variant));
                    string label = variant == "dropped" ? $"{name}, {clock}" : $"{name}, {clock}: fourteen analyzers (the shape until session 23)";
                    line($"| {label} | {MedianOf("none", s => Time(s, cpu)):F0} | {MedianOf("no-op", s => Time(s, cpu)):F0} | {MedianOf(variant, s => Time(s, cpu)):F0} | **{Pct(figure.Mean)}** | {Pct(figure.Mean - figure.HalfWidth)} to {Pct(figure.Mean + figure.HalfWidth)} | {string.Join(", ", figure.ProcessMeans.Select(Pct))} | {Pct(Median(figure.All))} | {figure.All.Count(r => r <= 0.10)} of {figure.All.Length} | {Pct(own)} | {MedianOf("no-op", s => s.AllocatedMiB):F0} -> {MedianOf(variant, s => s.AllocatedMiB):F0} MiB |");
                }

                if (withFourteen)
                {
                    var difference = Figure((p, i) => Analysis(p, i, "dropped") - Analysis(p, i, "fourteen"));
                    line($"| {name}, {clock}: one analyzer - fourteen, paired | | | | **{Pct(difference.Mean)}** | {Pct(difference.Mean - difference.HalfWidth)} to {Pct(difference.Mean + difference.HalfWidth)} | {string.Join(", ", difference.ProcessMeans.Select(Pct))} | {Pct(Median(difference.All))} | | | |");
                }
            }
        }

        line(string.Empty);
        line("Each process compiles the dense project with each variant in paired iterations (rotating order, each from a collected heap; the figure is taken within the iteration). The interval is Student's t over the process means, because a process's mean moves by more than its own iterations' interval. \"Ours' own callback CPU\" is thread CPU inside our callbacks, including building the operation trees the no-op analyzer builds too.");
    }
}

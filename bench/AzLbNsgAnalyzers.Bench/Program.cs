using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using AzLbNsgAnalyzers.Extraction;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AzLbNsgAnalyzers.Bench;

internal static class Program
{
    private const int Seed = 20240611;

    private static readonly StringBuilder Report = new();

    public static int Main(string[] args)
    {
        if (args.Contains("--profile-retention") && args.Contains("--dense"))
        {
            Console.WriteLine("| measure | MiB |");
            Console.WriteLine("|---|---:|");
            foreach (var variant in new[] { "no-op", "ours", "ours, findings dropped" })
            {
                Profile.DenseCacheRetention(1280, variant);
            }

            return 0;
        }

        if (args.Contains("--profile-retention"))
        {
            Profile.Retention(100);
            Profile.Retention(1000);
            Console.WriteLine("| measure | MiB |");
            Console.WriteLine("|---|---:|");
            foreach (int size in new[] { 100, 1000 })
            {
                foreach (var variant in new[] { "no-op", "ours", "ours, findings dropped" })
                {
                    Profile.CacheRetention(size, variant);
                }
            }
            return 0;
        }

        if (args.Contains("--loop"))
        {
            // For an external profiler (dotnet-trace): one variant, run again and again on one generated project.
            string variant = args.SkipWhile(a => a != "--loop").Skip(1).FirstOrDefault() ?? "ours";
            var loopCompilation = Harness.Compile(InfraGenerator.Project(1000, Seed, out _));
            var analyzers = variant switch { "noop" => Harness.NoOp, "none" => ImmutableArray<DiagnosticAnalyzer>.Empty, _ => Harness.Ours };
            for (int i = 0; i < 6; i++)
            {
                double ms = Time(() => Harness.Run(loopCompilation, analyzers));
                Console.WriteLine($"{variant} {i}: {ms:F0} ms");
            }

            return 0;
        }

        if (args.Contains("--dense-loop"))
        {
            // For an external profiler (perf, dotnet-trace): one variant of the dense compile, concurrent as a build runs it,
            // again and again in one process (the tiered JIT settles after several rounds), with its CPU and collections.
            string variant = args.SkipWhile(a => a != "--dense-loop").Skip(1).FirstOrDefault() ?? "ours";
            int rounds = int.TryParse(args.SkipWhile(a => a != "--dense-loop").Skip(2).FirstOrDefault(), out int parsedRounds) ? parsedRounds : 8;
            // `--single`: the single-threaded compile (concurrentBuild and concurrentAnalysis off) instead.
            bool loopConcurrent = !args.Contains("--single");
            var denseCompilation = Harness.Compile(InfraGenerator.DenseProject(1280, Seed, out _, out _), nullable: false, concurrentBuild: loopConcurrent);
            var denseAnalyzers = variant switch
            {
                "noop" => Harness.NoOp,
                "none" => ImmutableArray<DiagnosticAnalyzer>.Empty,
                "dropped" => Harness.OursSwallowing,
                "blocks" => Enumerable.Range(0, Harness.Ours.Length).Select(i => (DiagnosticAnalyzer)new NoOpBlockAnalyzer(walk: i == 0)).ToImmutableArray(),
                _ => Harness.Ours,
            };
            for (int i = 0; i < rounds; i++)
            {
                var before = CpuClock.Process();
                long allocated = GC.GetTotalAllocatedBytes(precise: false);
                int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
                Harness.Run(denseCompilation, denseAnalyzers, concurrent: loopConcurrent);
                Console.WriteLine($"{variant} {i}: {(CpuClock.Process() - before).TotalMilliseconds:F0} ms CPU, {(GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1048576} MiB, gen {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}");
                GC.Collect();
            }

            return 0;
        }

        if (args.Contains("--dense-target"))
        {
            // Only the target's figure, in many iterations: bench/results/dense-target.md.
            int targetRuns = int.TryParse(args.SkipWhile(a => a != "--dense-target").Skip(1).FirstOrDefault(), out int parsedTargetRuns) ? parsedTargetRuns : 40;
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            bool withFourteen = args.Contains("--with-fourteen");
            if (args.Contains("--processes"))
            {
                // The figure across several processes: one process's mean moves by more than its own interval.
                int processes = int.TryParse(args.SkipWhile(a => a != "--processes").Skip(1).FirstOrDefault(), out int parsedProcesses) ? parsedProcesses : 4;
                Dense.TargetAcrossProcesses(processes, targetRuns, withFourteen, text => Line(text));
                WriteReport("dense-target.md", "the dense project's target figure");
                return 0;
            }

            string? rawPath = args.SkipWhile(a => a != "--raw").Skip(1).FirstOrDefault();
            Dense.Target(1280, 4, targetRuns, text => Line(text), withFourteen, rawPath);
            if (rawPath is null)
            {
                // A child of --processes writes its samples only; the parent writes the report.
                WriteReport("dense-target.md", "the dense project's target figure");
            }

            return 0;
        }

        if (args.Contains("--dense"))
        {
            // The infrastructure-dense project: concurrent and single-threaded, then per phase and per code shape.
            int denseCount = int.TryParse(args.SkipWhile(a => a != "--dense").Skip(1).FirstOrDefault(), out int parsedCount) ? parsedCount : 1280;
            bool denseQuick = args.Contains("--quick");
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            if (args.Contains("--phases-only"))
            {
                // For an external profiler (perf): only the per-block path over the dense bodies, many times.
                using var denseAllocationTypes = args.Contains("--alloc-types") ? new AllocationTypes() : null;
                Dense.Run(denseCount, 0, 0, text => Console.WriteLine(text), phasesOnly: true, repetitions: denseAllocationTypes is null ? 60 : 10, denseAllocationTypes);
                denseAllocationTypes?.Print(45);
                return 0;
            }

            // Four warm-ups: Roslyn and the analyzers climb the tiered JIT (instrumented, then optimised) for several compiles.
            // Fifteen iterations by default: single iterations jump by the collector's steps (see bench/README.md).
            int denseRuns = int.TryParse(args.SkipWhile(a => a != "--runs").Skip(1).FirstOrDefault(), out int parsedDenseRuns) ? parsedDenseRuns : 15;
            Dense.Run(denseCount, denseQuick ? 1 : 4, denseQuick ? 1 : denseRuns, text => Line(text));
            WriteReport(denseQuick ? "dense-quick.tmp" : "dense.md", "the infrastructure-dense project");
            return 0;
        }

        if (args.Contains("--clean"))
        {
            // Only the clean project's overhead at N=1000, with more iterations than the full run (the machine's noise is large).
            int cleanRuns = int.TryParse(args.SkipWhile(a => a != "--clean").Skip(1).FirstOrDefault(), out int parsedRuns) ? parsedRuns : 15;
            var m = MeasureProject(1000, 2, cleanRuns, mistakeShare: 0);
            Console.WriteLine($"clean N=1000, median of {cleanRuns}: none {m.None:F0} ms, no-op {m.NoOp:F0} ms, ours {m.Ours:F0} ms; overhead (ours - no-op)/none {Pct(m.OverheadRatio)}; (findings dropped - no-op)/none {Pct(m.AnalysisRatio)}; (ours - findings dropped)/none, the same work twice {Pct(m.FindingsRatio)}");
            return 0;
        }

        if (args.Contains("--phases"))
        {
            using var allocationTypes = args.Contains("--alloc-types") ? new AllocationTypes() : null;
            Profile.Phases(100, args.Contains("--long") ? 200 : 30, large: args.Contains("--large"), allocationTypes);
            allocationTypes?.Print(40);
            return 0;
        }

        if (args.Contains("--interp"))
        {
            Profile.InterpreterLoop(2000, args.Contains("--long") ? 3000 : 300);
            return 0;
        }

        if (args.Contains("--alloc"))
        {
            Profile.Allocations(2000);
            return 0;
        }

        if (args.Contains("--driver"))
        {
            // Only the driver attribution (default N=100): a quick check of where "ours - no-op" goes.
            int n = int.TryParse(args.SkipWhile(a => a != "--driver").Skip(1).FirstOrDefault(), out int parsed) ? parsed : 100;
            TimedAnalyzer.ResetPerAnalyzer();
            // --nullable-off: the same project compiled without nullable reference types (the driver's per-finding check
            // then has no nullable analysis to run).
            Profile.Driver(n, 5, nullable: !args.Contains("--nullable-off"));
            Console.WriteLine("Own callback time per analyzer, summed over every variant and iteration above:");
            foreach (var (analyzer, time) in TimedAnalyzer.PerAnalyzerElapsed().OrderByDescending(p => p.Time))
            {
                Console.WriteLine($"| {analyzer} | {time.TotalMilliseconds:F0} ms |");
            }

            return 0;
        }

        if (args.Contains("--editor-and-plain"))
        {
            // Sections 3-5 of the full run alone (keystroke, no-Azure project, allocations), for a re-check between full runs.
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Line("# AzLbNsgAnalyzers benchmark: sections 3-5 alone (`-- --editor-and-plain`)");
            Line();
            Line($"- Date (UTC): {DateTime.UtcNow:yyyy-MM-dd HH:mm}; garbage collector: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}; the same method as latest.md");
            Line();
            MeasureKeystroke(3, 15);
            MeasureNoAzure(1000, 2, 7);
            MeasureAllocations(100);
            string editorPath = Path.Combine(RepositoryRoot(), "bench", "results", "editor-and-plain.md");
            File.WriteAllText(editorPath, Report.ToString());
            Console.WriteLine("Written to " + editorPath);
            return 0;
        }

        if (args.Contains("--profile-driver"))
        {
            Profile.Driver(100, 7);
            Profile.NoAzure(1000, 5);
            Profile.Scaling(3);
            return 0;
        }

        if (args.Contains("--profile"))
        {
            foreach (int size in args.Contains("--one") ? new[] { 2000 } : new[] { 500, 1000, 2000, 4000 })
            {
                Profile.Run(size);
            }
            return 0;
        }

        bool quick = args.Contains("--quick");
        int warmups = quick ? 1 : 2;
        int runs = quick ? 1 : 7;
        int[] sizes = quick ? new[] { 10 } : new[] { 10, 100, 1000 };
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

        Line("# AzLbNsgAnalyzers benchmark" + (quick ? " (--quick: proves it runs, the figures mean nothing)" : string.Empty));
        Line();
        Line($"- Date (UTC): {DateTime.UtcNow:yyyy-MM-dd HH:mm}");
        Line($"- Machine: {Environment.ProcessorCount} logical cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):F1} GiB memory, {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})");
        Line($"- Runtime: {RuntimeInformation.FrameworkDescription}; Roslyn (host) {typeof(CSharpCompilation).Assembly.GetName().Version}; analyzers built against Roslyn 4.8; garbage collector: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, {(System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.Batch ? "non-concurrent" : "concurrent")} (the SDK's csc and VBCSCompiler run with System.GC.Server=true)");
        Line($"- Method: in process; times are CPU time (clock_gettime: process CPU for whole compiles, thread CPU for the in-process per-block path; precise clock: {CpuClock.IsPrecise}) because this machine is shared with other builds and wall-clock medians swing several-fold; single-threaded compilation and analysis (concurrentBuild and concurrentAnalysis off), a fresh compilation.Clone() per run, {warmups} warm-up + {runs} measured iterations per size ({(quick ? runs : 15)} at N=1,000); in each iteration the four variants run back to back in rotating order and each figure is a ratio (or difference) taken within that iteration; the table gives the median over iterations.");
        Line($"- Analyzers: {string.Join(", ", Harness.Ours.Select(a => a.GetType().Name))}");
        Line();

        // N=1,000 gets 15 iterations: two identical variants there differ by several percent in single iterations.
        int RunsFor(int n) => quick ? runs : n >= 1000 ? 15 : runs;
        var overhead = new Dictionary<int, Measured>();
        foreach (int n in sizes)
        {
            overhead[n] = MeasureProject(n, warmups, RunsFor(n));
        }

        // The same generator with no mistake planted: a project whose infrastructure is right, the steady state.
        var clean = new Dictionary<int, Measured>();
        foreach (int n in quick ? new[] { 10 } : new[] { 1000 })
        {
            clean[n] = MeasureProject(n, warmups, RunsFor(n), mistakeShare: 0);
        }

        Line("## 1. Overhead on a generated infrastructure project (ratio to the same compile without analyzers)");
        Line();
        Line($"Every variant binds fully. \"Findings dropped\" runs ours but hands the driver no diagnostic: (ours - findings dropped) is what the driver spends on the reported findings, chiefly its [SuppressMessage] check, which binds the containing method again (with nullable analysis) for each finding inside a local declaration. Mixed project: {InfraGenerator.DefaultMistakeShare:P0} of the topologies carry one planted mistake; clean project: the same generator with none.");
        Line();
        Line("| project | N methods | lines | compile, no analyzer (ms) | no-op analyzer (ms) | ours (ms) | no-op floor (no-op - none)/none | **overhead (ours - no-op)/none** | of which the driver's handling of our findings (ours - findings dropped)/none | of which analysis (findings dropped - no-op)/none | ours' own callback time / none | findings (planted mistakes) |");
        Line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var (label, table) in new[] { ("mixed", overhead), ("clean", clean) })
        {
            foreach (var (n, m) in table)
            {
                Line($"| {label} | {n} | {m.Lines} | {m.None:F0} | {m.NoOp:F0} | {m.Ours:F0} | {Pct(m.FloorRatio)} | **{Pct(m.OverheadRatio)}** | {Pct(m.FindingsRatio)} | {Pct(m.AnalysisRatio)} | {Pct(m.TelemetryRatio)} | {m.Findings} |");
            }
        }

        Line();
        if (overhead.ContainsKey(100) && overhead.ContainsKey(1000))
        {
            var a = overhead[100];
            var b = overhead[1000];
            Line("## 2. Scaling: analyzer time at N=1000 / N=100 (target <= 11x, linear = 10x)");
            Line();
            Line("| measure | N=100 (ms) | N=1000 (ms) | ratio |");
            Line("|---|---:|---:|---:|");
            Line($"| ours - no-op (process CPU, median of per-iteration differences) | {a.OursMinusNoOp:F0} | {b.OursMinusNoOp:F0} | **{b.OursMinusNoOp / a.OursMinusNoOp:F1}x** |");
            Line($"| ours' own callback time (measured inside its callbacks, median) | {a.Telemetry:F0} | {b.Telemetry:F0} | **{b.Telemetry / a.Telemetry:F1}x** |");
            Line($"| garbage-collection pauses that fell inside our callbacks (wall clock, median; under the server collector the collection runs on its own threads, so it is in the compile's process CPU, not in the callback time above) | {a.GcPausesInCallbacks:F0} | {b.GcPausesInCallbacks:F0} | {b.GcPausesInCallbacks / Math.Max(1, a.GcPausesInCallbacks):F1}x |");
            Line($"| compile without analyzers (for comparison) | {a.None:F0} | {b.None:F0} | {b.None / a.None:F1}x |");
            Line();
        }

        MeasureKeystroke(quick ? 1 : 3, quick ? 1 : 15);
        MeasureNoAzure(quick ? 10 : 1000, warmups, runs);
        MeasureAllocations(quick ? 10 : 100);

        Console.WriteLine();
        string root = RepositoryRoot();
        string path = Path.Combine(root, "bench", "results", quick ? "quick.tmp" : "latest.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Report.ToString());
        Console.WriteLine("Written to " + path);
        return 0;
    }

    private sealed record Measured(int Lines, double None, double NoOp, double Ours, double FloorRatio, double OverheadRatio, double TelemetryRatio, double OursMinusNoOp, double Telemetry, double FindingsRatio, double AnalysisRatio, double GcPausesInCallbacks, string Findings);

    /// <summary>
    /// One generated project, four variants per iteration in rotating order: no analyzer, the no-op, ours, and ours with
    /// every finding dropped before the driver sees it (what reporting the findings costs the driver).
    /// </summary>
    private static Measured MeasureProject(int n, int warmups, int runs, double mistakeShare = InfraGenerator.DefaultMistakeShare)
    {
        var sources = InfraGenerator.Project(n, Seed, out var planted, mistakeShare);
        int lines = sources.Sum(s => s.Text.Count(c => c == '\n'));
        var compilation = Harness.Compile(sources);
        EnsureCompiles(compilation, "N=" + n);
        Console.WriteLine($"N={n}: {lines} lines, planted: {string.Join(", ", planted.Where(p => p != Misconfiguration.None).GroupBy(p => p).Select(g => g.Key + " x" + g.Count()))}");

        var none = new List<double>();
        var noop = new List<double>();
        var ours = new List<double>();
        var dropped = new List<double>();
        var telemetry = new List<double>();
        var gcPauses = new List<double>();
        ImmutableArray<Diagnostic> findings = default;
        for (int iteration = 0; iteration < warmups + runs; iteration++)
        {
            double tNone = 0, tNoOp = 0, tOurs = 0, tDropped = 0, tTelemetry = 0, tGc = 0;
            for (int k = 0; k < 4; k++)
            {
                switch ((k + iteration) % 4)
                {
                    case 0:
                        tNone = Time(() => Harness.Run(compilation, ImmutableArray<DiagnosticAnalyzer>.Empty));
                        break;
                    case 1:
                        tNoOp = Time(() => Harness.Run(compilation, Harness.NoOp));
                        break;
                    case 2:
                        tDropped = Time(() => Harness.Run(compilation, Harness.OursSwallowing));
                        break;
                    default:
                        (ImmutableArray<Diagnostic> Diagnostics, TimeSpan AnalyzerTime, TimeSpan AnalyzerGcPauses) result = default;
                        tOurs = Time(() => result = Harness.Run(compilation, Harness.OursTimed));
                        findings = result.Diagnostics;
                        tTelemetry = result.AnalyzerTime.TotalMilliseconds;
                        tGc = result.AnalyzerGcPauses.TotalMilliseconds;
                        break;
                }
            }

            string tag = iteration < warmups ? "warm-up" : "run";
            Console.WriteLine($"  {tag} {iteration}: none {tNone:F0} ms, no-op {tNoOp:F0} ms, ours {tOurs:F0} ms (own {tTelemetry:F0} ms, of which GC pauses {tGc:F0} ms), ours with findings dropped {tDropped:F0} ms");
            if (iteration >= warmups)
            {
                none.Add(tNone);
                noop.Add(tNoOp);
                ours.Add(tOurs);
                dropped.Add(tDropped);
                telemetry.Add(tTelemetry);
                gcPauses.Add(tGc);
            }
        }

        if (Environment.GetEnvironmentVariable("BENCH_SHOW_FINDINGS") == "1")
        {
            foreach (var d in findings.OrderBy(d => d.Location.SourceTree?.FilePath).ThenBy(d => d.Location.SourceSpan.Start))
            {
                Console.WriteLine("    " + d.Location.SourceTree?.FilePath + ": " + d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture));
            }
        }

        var byId = findings.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => g.Key + " x" + g.Count());
        string plantedText = string.Join(", ", planted.Where(p => p != Misconfiguration.None).GroupBy(p => p).OrderBy(g => g.Key).Select(g => g.Key + " x" + g.Count()));
        return new Measured(
            lines,
            Median(none),
            Median(noop),
            Median(ours),
            Median(Enumerable.Range(0, runs).Select(i => (noop[i] - none[i]) / none[i])),
            Median(Enumerable.Range(0, runs).Select(i => (ours[i] - noop[i]) / none[i])),
            Median(Enumerable.Range(0, runs).Select(i => telemetry[i] / none[i])),
            Median(Enumerable.Range(0, runs).Select(i => ours[i] - noop[i])),
            Median(telemetry),
            Median(Enumerable.Range(0, runs).Select(i => (ours[i] - dropped[i]) / none[i])),
            Median(Enumerable.Range(0, runs).Select(i => (dropped[i] - noop[i]) / none[i])),
            Median(gcPauses),
            (findings.IsDefaultOrEmpty ? "none" : string.Join(", ", byId)) + " (" + (plantedText.Length == 0 ? "none planted" : plantedText) + ")");
    }

    private static void MeasureKeystroke(int warmups, int runs)
    {
        var sources = InfraGenerator.LargeMethod(2000, Seed, out int topologies);
        var compilation = Harness.Compile(sources);
        EnsureCompiles(compilation, "large method");
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "Large.cs");
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        int lines = tree.GetLineSpan(method.Span).EndLinePosition.Line - tree.GetLineSpan(method.Span).StartLinePosition.Line + 1;
        Console.WriteLine($"Keystroke: a {lines}-line method building {topologies} topologies");

        // (a) the per-block path alone, the operation tree already built (as when the driver hands it over), on the
        // driver's compilation so that the helper's semantic model is cached as in a build or the IDE.
        var driverCompilation = CaptureCompilationAnalyzer.DriverCompilation(compilation);
        var types = AzureTypes.TryCreate(driverCompilation)!;
        var body = driverCompilation.GetSemanticModel(tree).GetOperation(method)!;
        int findings = 0;
        var blockOnly = new List<double>();

        // The first pass in this process (code not yet compiled or at the JIT's first tier: a keystroke right after the
        // IDE loaded the analyzer), then two seconds of passes: the tiered JIT promotes hot code after enough calls and
        // a quiet period, which a few 15 ms passes never reach (a fresh process's median was 5x the steady state's).
        double firstPass = ThreadTime(() => findings = Harness.AnalyzeBody(body, types, driverCompilation));
        var warming = Stopwatch.StartNew();
        while (warmups > 1 && warming.Elapsed < TimeSpan.FromSeconds(2))
        {
            Harness.AnalyzeBody(body, types, driverCompilation);
        }

        for (int i = 0; i < runs; i++)
        {
            blockOnly.Add(ThreadTime(() => findings = Harness.AnalyzeBody(body, types, driverCompilation)));
        }

        // (b) building the method's operation tree (binding the method in a fresh driver compilation) and then the per-block path.
        var operationOnly = new List<double>();
        var withOperation = new List<double>();
        for (int i = 0; i < warmups + runs; i++)
        {
            var fresh = CaptureCompilationAnalyzer.DriverCompilation(compilation.Clone());
            var freshTypes = AzureTypes.TryCreate(fresh)!;
            var model = fresh.GetSemanticModel(tree);
            IOperation? freshBody = null;
            double tOperation = ThreadTime(() => freshBody = model.GetOperation(method));
            double tAnalysis = ThreadTime(() => Harness.AnalyzeBody(freshBody!, freshTypes, fresh));
            if (i >= warmups)
            {
                operationOnly.Add(tOperation);
                withOperation.Add(tOperation + tAnalysis);
            }
        }

        // (c) what the IDE runs for the document: CompilationWithAnalyzers on the method's span, ours minus the no-op analyzer.
        var ide = new List<double>();
        for (int i = 0; i < warmups + runs; i++)
        {
            double tNoOp = Time(() => SpanAnalysis(compilation, tree, method, Harness.NoOp));
            double tOurs = Time(() => SpanAnalysis(compilation, tree, method, Harness.Ours));
            if (i >= warmups)
            {
                ide.Add(tOurs - tNoOp);
            }
        }

        Line("## 3. Keystroke latency: one " + lines + "-line method (" + topologies + " topologies, " + findings + " findings), target < 20 ms median");
        Line();
        Line("| path | median (ms) | min (ms) | max (ms) |");
        Line("|---|---:|---:|---:|");
        Line($"| **per-block path** (TopologyExtractor.Extract + NetworkAnalysis + every rule's Analyze), operation tree given, after two seconds of warm-up | **{Median(blockOnly):F1}** | {blockOnly.Min():F1} | {blockOnly.Max():F1} |");
        Line($"| the same, the first pass in this process (JIT compilation included: right after the analyzer is loaded) | {firstPass:F1} | | |");
        Line($"| building the operation tree (semanticModel.GetOperation on a fresh compilation: binds the method) | {Median(operationOnly):F1} | {operationOnly.Min():F1} | {operationOnly.Max():F1} |");
        Line($"| **with** building the operation tree (the two above, same iteration) | **{Median(withOperation):F1}** | {withOperation.Min():F1} | {withOperation.Max():F1} |");
        Line($"| IDE-shaped: CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync on the method's span, ours - no-op | {Median(ide):F1} | {ide.Min():F1} | {ide.Max():F1} |");
        Line();
    }

    private static void SpanAnalysis(Compilation compilation, SyntaxTree tree, MethodDeclarationSyntax method, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var fresh = compilation.Clone();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var withAnalyzers = fresh.WithAnalyzers(analyzers, options);
        var model = fresh.GetSemanticModel(tree);
        var diagnostics = withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, method.Span, System.Threading.CancellationToken.None).GetAwaiter().GetResult();
        GC.KeepAlive(diagnostics);
    }

    private static void MeasureNoAzure(int n, int warmups, int runs)
    {
        var sources = InfraGenerator.PlainProject(n, Seed);
        int lines = sources.Sum(s => s.Text.Count(c => c == '\n'));
        var compilation = Harness.Compile(sources, withProvisioning: false);
        EnsureCompiles(compilation, "plain project");
        var none = new List<double>();
        var empty = new List<double>();
        var ours = new List<double>();
        for (int iteration = 0; iteration < warmups + runs; iteration++)
        {
            double tNone = 0, tEmpty = 0, tOurs = 0;
            for (int k = 0; k < 3; k++)
            {
                switch ((k + iteration) % 3)
                {
                    case 0: tNone = Time(() => Harness.Run(compilation, ImmutableArray<DiagnosticAnalyzer>.Empty)); break;
                    case 1: tEmpty = Time(() => Harness.Run(compilation, Harness.Empty)); break;
                    default: tOurs = Time(() => Harness.Run(compilation, Harness.Ours)); break;
                }
            }

            Console.WriteLine($"  no-Azure {(iteration < warmups ? "warm-up" : "run")} {iteration}: none {tNone:F0} ms, empty analyzer {tEmpty:F0} ms, ours {tOurs:F0} ms");
            if (iteration >= warmups)
            {
                none.Add(tNone);
                empty.Add(tEmpty);
                ours.Add(tOurs);
            }
        }

        Line($"## 4. Cost without Azure.Provisioning: {n} plain methods ({lines} lines), target indistinguishable from zero");
        Line();
        Line("| measure | median |");
        Line("|---|---:|");
        Line($"| compile, no analyzer | {Median(none):F0} ms |");
        Line($"| **(ours - none) / none** | **{Pct(Median(Enumerable.Range(0, runs).Select(i => (ours[i] - none[i]) / none[i])))}** |");
        Line($"| (empty analyzer - none) / none: the driver's cost for any analyzer that registers nothing | {Pct(Median(Enumerable.Range(0, runs).Select(i => (empty[i] - none[i]) / none[i])))} |");
        Line($"| (ours - empty analyzer) / none: what our analyzers add beyond that | {Pct(Median(Enumerable.Range(0, runs).Select(i => (ours[i] - empty[i]) / none[i])))} |");
        Line();
    }

    private static void MeasureAllocations(int n)
    {
        var sources = InfraGenerator.Project(n, Seed, out _);
        var compilation = CaptureCompilationAnalyzer.DriverCompilation(Harness.Compile(sources));
        var types = AzureTypes.TryCreate(compilation)!;
        var sourceOperations = new SourceOperations(compilation);
        var bodies = new List<IOperation>();
        foreach (var tree in compilation.SyntaxTrees.Where(t => t.FilePath.StartsWith("Topology", StringComparison.Ordinal)))
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                bodies.Add(model.GetOperation(method)!);
            }
        }

        // Helper bodies (NetworkHelpers.CreateNic) are bound through compilation.GetSemanticModel: bind them once before measuring,
        // as the driver's semantic model cache would have; the warm-up pass also JITs the path.
        foreach (var body in bodies)
        {
            Harness.AnalyzeBody(body, types, sourceOperations);
        }

        int topologies = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var body in bodies)
        {
            if (Harness.AnalyzeBody(body, types, sourceOperations) >= 0)
            {
                topologies++;
            }
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // CPU: the median of several passes (one pass right after the warm-up still runs partly unoptimised code).
        var passes = new List<double>();
        for (int pass = 0; pass < 15; pass++)
        {
            var cpuStart = CpuClock.Thread();
            foreach (var body in bodies)
            {
                Harness.AnalyzeBody(body, types, sourceOperations);
            }

            passes.Add((CpuClock.Thread() - cpuStart).TotalMilliseconds);
        }

        double cpu = Median(passes);
        Line($"## 5. Allocations per analysed topology (per-block path, single thread, {n} generated methods)");
        Line();
        Line("| topologies | allocated in total | **per topology** | CPU time per topology (median of 15 passes, garbage collections included) |");
        Line("|---:|---:|---:|---:|");
        Line($"| {topologies} | {allocated / (1024.0 * 1024):F1} MiB | **{allocated / (double)Math.Max(topologies, 1) / 1024:F0} KiB** | {cpu / Math.Max(topologies, 1):F2} ms |");
        Line();
        Line("The per-block path runs on the compilation the analyzer driver hands to analyzers (captured by a bench analyzer), with one `SourceOperations` for all bodies as the analyzer keeps one per compilation: the shared NIC helper is bound once, not once per body.");
        Line();
    }

    private static void EnsureCompiles(Compilation compilation, string what)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors.Take(20))
            {
                Console.Error.WriteLine(error);
            }

            throw new InvalidOperationException($"The generated {what} does not compile ({errors.Count} errors).");
        }
    }

    /// <summary>Milliseconds of process CPU time (see <see cref="CpuClock"/>) spent in <paramref name="action"/>.</summary>
    private static double Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var start = CpuClock.Process();
        action();
        return (CpuClock.Process() - start).TotalMilliseconds;
    }

    /// <summary>Milliseconds of CPU time of the calling thread spent in <paramref name="action"/> (synchronous paths).</summary>
    private static double ThreadTime(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var start = CpuClock.Thread();
        action();
        return (CpuClock.Thread() - start).TotalMilliseconds;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Pct(double ratio) => (ratio * 100).ToString("F1", CultureInfo.InvariantCulture) + "%";

    /// <summary>Writes what <see cref="Line"/> gathered to bench/results/<paramref name="fileName"/>, under a header naming the machine.</summary>
    private static void WriteReport(string fileName, string title)
    {
        string path = Path.Combine(RepositoryRoot(), "bench", "results", fileName);
        File.WriteAllText(path, "# AzLbNsgAnalyzers benchmark: " + title + "\n\n- Date (UTC): " + DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "\n- Machine: " + Environment.ProcessorCount + " logical cores; " + RuntimeInformation.FrameworkDescription + "; garbage collector: " + (System.Runtime.GCSettings.IsServerGC ? "server" : "workstation") + "\n\n" + Report);
        Console.WriteLine("Written to " + path);
    }

    private static void Line(string text = "")
    {
        Console.WriteLine(text);
        Report.Append(text).Append('\n');
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "AzLbNsgAnalyzers.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("AzLbNsgAnalyzers.sln not found");
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using AzLbNsgAnalyzers.Analyzers;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Rules;
using AzLbNsgAnalyzers.Extraction;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AzLbNsgAnalyzers.Bench;

/// <summary>
/// `-- --dense [N]`: the infrastructure-dense project (N files of 100-150 lines that are almost only Azure.Provisioning
/// construction; nullable reference types off), measured the two ways a build runs: concurrently (concurrentBuild and
/// concurrentAnalysis on; wall clock and process CPU) and single-threaded (process CPU). Then the per-block path per
/// phase and per code shape, next to a bare walk of the same operation trees (the floor any operation analyzer pays).
/// </summary>
internal static partial class Dense
{
    private sealed record Variant(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers);

    public static void Run(int n, int warmups, int runs, Action<string> line, bool phasesOnly = false, int repetitions = 20, AllocationTypes? allocationTypes = null)
    {
        var sources = InfraGenerator.DenseProject(n, 20240611, out var planted, out var shapes);
        if (phasesOnly)
        {
            Phases(sources, shapes, line, repetitions, cold: true, allocationTypes);
            return;
        }

        var lineCounts = sources.Skip(1).Select(s => s.Text.Count(c => c == '\n')).OrderBy(c => c).ToArray();
        string plantedText = string.Join(", ", planted.Where(p => p != Misconfiguration.None).GroupBy(p => p).OrderBy(g => g.Key).Select(g => g.Key + " x" + g.Count()));
        line($"## Infrastructure-dense project: {n} files, {lineCounts.Sum()} lines (per file: median {lineCounts[lineCounts.Length / 2]}, min {lineCounts.First()}, max {lineCounts.Last()}), nullable off; planted: {plantedText}");
        line(string.Empty);

        var variants = new[]
        {
            new Variant("none", ImmutableArray<DiagnosticAnalyzer>.Empty),
            new Variant("no-op operation analyzer", Harness.NoOp),
            new Variant("walk: one block analyzer walking every operation", ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpBlockAnalyzer(walk: true))),
            new Variant("ours", Harness.OursTimed),
            new Variant("ours, findings dropped", Harness.OursSwallowing),
        };

        line("| mode | none (ms) | no-op (ms) | walk (ms) | ours (ms) | findings dropped (ms) | **our analysis (dropped - no-op)/none** | (dropped - walk)/none | driver's cost of our findings (ours - dropped)/none | ours' own callback CPU / none | findings |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        var gcLines = new List<string>();
        var spreadLines = new List<string>();
        foreach (bool concurrent in new[] { true, false })
        {
            var compilation = Harness.Compile(sources, nullable: false, concurrentBuild: concurrent);
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
            if (errors.Count > 0)
            {
                throw new InvalidOperationException("The dense project does not compile: " + string.Join("; ", errors));
            }

            var samples = Iterate(compilation, variants.ToArray(), warmups, runs, concurrent);
            var cpu = Column(samples, s => s.CpuMs);
            var wall = Column(samples, s => s.WallMs);
            var own = samples["ours"].Select(s => s.AnalyzerTime.TotalMilliseconds).ToList();
            var memory = samples.ToDictionary(p => p.Key, p => p.Value.Select(s => s.Gc).ToList());
            var findings = samples["ours"][runs - 1].Diagnostics;

            // What the collector did in each variant: our garbage is charged to the compile as collections and pauses.
            gcLines.Add($"| {(concurrent ? "concurrent" : "single-threaded")} | " + string.Join(" | ", variants.Select(v =>
            {
                var m = memory[v.Name];
                return $"{Median(m.Select(x => x.AllocatedMiB)):F0} MiB, {Median(m.Select(x => (double)x.Gen0)):F0}/{Median(m.Select(x => (double)x.Gen1)):F0}/{Median(m.Select(x => (double)x.Gen2)):F0}, {Median(m.Select(x => x.PauseMs)):F0} ms";
            })) + " |");
            string found = findings.IsDefaultOrEmpty ? "none" : string.Join(", ", findings.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => g.Key + " x" + g.Count()));
            foreach (var (clock, times) in concurrent ? new[] { ("wall", wall), ("process CPU", cpu) } : new[] { ("process CPU", cpu) })
            {
                double Ratio(string a, string b) => Median(Enumerable.Range(0, runs).Select(i => (times[a][i] - times[b][i]) / times["none"][i]));
                double ownRatio = Median(Enumerable.Range(0, runs).Select(i => own[i] / cpu["none"][i]));
                // Every iteration's figure, sorted: the median's spread is larger than most changes it is asked to judge.
                var perIteration = OurAnalysis(times, "ours, findings dropped", variants[1].Name).OrderBy(r => r);
                var (mean, halfWidth) = MeanWithConfidence(perIteration.ToArray());
                spreadLines.Add($"| {(concurrent ? "concurrent" : "single-threaded")}, {clock} | {Pct(mean)} | {Pct(mean - halfWidth)} to {Pct(mean + halfWidth)} | {string.Join(", ", perIteration.Select(Pct))} |");
                line($"| {(concurrent ? "concurrent" : "single-threaded")}, {clock} | {Median(times["none"]):F0} | {Median(times[variants[1].Name]):F0} | {Median(times[variants[2].Name]):F0} | {Median(times["ours"]):F0} | {Median(times["ours, findings dropped"]):F0} | **{Pct(Ratio("ours, findings dropped", variants[1].Name))}** | {Pct(Ratio("ours, findings dropped", variants[2].Name))} | {Pct(Ratio("ours", "ours, findings dropped"))} | {Pct(ownRatio)} | {found} |");
            }
        }

        line(string.Empty);
        line("What the garbage collector did per variant (medians: allocated, collections of generation 0/1/2, total pause):");
        line(string.Empty);
        line("| mode | " + string.Join(" | ", variants.Select(v => v.Name)) + " |");
        line("|---|" + string.Concat(variants.Select(_ => "---:|")));
        foreach (var gcLine in gcLines)
        {
            line(gcLine);
        }

        line(string.Empty);
        line("Our analysis, (findings dropped - no-op) / none: the mean of the iterations with its 95% confidence interval (Student's t), and each iteration's figure (sorted):");
        line(string.Empty);
        line("| mode | mean | 95% confidence interval of the mean | per iteration |");
        line("|---|---:|---|---|");
        foreach (var spreadLine in spreadLines)
        {
            line(spreadLine);
        }

        line(string.Empty);
        line($"Medians (and the mean above) of {runs} iterations after {warmups} warm-ups; the variants run back to back in rotating order and each ratio is taken within one iteration. \"Ours' own callback CPU\" is thread CPU inside our callbacks (including building the operation trees the walk also builds), against the compile's process CPU.");
        line(string.Empty);
        Phases(sources, shapes, line, 5, cold: true);
        Phases(sources, shapes, line, repetitions, cold: false);
    }

    /// <summary>What one compile of a variant cost, and what it found.</summary>
    private sealed record Sample(double CpuMs, double WallMs, (double AllocatedMiB, int Gen0, int Gen1, int Gen2, double PauseMs) Gc, TimeSpan AnalyzerTime, ImmutableArray<Diagnostic> Diagnostics);

    /// <summary>
    /// Warm-ups, then <paramref name="runs"/> iterations, each compiling every variant once from a collected heap, back to
    /// back in an order that rotates by iteration (so no variant always follows another): the samples after the warm-ups,
    /// by variant, iteration i of each variant at index i. Each iteration is printed as it ends.
    /// </summary>
    private static Dictionary<string, List<Sample>> Iterate(Compilation compilation, Variant[] variants, int warmups, int runs, bool concurrent)
    {
        var samples = variants.ToDictionary(v => v.Name, _ => new List<Sample>());
        for (int iteration = 0; iteration < warmups + runs; iteration++)
        {
            var progress = new List<string>();
            for (int k = 0; k < variants.Length; k++)
            {
                var variant = variants[(k + iteration) % variants.Length];
                var sample = Measure(compilation, variant, concurrent);
                progress.Add($"{variant.Name} {sample.CpuMs:F0} ms CPU / {sample.WallMs:F0} ms wall, {sample.Gc.AllocatedMiB:F0} MiB, gen {sample.Gc.Gen0}/{sample.Gc.Gen1}/{sample.Gc.Gen2}");
                if (iteration >= warmups)
                {
                    samples[variant.Name].Add(sample);
                }
            }

            Console.WriteLine($"  {(concurrent ? "concurrent" : "single-threaded")} {(iteration < warmups ? "warm-up" : "run")} {iteration}: " + string.Join(", ", progress));
        }

        return samples;
    }

    /// <summary>Our analysis in each iteration: (ours with findings dropped - the no-op) / none, taken within the iteration.</summary>
    private static double[] OurAnalysis(Dictionary<string, List<double>> times, string dropped, string noOp) =>
        Enumerable.Range(0, times["none"].Count).Select(i => (times[dropped][i] - times[noOp][i]) / times["none"][i]).ToArray();

    private static Dictionary<string, List<double>> Column(Dictionary<string, List<Sample>> samples, Func<Sample, double> figure) =>
        samples.ToDictionary(p => p.Key, p => p.Value.Select(figure).ToList());

    /// <summary>One compile of a variant from a collected heap: process CPU, wall clock, what the collector did, the result.</summary>
    private static Sample Measure(Compilation compilation, Variant variant, bool concurrent)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var pauseBefore = GC.GetTotalPauseDuration();
        var stopwatch = Stopwatch.StartNew();
        var start = CpuClock.Process();
        var result = Harness.Run(compilation, variant.Analyzers, concurrent);
        double cpuMs = (CpuClock.Process() - start).TotalMilliseconds;
        double wallMs = stopwatch.Elapsed.TotalMilliseconds;
        var gc = ((GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore) / (1024.0 * 1024), GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2, (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds);
        return new Sample(cpuMs, wallMs, gc, result.AnalyzerTime, result.Diagnostics);
    }

    /// <summary>
    /// `-- --dense-target [ITERATIONS]`: only what the target judges, our analysis = (ours with findings dropped - the no-op
    /// operation analyzer) / none, on the dense project, both ways a build runs, in many iterations (three variants
    /// instead of five, so about twice as many per hour as `--dense`), reported as the mean with its 95% confidence
    /// interval: a single iteration moves by the collector's steps, and only many of them settle a few points.
    /// </summary>
    /// <param name="withFourteen">Also run the registration shape used until session 23 (one analyzer per rule ID,
    /// <see cref="FourteenAnalyzersShape"/>), and report it and its paired difference from ours.</param>
    /// <param name="rawPath">Where to write every sample as a tab-separated row, for <see cref="TargetAcrossProcesses"/>.</param>
    public static void Target(int n, int warmups, int runs, Action<string> line, bool withFourteen = false, string? rawPath = null)
    {
        var raw = new List<string>();
        var sources = InfraGenerator.DenseProject(n, 20240611, out _, out _);
        var variants = new List<Variant>
        {
            new Variant("none", ImmutableArray<DiagnosticAnalyzer>.Empty),
            new Variant("no-op", Harness.NoOp),
            new Variant("dropped", Harness.OursSwallowing),
        };
        if (withFourteen)
        {
            variants.Add(new Variant("fourteen", FourteenAnalyzersShape.Analyzers));
        }

        line($"## Our analysis on the infrastructure-dense project ({n} files): (ours with findings dropped - no-op operation analyzer) / none, {runs} iterations after {warmups} warm-ups");
        line(string.Empty);
        line("| mode | none (ms, median) | no-op (ms, median) | findings dropped (ms, median) | **mean** | 95% confidence interval of the mean | median | iterations below 10% | ours' own callback CPU / none (mean) | allocated, no-op -> dropped (median) |");
        line("|---|---:|---:|---:|---:|---|---:|---:|---:|---|");
        foreach (bool concurrent in new[] { true, false })
        {
            var compilation = Harness.Compile(sources, nullable: false, concurrentBuild: concurrent);
            var samples = Iterate(compilation, variants.ToArray(), warmups, runs, concurrent);
            foreach (var (variantName, variantSamples) in samples)
            {
                raw.AddRange(variantSamples.Select((sample, i) => RawSample.Format(concurrent, variantName, i, new SampleFigures(sample.CpuMs, sample.WallMs, sample.Gc.AllocatedMiB, sample.AnalyzerTime.TotalMilliseconds))));
            }

            var cpu = Column(samples, s => s.CpuMs);
            var wall = Column(samples, s => s.WallMs);
            var allocated = Column(samples, s => s.Gc.AllocatedMiB);
            var own = samples["dropped"].Select(s => s.AnalyzerTime.TotalMilliseconds).ToList();

            foreach (var (clock, times) in new[] { ("process CPU", cpu), ("wall", wall) })
            {
                var perIteration = OurAnalysis(times, "dropped", "no-op");
                var (mean, halfWidth) = MeanWithConfidence(perIteration);
                double ownMean = Enumerable.Range(0, runs).Average(i => own[i] / cpu["none"][i]);
                line($"| {(concurrent ? "concurrent" : "single-threaded")}, {clock} | {Median(times["none"]):F0} | {Median(times["no-op"]):F0} | {Median(times["dropped"]):F0} | **{Pct(mean)}** | {Pct(mean - halfWidth)} to {Pct(mean + halfWidth)} | {Pct(Median(perIteration))} | {perIteration.Count(r => r <= 0.10)} of {runs} | {Pct(ownMean)} | {Median(allocated["no-op"]):F0} -> {Median(allocated["dropped"]):F0} MiB |");
                if (withFourteen)
                {
                    var fourteen = OurAnalysis(times, "fourteen", "no-op");
                    var (fourteenMean, fourteenHalf) = MeanWithConfidence(fourteen);
                    double fourteenOwn = Enumerable.Range(0, runs).Average(i => samples["fourteen"][i].AnalyzerTime.TotalMilliseconds / cpu["none"][i]);
                    line($"| {(concurrent ? "concurrent" : "single-threaded")}, {clock}: fourteen analyzers (the shape until session 23) | | | {Median(times["fourteen"]):F0} | **{Pct(fourteenMean)}** | {Pct(fourteenMean - fourteenHalf)} to {Pct(fourteenMean + fourteenHalf)} | {Pct(Median(fourteen))} | {fourteen.Count(r => r <= 0.10)} of {runs} | {Pct(fourteenOwn)} | {Median(allocated["no-op"]):F0} -> {Median(allocated["fourteen"]):F0} MiB |");
                    var (differenceMean, differenceHalf) = MeanWithConfidence(perIteration.Zip(fourteen, (one, many) => one - many).ToArray());
                    line($"| {(concurrent ? "concurrent" : "single-threaded")}, {clock}: one analyzer - fourteen, paired | | | | **{Pct(differenceMean)}** | {Pct(differenceMean - differenceHalf)} to {Pct(differenceMean + differenceHalf)} | | | | |");
                }
            }
        }

        if (rawPath is not null)
        {
            System.IO.File.WriteAllLines(rawPath, raw);
        }

        line(string.Empty);
        line("Each iteration runs the " + (withFourteen ? "four" : "three") + " variants back to back in rotating order, each from a collected heap; its figure is taken within the iteration. The mean, not one median, is the estimate: single iterations jump by the server collector's steps (about four points per collection here). \"Ours' own callback CPU\" is thread CPU inside our callbacks, including building the operation trees the no-op analyzer builds too.");
    }

    /// <summary>The per-block path per phase and per code shape over the dense bodies, next to a bare walk of the same trees.</summary>
    private static void Phases(List<(string Path, string Text)> sources, List<string> shapes, Action<string> line, int repetitions, bool cold, AllocationTypes? allocationTypes = null)
    {
        var compiled = Harness.Compile(sources, nullable: false);
        var compilation = CaptureCompilationAnalyzer.DriverCompilation(compiled);
        var types = AzureTypes.TryCreate(compilation)!;
        var sourceOperations = new SourceOperations(compilation);

        // Cold: each repetition binds every body anew in a fresh compilation and walks it once (what the driver does before
        // any analyzer sees a body), so the interpreter meets operation trees and symbols on first touch, as in a build.
        // Warm: the same trees every repetition (what a profiler loop measures; Roslyn's lazily computed properties are cached).
        List<(IOperation Body, string Shape, double FirstWalk)> Bind(Compilation c, Dictionary<string, double>? building)
        {
            var result = new List<(IOperation Body, string Shape, double FirstWalk)>();
            foreach (var tree in c.SyntaxTrees.Where(t => t.FilePath.StartsWith("Dense", StringComparison.Ordinal)))
            {
                int index = int.Parse(tree.FilePath.Substring("Dense".Length, tree.FilePath.Length - "Dense".Length - ".cs".Length), CultureInfo.InvariantCulture);
                var model = c.GetSemanticModel(tree);
                foreach (var method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
                {
                    var b0 = CpuClock.Thread();
                    var body = model.GetOperation(method)!;
                    var b1 = CpuClock.Thread();
                    int count = 0;
                    foreach (var _ in body.DescendantsAndSelf())
                    {
                        count++;
                    }

                    var b2 = CpuClock.Thread();
                    if (building is not null)
                    {
                        building["binding the body (GetOperation)"] = (building.TryGetValue("binding the body (GetOperation)", out var x) ? x : 0) + (b1 - b0).TotalMilliseconds;
                        building["first walk: building the operation tree (the floor)"] = (building.TryGetValue("first walk: building the operation tree (the floor)", out var y) ? y : 0) + (b2 - b1).TotalMilliseconds;
                    }

                    result.Add((body, shapes[index], (b2 - b1).TotalMilliseconds));
                }
            }

            return result;
        }

        var bodies = Bind(compilation, null);
        var phases = new Dictionary<string, double>();
        var perShape = new Dictionary<string, (double Walk, double Ours, int Bodies)>();
        void Add(string name, double ms) => phases[name] = phases.TryGetValue(name, out var old) ? old + ms : ms;
        long allocated = 0, allocatedInterpreting = 0, allocatedBuilding = 0;
        var allocatedByRule = new Dictionary<string, long>();
        int topologies = 0;
        for (int repetition = 0; repetition <= repetitions; repetition++)
        {
            var building = new Dictionary<string, double>();
            if (cold && repetition > 0)
            {
                var fresh = CaptureCompilationAnalyzer.DriverCompilation(compiled.Clone());
                types = AzureTypes.TryCreate(fresh)!;
                sourceOperations = new SourceOperations(fresh);
                bodies = Bind(fresh, building);
                foreach (var pair in building)
                {
                    Add(pair.Key, pair.Value);
                }
            }

            foreach (var (body, shape, bodyFirstWalk) in bodies)
            {
                var w0 = CpuClock.Thread();
                int count = 0;
                foreach (var _ in body.DescendantsAndSelf())
                {
                    count++;
                }

                var start = CpuClock.Thread();
                long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                if (allocationTypes is not null)
                {
                    allocationTypes.Recording = repetition > 0;
                }

                // The analyzer's path (TopologyExtractor.Extract), cut into its phases: a pooled interpreter, its model builder.
                var interpreter = Interpreter.Rent(types, sourceOperations, CancellationToken.None);
                interpreter.Run(body);
                var t1 = CpuClock.Thread();
                long bytesInterpreted = GC.GetAllocatedBytesForCurrentThread();
                var topology = interpreter.ModelBuilder.BuildTopology(interpreter.Heap, interpreter.Faults);
                var tBuilt = CpuClock.Thread();
                interpreter.Return();
                var t2 = CpuClock.Thread();
                long bytesBuilt = GC.GetAllocatedBytesForCurrentThread();
                var analysis = new NetworkAnalysis(topology);
                var t3 = CpuClock.Thread();
                foreach (var rule in AllRules.All)
                {
                    var r0 = CpuClock.Thread();
                    long ruleBytes = GC.GetAllocatedBytesForCurrentThread();
                    GC.KeepAlive(rule.Analyze(analysis).ToList());
                    if (repetition > 0)
                    {
                        allocatedByRule[rule.Id] = (allocatedByRule.TryGetValue(rule.Id, out long before) ? before : 0) + GC.GetAllocatedBytesForCurrentThread() - ruleBytes;
                        Add("rules (evaluation included, memoised per NSG path and flow): " + rule.Id, (CpuClock.Thread() - r0).TotalMilliseconds);
                    }
                }

                var end = CpuClock.Thread();
                if (allocationTypes is not null)
                {
                    allocationTypes.Recording = false;
                }

                if (repetition > 0)
                {
                    allocated += GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
                    allocatedInterpreting += bytesInterpreted - bytesBefore;
                    allocatedBuilding += bytesBuilt - bytesInterpreted;
                    topologies++;
                    Add("bare walk of the built operation tree", (start - w0).TotalMilliseconds);
                    Add("interpretation (Interpreter.Run)", (t1 - start).TotalMilliseconds);
                    Add("model building (ModelBuilder.Build)", (tBuilt - t1).TotalMilliseconds);
                    Add("recycling the interpreter (Interpreter.Return)", (t2 - tBuilt).TotalMilliseconds);
                    Add("NetworkAnalysis construction", (t3 - t2).TotalMilliseconds);
                    var old = perShape.TryGetValue(shape, out var o) ? o : (0, 0, 0);
                    perShape[shape] = (old.Walk + (cold ? bodyFirstWalk : (start - w0).TotalMilliseconds), old.Ours + (end - start).TotalMilliseconds, old.Bodies + 1);
                }
            }
        }

        double walk = phases.TryGetValue("first walk: building the operation tree (the floor)", out var firstWalk) ? firstWalk : phases["bare walk of the built operation tree"];
        var notOurs = new[] { "bare walk", "first walk", "binding" };
        double ours = phases.Where(p => !notOurs.Any(n => p.Key.StartsWith(n, StringComparison.Ordinal))).Sum(p => p.Value);
        line($"### Per-block path over the {bodies.Count} dense bodies x {repetitions}, {(cold ? "cold: every repetition binds the bodies anew in a fresh compilation (as a build meets them)" : "warm: the same operation trees every repetition")} (thread CPU, microseconds per body)");
        line(string.Empty);
        line("| phase | us per body | share of ours |");
        line("|---|---:|---:|");
        foreach (var (name, ms) in phases.OrderByDescending(p => p.Value))
        {
            line($"| {name} | {ms * 1000 / topologies:F0} | {(notOurs.Any(n => name.StartsWith(n, StringComparison.Ordinal)) ? "-" : (ms / ours).ToString("P0", CultureInfo.InvariantCulture))} |");
        }

        line($"| **ours in all** | **{ours * 1000 / topologies:F0}** | extraction (interpretation + model) / {(cold ? "first walk" : "bare walk")}: **{(phases["interpretation (Interpreter.Run)"] + phases["model building (ModelBuilder.Build)"]) / walk:F1}x** |");
        line($"| allocated per topology | {allocated / (double)topologies / 1024:F0} KiB | interpretation {allocatedInterpreting / (double)topologies / 1024:F0}, model building {allocatedBuilding / (double)topologies / 1024:F0}, analysis and rules {(allocated - allocatedInterpreting - allocatedBuilding) / (double)topologies / 1024:F0} |");
        line($"| allocated per topology, by rule (evaluation included) | {string.Join(", ", allocatedByRule.OrderByDescending(p => p.Value).Select(p => $"{p.Key.Replace("Analyzer", string.Empty)} {p.Value / (double)topologies / 1024:F1}"))} KiB | |");
        line(string.Empty);
        line($"| code shape | bodies | {(cold ? "first walk, building the tree" : "bare walk")} (us per body) | ours (us per body) | ours / walk |");
        line("|---|---:|---:|---:|---:|");
        foreach (var (shape, t) in perShape.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            line($"| {shape} | {t.Bodies / repetitions} | {t.Walk * 1000 / t.Bodies:F0} | {t.Ours * 1000 / t.Bodies:F0} | {t.Ours / t.Walk:F1}x |");
        }

        line(string.Empty);
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>
    /// The mean and the half-width of its 95% confidence interval (Student's t, two-sided). The per-iteration figure
    /// jumps with the collector's steps, so the mean of many iterations, not one median, judges a target of a few points.
    /// </summary>
    internal static (double Mean, double HalfWidth) MeanWithConfidence(double[] values)
    {
        if (values.Length < 2)
        {
            return (values.Length == 1 ? values[0] : double.NaN, double.NaN);
        }

        double mean = values.Average();
        double variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
        return (mean, StudentT95(values.Length - 1) * Math.Sqrt(variance / values.Length));
    }

    // Two-sided 97.5% quantiles of Student's t for 1-30 degrees of freedom; the normal quantile beyond.
    private static double StudentT95(int degreesOfFreedom)
    {
        double[] quantiles =
        {
            12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
            2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
        };
        return degreesOfFreedom <= quantiles.Length ? quantiles[degreesOfFreedom - 1] : 1.960;
    }

    internal static string Pct(double ratio) => (ratio * 100).ToString("F1", CultureInfo.InvariantCulture) + "%";
}

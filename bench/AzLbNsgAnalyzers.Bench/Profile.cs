using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AzLbNsgAnalyzers.Analyzers;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Rules;
using AzLbNsgAnalyzers.Extraction;
using AzLbNsgAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AzLbNsgAnalyzers.Bench;

/// <summary>
/// `-- --profile`: the keystroke path cut into sections (thread CPU time, medians), to find where a missed
/// keystroke target goes. Only observes src/ through its internals; changes nothing.
/// </summary>
internal static class Profile
{
    /// <summary>`-- --alloc`: bytes allocated by each section of the per-block path for one large method.</summary>
    public static void Allocations(int lines)
    {
        var sources = InfraGenerator.LargeMethod(lines, 20240611, out int topologies);
        var compilation = CaptureCompilationAnalyzer.DriverCompilation(Harness.Compile(sources));
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "Large.cs");
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        var types = AzureTypes.TryCreate(compilation)!;
        var body = compilation.GetSemanticModel(tree).GetOperation(method)!;
        // Warm the whole path, rules included: the first pass parses every prefix and port text (memoised after) and
        // runs static initializers, which a build pays once, not per body.
        for (int warm = 0; warm < 2; warm++)
        {
            Harness.AnalyzeBody(body, types, compilation);
        }

        long Bytes(Action action)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            action();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        // After a warm-up of the whole path, so the pooled interpreter is the one a build would find.
        var interpreter = Interpreter.Rent(types, new SourceOperations(compilation), CancellationToken.None);
        Console.WriteLine($"## Allocations: {lines}-line method, {topologies} topologies");
        Console.WriteLine();
        Console.WriteLine("| section | KiB | KiB per topology |");
        Console.WriteLine("|---|---:|---:|");
        void Row(string name, long bytes) => Console.WriteLine($"| {name} | {bytes / 1024} | {bytes / 1024 / Math.Max(1, topologies)} |");
        Row("Interpreter.Run", Bytes(() => interpreter.Run(body)));
        Topology? topology = null;
        Row("ModelBuilder.Build", Bytes(() => topology = interpreter.ModelBuilder.BuildTopology(interpreter.Heap, interpreter.Faults)));
        Row("Interpreter.Return", Bytes(interpreter.Return));
        var analysis = new NetworkAnalysis(topology!);
        foreach (var rule in AllRules.All)
        {
            Row("rule: " + rule.Id, Bytes(() => rule.Analyze(analysis).ToList()));
        }
    }

    /// <summary>`-- --interp`: the interpreter alone, again and again on one large method (for an external profiler).</summary>
    public static void InterpreterLoop(int lines, int repetitions)
    {
        var sources = InfraGenerator.LargeMethod(lines, 20240611, out _);
        var compilation = CaptureCompilationAnalyzer.DriverCompilation(Harness.Compile(sources));
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "Large.cs");
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        var types = AzureTypes.TryCreate(compilation)!;
        var body = compilation.GetSemanticModel(tree).GetOperation(method)!;
        var times = new List<double>();
        for (int i = 0; i < repetitions; i++)
        {
            times.Add(Cpu(() => Harness.AnalyzeBody(body, types, compilation)));
        }

        Console.WriteLine($"per-block path on a {lines}-line method: median {times.OrderBy(t => t).ElementAt(times.Count / 2):F1} ms, first {times[0]:F1} ms, last 100 mean {times.Skip(times.Count - 100).Average():F1} ms, mean {times.Average():F1} ms");
    }

    /// <summary>`-- --phases`: thread CPU per phase of the per-block path over generated bodies (operation trees built once).</summary>
    public static void Phases(int n, int repetitions, bool large = false, AllocationTypes? allocationTypes = null)
    {
        var compilation = CaptureCompilationAnalyzer.DriverCompilation(Harness.Compile(large ? InfraGenerator.LargeMethod(2000, 20240611, out _) : InfraGenerator.Project(n, 20240611, out _)));
        var types = AzureTypes.TryCreate(compilation)!;
        var sourceOperations = new SourceOperations(compilation);
        var bodies = compilation.SyntaxTrees.Where(t => t.FilePath.StartsWith(large ? "Large" : "Topology", StringComparison.Ordinal))
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Select(m => compilation.GetSemanticModel(t).GetOperation(m)!))
            .ToList();
        double pauseBefore = GC.GetTotalPauseDuration().TotalMilliseconds;
        int gen0Before = GC.CollectionCount(0), gen1Before = GC.CollectionCount(1), gen2Before = GC.CollectionCount(2);
        var phases = new Dictionary<string, double>();
        void Add(string name, double ms) => phases[name] = phases.TryGetValue(name, out var old) ? old + ms : ms;
        for (int repetition = 0; repetition < repetitions; repetition++)
        {
            if (allocationTypes is not null)
            {
                allocationTypes.Recording = repetition > 0;
            }

            foreach (var body in bodies)
            {
                var start = CpuClock.Thread();
                var interpreter = Interpreter.Rent(types, sourceOperations, CancellationToken.None);
                interpreter.Run(body);
                var t1 = CpuClock.Thread();
                var topology = interpreter.ModelBuilder.BuildTopology(interpreter.Heap, interpreter.Faults);
                interpreter.Return();
                var t2 = CpuClock.Thread();
                var analysis = new NetworkAnalysis(topology);
                if (repetition > 0)
                {
                    Add("Interpreter.Run", (t1 - start).TotalMilliseconds);
                    Add("ModelBuilder.Build", (t2 - t1).TotalMilliseconds);
                }

                foreach (var rule in AllRules.All)
                {
                    var r0 = CpuClock.Thread();
                    GC.KeepAlive(rule.Analyze(analysis).ToList());
                    if (repetition > 0)
                    {
                        Add("rule: " + rule.Id, (CpuClock.Thread() - r0).TotalMilliseconds);
                    }
                }
            }
        }

        double total = phases.Values.Sum();
        Console.WriteLine($"GC over the whole loop: pause {GC.GetTotalPauseDuration().TotalMilliseconds - pauseBefore:F0} ms, gen0 {GC.CollectionCount(0) - gen0Before}, gen1 {GC.CollectionCount(1) - gen1Before}, gen2 {GC.CollectionCount(2) - gen2Before}; measured phases {total:F0} ms");
        Console.WriteLine($"## Per-block phases over {bodies.Count} generated bodies x {repetitions - 1} (thread CPU, microseconds per body)");
        foreach (var (name, ms) in phases.OrderByDescending(p => p.Value))
        {
            Console.WriteLine($"| {name} | {ms * 1000 / bodies.Count / (repetitions - 1):F0} | {ms / total:P0} |");
        }

        Console.WriteLine($"| total | {total * 1000 / bodies.Count / (repetitions - 1):F0} | |");
    }

    public static void Run(int lines)
    {
        var sources = InfraGenerator.LargeMethod(lines, 20240611, out int topologies);
        var compilation = CaptureCompilationAnalyzer.DriverCompilation(Harness.Compile(sources));
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "Large.cs");
        var helperTree = compilation.SyntaxTrees.Single(t => t.FilePath == "Shared.cs");
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        var helper = helperTree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "CreateNic");
        var types = AzureTypes.TryCreate(compilation)!;
        var body = compilation.GetSemanticModel(tree).GetOperation(method)!;
        int helperCalls = method.DescendantNodes().OfType<InvocationExpressionSyntax>().Count(i => i.Expression.ToString() == "NetworkHelpers.CreateNic");
        int statements = method.Body!.Statements.Count;

        var sections = new Dictionary<string, List<double>>();
        void Add(string name, double ms)
        {
            if (!sections.TryGetValue(name, out var list))
            {
                sections[name] = list = new List<double>();
            }

            list.Add(ms);
        }

        for (int iteration = 0; iteration < 13; iteration++)
        {
            bool measured = iteration >= 3;
            var interpreter = new Interpreter(types, new SourceOperations(compilation), CancellationToken.None);
            double tRun = Cpu(() => interpreter.Run(body));
            Topology? topology = null;
            double tModel = Cpu(() => topology = ModelBuilder.Build(interpreter.Heap));
            NetworkAnalysis? analysis = null;
            double tAnalysis = Cpu(() => analysis = new NetworkAnalysis(topology!));
            var ruleTimes = new List<(string, double)>();
            foreach (var rule in AllRules.All)
            {
                ruleTimes.Add((rule.Id, Cpu(() => rule.Analyze(analysis!).ToList())));
            }

            // What one helper call costs the interpreter outside the driver: a new semantic model and the helper's operation tree.
            double tHelper = Cpu(() =>
            {
                for (int i = 0; i < helperCalls; i++)
                {
                    GC.KeepAlive(compilation.GetSemanticModel(helperTree).GetOperation(helper));
                }
            });

            // The same walk with one shared semantic model for the helper (what the driver's cache gives).
            var cachedModel = compilation.GetSemanticModel(helperTree);
            cachedModel.GetOperation(helper);
            double tHelperCached = Cpu(() =>
            {
                for (int i = 0; i < helperCalls; i++)
                {
                    GC.KeepAlive(cachedModel.GetOperation(helper));
                }
            });

            double tDescendants = Cpu(() => GC.KeepAlive(body.Descendants().Count()));

            // ModelBuilder.ChildrenOfType scans the whole heap for each LB child list (5 per LB) and each NIC's IPConfigurations,
            // calling TypeName(obj) = obj.Type.ContainingNamespace.ToDisplayString() for every heap object: replay that scan.
            int parents = interpreter.Heap.Count(o => o.Kind == HeapObjectKind.Provisionable && o.Type?.Name == "LoadBalancer") * 5
                          + interpreter.Heap.Count(o => o.Kind == HeapObjectKind.Provisionable && o.Type?.Name == "NetworkInterface");
            double tScan = Cpu(() =>
            {
                int n = 0;
                for (int p = 0; p < parents; p++)
                {
                    foreach (var obj in interpreter.Heap)
                    {
                        if (obj.Kind == HeapObjectKind.Provisionable && !obj.IsAutoChild && obj.Type?.ContainingNamespace?.ToDisplayString() == AzureTypes.NetworkNamespace)
                        {
                            n++;
                        }
                    }
                }

                GC.KeepAlive(n);
            });

            if (measured)
            {
                Add("Interpreter.Run (the whole walk, helpers included)", tRun);
                Add("  helper bodies: " + helperCalls + " x compilation.GetSemanticModel + GetOperation of CreateNic on the driver's compilation (cached)", tHelper);
                Add("  for comparison: the same " + helperCalls + " GetOperation calls on one cached semantic model", tHelperCached);
                Add("  for comparison: one walk of body.Descendants() (" + statements + " statements)", tDescendants);
                Add("ModelBuilder.Build (heap: " + interpreter.Heap.Count + " objects)", tModel);
                Add("  replay: " + parents + " heap scans x " + interpreter.Heap.Count + " objects x TypeName (ContainingNamespace.ToDisplayString())", tScan);
                Add("new NetworkAnalysis", tAnalysis);
                foreach (var (name, ms) in ruleTimes)
                {
                    Add("rule: " + name, ms);
                }
            }
        }

        Console.WriteLine($"## Keystroke profile: {lines}-line method, {topologies} topologies, {statements} statements, {helperCalls} helper calls (thread CPU ms, median of 10)");
        Console.WriteLine();
        Console.WriteLine("| section | median (ms) |");
        Console.WriteLine("|---|---:|");
        foreach (var (name, values) in sections)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            Console.WriteLine($"| {name} | {sorted[sorted.Length / 2]:F1} |");
        }
    }

    /// <summary>`-- --profile-driver`: where "ours - no-op" goes beyond ours' own callback time, at N=100.</summary>
    public static void Driver(int n, int runs, bool nullable = true)
    {
        var compilation = Harness.Compile(InfraGenerator.Project(n, 20240611, out _), nullable: nullable);
        var variants = new (string Name, System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> Analyzers)[]
        {
            ("none", System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>.Empty),
            ("no-op operation analyzer (1)", Harness.NoOp),
            ("no-op operation-block analyzers (one per rule: our registration shape)", Enumerable.Range(0, Harness.OursTimed.Length).Select(_ => (Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)new NoOpBlockAnalyzer()).ToImmutableArray()),
            ("no-op operation-block analyzers, one of them walking every operation (the tree our interpreter builds)", Enumerable.Range(0, Harness.OursTimed.Length).Select(i => (Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)new NoOpBlockAnalyzer(walk: i == 0)).ToImmutableArray()),
            ("one no-op operation-block analyzer walking every operation (all rules in one analyzer would look like this)", ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new NoOpBlockAnalyzer(walk: true))),
            ("ours", Harness.OursTimed),
            ("ours, every finding dropped before the driver sees it", Harness.OursSwallowing),
        };
        var times = variants.ToDictionary(v => v.Name, _ => new List<double>());
        var own = new List<double>();
        for (int i = 0; i < runs + 2; i++)
        {
            foreach (var (name, analyzers) in variants)
            {
                GC.Collect();
                var start = CpuClock.Process();
                var result = Harness.Run(compilation, analyzers);
                double ms = (CpuClock.Process() - start).TotalMilliseconds;
                if (i >= 2)
                {
                    times[name].Add(ms);
                    if (name == "ours")
                    {
                        own.Add(result.AnalyzerTime.TotalMilliseconds);
                    }
                }
            }
        }

        Console.WriteLine($"## Driver attribution at N={n}, nullable reference types {(nullable ? "on" : "off")} (process CPU ms, median of {runs})");
        Console.WriteLine();
        Console.WriteLine("| variant | median (ms) |");
        Console.WriteLine("|---|---:|");
        foreach (var (name, values) in times)
        {
            Console.WriteLine($"| {name} | {values.OrderBy(v => v).ElementAt(values.Count / 2):F0} |");
        }

        Console.WriteLine($"| ours' own callback time | {own.OrderBy(v => v).ElementAt(own.Count / 2):F0} |");
    }

    /// <summary>`-- --profile-driver` (continued): without Azure.Provisioning, what do 7 analyzers cost the driver?</summary>
    public static void NoAzure(int n, int runs)
    {
        var compilation = Harness.Compile(InfraGenerator.PlainProject(n, 20240611), withProvisioning: false);
        var variants = new (string Name, ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> Analyzers)[]
        {
            ("none", ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>.Empty),
            ("1 empty analyzer", Harness.Empty),
            ("7 empty analyzers", Enumerable.Range(0, 7).Select(_ => (Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)new EmptyAnalyzer()).ToImmutableArray()),
            ("ours (7; compilation start only)", Harness.OursTimed),
        };
        var times = variants.ToDictionary(v => v.Name, _ => new List<double>());
        var own = new List<double>();
        for (int i = 0; i < runs + 1; i++)
        {
            foreach (var (name, analyzers) in variants)
            {
                GC.Collect();
                var start = CpuClock.Process();
                var result = Harness.Run(compilation, analyzers);
                double ms = (CpuClock.Process() - start).TotalMilliseconds;
                if (i >= 1)
                {
                    times[name].Add(ms);
                    if (name.StartsWith("ours", StringComparison.Ordinal))
                    {
                        own.Add(result.AnalyzerTime.TotalMilliseconds);
                    }
                }
            }
        }

        Console.WriteLine($"## No Azure.Provisioning: {n} plain methods (process CPU ms, median of {runs})");
        Console.WriteLine();
        Console.WriteLine("| variant | median (ms) |");
        Console.WriteLine("|---|---:|");
        foreach (var (name, values) in times)
        {
            Console.WriteLine($"| {name} | {values.OrderBy(v => v).ElementAt(values.Count / 2):F0} |");
        }

        Console.WriteLine($"| ours' own callback time (7 compilation start actions: AzureTypes.TryCreate) | {own.OrderBy(v => v).ElementAt(own.Count / 2):F1} |");
        Console.WriteLine();
    }

    /// <summary>`-- --profile-driver` (continued): ours' own callback time per method at N=100 and N=1000, and the GC pauses inside.</summary>
    public static void Scaling(int runs)
    {
        Console.WriteLine("## Scaling of ours' own callback time (thread CPU inside callbacks; GC pause = GC.GetTotalPauseDuration delta over the whole run)");
        Console.WriteLine();
        Console.WriteLine("| N | own (ms, median) | own per method (ms) | GC pause during the run (ms, median) | gen2 collections during the run |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (int n in new[] { 100, 1000 })
        {
            var compilation = Harness.Compile(InfraGenerator.Project(n, 20240611, out _));
            var own = new List<double>();
            var pauses = new List<double>();
            var gen2 = new List<int>();
            for (int i = 0; i < runs + 1; i++)
            {
                GC.Collect();
                var pause = GC.GetTotalPauseDuration();
                int collections = GC.CollectionCount(2);
                var result = Harness.Run(compilation, Harness.OursTimed);
                if (i >= 1)
                {
                    own.Add(result.AnalyzerTime.TotalMilliseconds);
                    pauses.Add((GC.GetTotalPauseDuration() - pause).TotalMilliseconds);
                    gen2.Add(GC.CollectionCount(2) - collections);
                }
            }

            double median = own.OrderBy(v => v).ElementAt(own.Count / 2);
            Console.WriteLine($"| {n} | {median:F0} | {median / n:F2} | {pauses.OrderBy(v => v).ElementAt(pauses.Count / 2):F0} | {gen2.OrderBy(v => v).ElementAt(gen2.Count / 2)} |");
        }

        Console.WriteLine();
    }

    /// <summary>`-- --profile-retention`: GC pauses during the run and the heap still reachable afterwards, no-op vs ours.</summary>
    public static void Retention(int n)
    {
        var compilation = Harness.Compile(InfraGenerator.Project(n, 20240611, out _));
        Console.WriteLine($"## Retention at N={n}: GC pauses during the run, heap reachable after it with the CompilationWithAnalyzers alive");
        Console.WriteLine();
        Console.WriteLine("| variant | run (process CPU ms) | GC pause during the run (ms) | reachable heap after the run (MiB) |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (int i = 0; i < 2; i++)
        {
            foreach (var (name, analyzers) in new[] { ("no-op", Harness.NoOp), ("ours", Harness.Ours) })
            {
                var fresh = compilation.Clone();
                var options = new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzersOptions(new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                long baseline = GC.GetTotalMemory(true);
                var pause = GC.GetTotalPauseDuration();
                var start = CpuClock.Process();
                var withAnalyzers = fresh.WithAnalyzers(analyzers, options);
                var diagnostics = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
                double ms = (CpuClock.Process() - start).TotalMilliseconds;
                double paused = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
                long after = GC.GetTotalMemory(true);
                if (i == 1)
                {
                    Console.WriteLine($"| {name} | {ms:F0} | {paused:F0} | {(after - baseline) / (1024.0 * 1024):F0} |");
                }

                GC.KeepAlive(withAnalyzers);
                GC.KeepAlive(diagnostics);
            }
        }

        Console.WriteLine();
    }

    /// <summary>
    /// `-- --profile-retention` (continued): what stays reachable while the driver's compilation lives, for the no-op, ours
    /// (its AnalysisCache included), and ours with every finding dropped (the driver then re-creates no semantic model for
    /// its [SuppressMessage] check, and keeps none).
    /// </summary>
    public static void CacheRetention(int n, string variant) =>
        CacheRetention("N=" + n, Harness.Compile(InfraGenerator.Project(n, 20240611, out _)), variant);

    /// <summary>The same on the infrastructure-dense project (nullable off, as its compile runs).</summary>
    public static void DenseCacheRetention(int n, string variant) =>
        CacheRetention("dense, " + n + " files", Harness.Compile(InfraGenerator.DenseProject(n, 20240611, out _, out _), nullable: false), variant);

    private static void CacheRetention(string label, Compilation compilation, string variant)
    {
        CaptureCompilationAnalyzer? capture = new CaptureCompilationAnalyzer();
        var chosen = variant switch
        {
            "ours" => Harness.Ours,
            "ours, findings dropped" => Harness.OursSwallowing,
            _ => Harness.NoOp,
        };
        ImmutableArray<DiagnosticAnalyzer> analyzers = chosen.Add(capture);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long baseline = GC.GetTotalMemory(true);
        CompilationWithAnalyzers? withAnalyzers = compilation.Clone().WithAnalyzers(analyzers);
        withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        withAnalyzers = null;
        long alive = GC.GetTotalMemory(true);
        GC.KeepAlive(capture.Compilation);
        Console.WriteLine($"| {label}, {variant}: reachable after the run, the driver's compilation alive | {(alive - baseline) / (1024.0 * 1024):F1} MiB |");
    }

    private static double Cpu(Action action)
    {
        // Collect first: a GC triggered inside a section by earlier garbage would be charged to it.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var start = CpuClock.Thread();
        action();
        return (CpuClock.Thread() - start).TotalMilliseconds;
    }
}

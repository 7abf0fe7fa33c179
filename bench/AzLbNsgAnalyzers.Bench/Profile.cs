using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AzLbNsgAnalyzers.Analyzers;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Extraction;
using AzLbNsgAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AzLbNsgAnalyzers.Bench;

/// <summary>
/// `-- --profile`: the keystroke path cut into sections (thread CPU time, medians), to find where a missed
/// keystroke target goes. Only observes src/ through its internals; changes nothing.
/// </summary>
internal static class Profile
{
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
            var interpreter = new Interpreter(types, compilation, CancellationToken.None);
            double tRun = Cpu(() => interpreter.Run(body));
            Topology? topology = null;
            double tModel = Cpu(() => topology = ModelBuilder.Build(interpreter.Heap));
            NetworkAnalysis? analysis = null;
            double tAnalysis = Cpu(() => analysis = new NetworkAnalysis(topology!));
            var ruleTimes = new List<(string, double)>();
            foreach (AzureNetworkAnalyzer analyzer in Harness.Ours)
            {
                ruleTimes.Add((analyzer.GetType().Name, Cpu(() => analyzer.Analyze(analysis!).ToList())));
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
                Add("  of which: binding the helper per call (" + helperCalls + " x GetSemanticModel + GetOperation of CreateNic)", tHelper);
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

    private static double Cpu(Action action)
    {
        var start = CpuClock.Thread();
        action();
        return (CpuClock.Thread() - start).TotalMilliseconds;
    }
}

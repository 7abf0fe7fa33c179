using System;
using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AzLbNsgAnalyzers.Bench;

/// <summary>
/// Wraps one of our analyzers and adds the time spent inside its callbacks (compilation start, operation blocks)
/// to <see cref="Elapsed"/> (CPU time of the thread). The driver's own telemetry (logAnalyzerExecutionTime) reports zero under this host,
/// so this is how "ours' own time" is measured. Callbacks may run on several threads (concurrent analysis): the accumulators are added to atomically.
/// </summary>
internal sealed class TimedAnalyzer : DiagnosticAnalyzer
{
    private static long _ticks;
    private static long _gcPauseTicks;
    private readonly DiagnosticAnalyzer _inner;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> PerAnalyzer = new();

    private readonly bool _swallow;

    public TimedAnalyzer(DiagnosticAnalyzer inner, bool swallowDiagnostics = false)
    {
        _inner = inner;
        _swallow = swallowDiagnostics;
    }

    /// <summary>Own callback time per wrapped analyzer (for --driver attribution).</summary>
    public static System.Collections.Generic.IEnumerable<(string Analyzer, TimeSpan Time)> PerAnalyzerElapsed() =>
        System.Linq.Enumerable.Select(PerAnalyzer, pair => (pair.Key, TimeSpan.FromTicks(pair.Value)));

    public static void ResetPerAnalyzer() => PerAnalyzer.Clear();

    public static TimeSpan Elapsed => TimeSpan.FromTicks(_ticks);

    /// <summary>Garbage-collection pauses that fell inside our callbacks (wall time; the collection runs on the callback's thread here).</summary>
    public static TimeSpan GcPauses => TimeSpan.FromTicks(_gcPauseTicks);

    public static void Reset()
    {
        _ticks = 0;
        _gcPauseTicks = 0;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => _inner.Initialize(new Context(context, _inner.GetType().Name, _swallow));

    // Allocates nothing of its own per callback (the state is passed, not captured): the wrapper must not add garbage to
    // what it measures, since our analysis's cost is mostly the collections its garbage causes.
    private static void Timed<TState>(Action<TState> action, TState state, string? name = null)
    {
        // Thread CPU time: the callback runs synchronously on one thread.
        var start = CpuClock.Thread();
        var pausesBefore = GC.GetTotalPauseDuration();
        try
        {
            action(state);
        }
        finally
        {
            long ticks = (CpuClock.Thread() - start).Ticks;
            // Atomic: the dense variant also runs with concurrent analysis.
            System.Threading.Interlocked.Add(ref _ticks, ticks);
            System.Threading.Interlocked.Add(ref _gcPauseTicks, (GC.GetTotalPauseDuration() - pausesBefore).Ticks);
            if (name is not null)
            {
                PerAnalyzer.AddOrUpdate(name, static (_, added) => added, static (_, old, added) => old + added, ticks);
            }
        }
    }

    private sealed class Context : AnalysisContext
    {
        private readonly AnalysisContext _inner;
        private readonly string _name;
        private readonly bool _swallow;

        public Context(AnalysisContext inner, string name, bool swallow)
        {
            _inner = inner;
            _name = name;
            _swallow = swallow;
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _inner.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void EnableConcurrentExecution() => _inner.EnableConcurrentExecution();

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            _inner.RegisterCompilationStartAction(start =>
            {
                // Time the start action's own work, not the registrations it forwards.
                Timed(static state => state.Action(new StartContext(state.Start, state.Name, state.Swallow)), (Action: action, Start: start, Name: _name, Swallow: _swallow));
            });

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw new NotSupportedException();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw new NotSupportedException();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw new NotSupportedException();
    }

    private sealed class StartContext : CompilationStartAnalysisContext
    {
        private readonly CompilationStartAnalysisContext _inner;
        private readonly string _name;
        private readonly bool _swallow;

        public StartContext(CompilationStartAnalysisContext inner, string name, bool swallow)
            : base(inner.Compilation, inner.Options, inner.CancellationToken)
        {
            _inner = inner;
            _name = name;
            _swallow = swallow;
        }

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
            _inner.RegisterOperationBlockAction(_swallow
                ? block => Timed(static state => state.Action(Swallowing(state.Block)), (Action: action, Block: block), _name)
                : block => Timed(static state => state.Action(state.Block), (Action: action, Block: block), _name));

#pragma warning disable CS0618 // The constructor without a control-flow-graph getter is enough for rules that do not ask for one.
        private static OperationBlockAnalysisContext Swallowing(OperationBlockAnalysisContext block) =>
            new(block.OperationBlocks, block.OwningSymbol, block.Compilation, block.Options, _ => { }, _ => true, block.CancellationToken);
#pragma warning restore CS0618

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw new NotSupportedException();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw new NotSupportedException();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw new NotSupportedException();
    }
}

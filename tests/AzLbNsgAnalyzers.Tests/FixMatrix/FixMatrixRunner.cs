using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AzLbNsgAnalyzers.Tests.FixMatrix;

/// <summary>
/// One case of the fix-shape matrix: a whole infrastructure file (FixMatrix/Cases/*.cs) with a header
/// naming the rule, the code shape, the diagnostics the analyzer must report, and whether a fix is expected.
/// </summary>
/// <remarks>
/// Header lines (C# comments at the top of the file):
/// <code>
/// // Rule: LBNSG001
/// // Shape: reference-object association
/// // Diagnostics: LBNSG001
/// // Expect: fix            (or: "// Expect: no fix: &lt;why&gt;")
/// </code>
/// "Diagnostics" lists every LBNSG diagnostic of the file, an ID once per diagnostic (LBNSG005 LBNSG005).
/// </remarks>
public sealed class FixMatrixCase
{
    private FixMatrixCase(string name, string rule, string shape, ImmutableArray<string> diagnostics, bool expectFix, string reason, string text)
    {
        Name = name;
        Rule = rule;
        Shape = shape;
        Diagnostics = diagnostics;
        ExpectFix = expectFix;
        Reason = reason;
        Text = text;
    }

    public string Name { get; }

    public string Rule { get; }

    public string Shape { get; }

    public ImmutableArray<string> Diagnostics { get; }

    public bool ExpectFix { get; }

    public string Reason { get; }

    public string Text { get; }

    public override string ToString() => Name;

    public static string CasesDirectory => Path.Combine(AnalyzerRunner.RepositoryRoot(), "tests", "AzLbNsgAnalyzers.Tests", "FixMatrix", "Cases");

    public static IEnumerable<FixMatrixCase> All() =>
        Directory.GetFiles(CasesDirectory, "*.cs").OrderBy(f => f, StringComparer.Ordinal).Select(Load);

    public static FixMatrixCase Load(string path)
    {
        string text = File.ReadAllText(path);
        string? rule = null, shape = null, expect = null;
        var diagnostics = ImmutableArray<string>.Empty;
        foreach (var line in text.Split('\n'))
        {
            string trimmed = line.Trim();
            if (!trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                break;
            }

            string body = trimmed.Substring(2).Trim();
            int colon = body.IndexOf(':');
            if (colon < 0)
            {
                continue;
            }

            string key = body.Substring(0, colon).Trim();
            string value = body.Substring(colon + 1).Trim();
            switch (key)
            {
                case "Rule": rule = value; break;
                case "Shape": shape = value; break;
                case "Diagnostics": diagnostics = value.Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries).OrderBy(d => d, StringComparer.Ordinal).ToImmutableArray(); break;
                case "Expect": expect = value; break;
            }
        }

        string name = Path.GetFileNameWithoutExtension(path);
        if (rule is null || shape is null || expect is null || diagnostics.IsEmpty)
        {
            throw new InvalidOperationException(name + ": the header needs Rule, Shape, Diagnostics and Expect lines");
        }

        bool expectFix = expect == "fix";
        string reason = expectFix ? string.Empty : expect.StartsWith("no fix:", StringComparison.Ordinal) ? expect.Substring("no fix:".Length).Trim() : throw new InvalidOperationException(name + ": Expect is 'fix' or 'no fix: <why>'");
        return new FixMatrixCase(name, rule, shape, diagnostics, expectFix, reason, text);
    }
}

/// <summary>What happened to one diagnostic of a case: offered a fix, and whether every offered fix compiled, resolved it and added nothing.</summary>
public sealed record FixMatrixOutcome(FixMatrixCase Case, string Id, string Where, int Offered, bool Compiled, bool Resolved, bool IntroducedNone, string Detail)
{
    public bool Fixed => Offered > 0 && Compiled && Resolved && IntroducedNone;
}

/// <summary>
/// Runs a case as a user would meet it in the IDE: every analyzer of the package over the file, every
/// code action the package's fixers offer for each diagnostic applied (with the workspace's formatting and
/// simplification), the result compiled and analysed again.
/// </summary>
public static class FixMatrixRunner
{
    public static ImmutableArray<CodeFixProvider> AllFixers { get; } =
        typeof(AzLbNsgAnalyzers.CodeFixes.NetworkCodeFixProvider).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).Length > 0)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    public static ImmutableHashSet<string> FixableIds { get; } = AllFixers.SelectMany(f => f.FixableDiagnosticIds).ToImmutableHashSet();

    public static Document CreateDocument(string text)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Create(),
                "Infra",
                "Infra",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: TestReferences.Net100WithProvisioning))
            .AddDocument(DocumentId.CreateNewId(projectId), "Infra.cs", SourceText.From(text), filePath: "/src/Infra.cs");
        return solution.Projects.Single().Documents.Single();
    }

    public static async Task<(ImmutableArray<Diagnostic> Errors, ImmutableArray<Diagnostic> Findings)> AnalyzeAsync(Document document, CancellationToken cancellationToken = default)
    {
        var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("no compilation");
        var errors = compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        var findings = (await AnalyzerRunner.RunAsync(compilation, cancellationToken: cancellationToken).ConfigureAwait(false))
            .OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
        return (errors, findings);
    }

    public static async Task<ImmutableArray<CodeAction>> OfferedAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken = default)
    {
        var actions = new List<CodeAction>();
        foreach (var fixer in AllFixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
        {
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
            await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        }

        return actions.ToImmutableArray();
    }

    public static async Task<Document> ApplyAsync(Document document, CodeAction action, CancellationToken cancellationToken = default)
    {
        var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        var apply = operations.OfType<ApplyChangesOperation>().Single();
        return apply.ChangedSolution.GetDocument(document.Id) ?? throw new InvalidOperationException("the fix removed the document");
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<(ImmutableArray<Diagnostic> Findings, ImmutableArray<FixMatrixOutcome> Outcomes)>>> Results = new(StringComparer.Ordinal);

    /// <summary><see cref="RunAsync"/> once per case and test run: the per-case tests and the matrix table read the same results.</summary>
    public static Task<(ImmutableArray<Diagnostic> Findings, ImmutableArray<FixMatrixOutcome> Outcomes)> RunOnceAsync(FixMatrixCase matrixCase) =>
        Results.GetOrAdd(matrixCase.Name, _ => new Lazy<Task<(ImmutableArray<Diagnostic>, ImmutableArray<FixMatrixOutcome>)>>(() => RunAsync(matrixCase))).Value;

    /// <summary>Every LBNSG diagnostic of the case with what its fixes did.</summary>
    public static async Task<(ImmutableArray<Diagnostic> Findings, ImmutableArray<FixMatrixOutcome> Outcomes)> RunAsync(FixMatrixCase matrixCase, CancellationToken cancellationToken = default)
    {
        var document = CreateDocument(matrixCase.Text);
        var (errors, findings) = await AnalyzeAsync(document, cancellationToken).ConfigureAwait(false);
        if (!errors.IsEmpty)
        {
            throw new InvalidOperationException(matrixCase.Name + " does not compile: " + string.Join("; ", errors));
        }

        var before = CountById(findings);
        var outcomes = ImmutableArray.CreateBuilder<FixMatrixOutcome>();
        foreach (var diagnostic in findings.Where(d => FixableIds.Contains(d.Id)))
        {
            string where = diagnostic.Location.GetLineSpan().StartLinePosition is var p ? (p.Line + 1).ToString(CultureInfo.InvariantCulture) + "," + (p.Character + 1).ToString(CultureInfo.InvariantCulture) : string.Empty;
            var actions = await OfferedAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
            bool compiled = true, resolved = true, introducedNone = true;
            var detail = new StringBuilder();
            foreach (var action in actions)
            {
                var fixedDocument = await ApplyAsync(document, action, cancellationToken).ConfigureAwait(false);
                var (fixedErrors, fixedFindings) = await AnalyzeAsync(fixedDocument, cancellationToken).ConfigureAwait(false);
                await DumpAsync(matrixCase, diagnostic, action, fixedDocument, fixedFindings, cancellationToken).ConfigureAwait(false);
                var after = CountById(fixedFindings);
                if (!fixedErrors.IsEmpty)
                {
                    compiled = false;
                    detail.Append("'" + action.Title + "' does not compile: " + fixedErrors[0] + ". ");
                }

                if (after.TryGetValue(diagnostic.Id, out int remaining) && remaining >= before[diagnostic.Id])
                {
                    resolved = false;
                    detail.Append("'" + action.Title + "' leaves " + diagnostic.Id + ". ");
                }

                foreach (var pair in after.Where(a => !before.TryGetValue(a.Key, out int was) || a.Value > was))
                {
                    introducedNone = false;
                    detail.Append("'" + action.Title + "' adds " + pair.Key + ": " + string.Join(" / ", fixedFindings.Where(f => f.Id == pair.Key).Select(f => f.GetMessage(CultureInfo.InvariantCulture)).Take(2)) + ". ");
                }
            }

            outcomes.Add(new FixMatrixOutcome(matrixCase, diagnostic.Id, where, actions.Length, compiled, resolved, introducedNone, detail.ToString().Trim()));
        }

        return (findings, outcomes.ToImmutable());
    }

    /// <summary>Fix All in the document for each ID with more than one diagnostic: one pass must fix them all, compile and add nothing.</summary>
    public static async Task<ImmutableArray<string>> FixAllProblemsAsync(FixMatrixCase matrixCase, CancellationToken cancellationToken = default)
    {
        var document = CreateDocument(matrixCase.Text);
        var (_, findings) = await AnalyzeAsync(document, cancellationToken).ConfigureAwait(false);
        var before = CountById(findings);
        var problems = ImmutableArray.CreateBuilder<string>();
        foreach (var group in findings.Where(d => FixableIds.Contains(d.Id)).GroupBy(d => d.Id).Where(g => g.Count() > 1))
        {
            var first = await OfferedAsync(document, group.First(), cancellationToken).ConfigureAwait(false);
            if (first.IsEmpty || first[0].EquivalenceKey is not { } key)
            {
                continue;
            }

            foreach (var fixer in AllFixers.Where(f => f.FixableDiagnosticIds.Contains(group.Key)))
            {
                var fixAll = fixer.GetFixAllProvider();
                if (fixAll is null)
                {
                    continue;
                }

                var context = new FixAllContext(document, fixer, FixAllScope.Document, key, new[] { group.Key }, new DocumentDiagnostics(group.ToImmutableArray()), cancellationToken);
                var action = await fixAll.GetFixAsync(context).ConfigureAwait(false);
                if (action is null)
                {
                    continue;
                }

                var fixedDocument = await ApplyAsync(document, action, cancellationToken).ConfigureAwait(false);
                var (errors, fixedFindings) = await AnalyzeAsync(fixedDocument, cancellationToken).ConfigureAwait(false);
                var after = CountById(fixedFindings);
                if (!errors.IsEmpty)
                {
                    problems.Add(matrixCase.Name + ": Fix All of " + group.Key + " does not compile: " + errors[0]);
                }

                // Only the diagnostics whose own fix carries the same equivalence key are Fix All's business.
                int sameKey = 0;
                foreach (var diagnostic in group)
                {
                    if ((await OfferedAsync(document, diagnostic, cancellationToken).ConfigureAwait(false)).Any(a => a.EquivalenceKey == key))
                    {
                        sameKey++;
                    }
                }

                if (after.TryGetValue(group.Key, out int left) && left > group.Count() - sameKey)
                {
                    problems.Add(matrixCase.Name + ": Fix All of " + group.Key + " leaves " + left + " of " + group.Count());
                }

                foreach (var pair in after.Where(a => a.Key != group.Key && (!before.TryGetValue(a.Key, out int was) || a.Value > was)))
                {
                    problems.Add(matrixCase.Name + ": Fix All of " + group.Key + " adds " + pair.Key);
                }
            }
        }

        return problems.ToImmutable();
    }

    /// <summary>With FIXMATRIX_DUMP set to a folder, each fixed file is written there (for looking at what a fix wrote).</summary>
    private static async Task DumpAsync(FixMatrixCase matrixCase, Diagnostic diagnostic, CodeAction action, Document fixedDocument, ImmutableArray<Diagnostic> fixedFindings, CancellationToken cancellationToken)
    {
        string? folder = Environment.GetEnvironmentVariable("FIXMATRIX_DUMP");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var text = await fixedDocument.GetTextAsync(cancellationToken).ConfigureAwait(false);
        string file = Path.Combine(folder, matrixCase.Name + "." + diagnostic.Id + "." + diagnostic.Location.SourceSpan.Start.ToString(CultureInfo.InvariantCulture) + "." + Math.Abs(action.Title.GetHashCode()).ToString(CultureInfo.InvariantCulture) + ".cs");
        File.WriteAllText(file, "// " + action.Title + "\n" + string.Concat(fixedFindings.Select(f => "// after: " + f + "\n")) + text);
    }

    private static Dictionary<string, int> CountById(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());

    private sealed class DocumentDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public DocumentDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
    }
}

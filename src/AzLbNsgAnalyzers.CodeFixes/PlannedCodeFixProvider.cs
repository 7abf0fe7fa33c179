using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>
/// The shared shape of every fixer: locate the reported node (an object creation, or an Aspire call), plan the fix on
/// the original document (fix data comes from Diagnostic.Properties, never from re-running the analysis), apply it.
/// Fix All applies the plans of one document in source order with one set of priority reservations, so two fixes in
/// one NSG never take the same new priority.
/// </summary>
public abstract class PlannedCodeFixProvider<TTarget> : CodeFixProvider
    where TTarget : SyntaxNode
{
    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var target = FindTarget(root, diagnostic);
            if (target is null)
            {
                continue;
            }

            foreach (var plan in Plans(diagnostic, target, model, context.CancellationToken))
            {
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(plan.Title, ct => FixOneAsync(document, diagnostic, plan, ct), plan.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The node the diagnostic is about, in this tree; null when there is none to edit.</summary>
    internal abstract TTarget? FindTarget(SyntaxNode root, Diagnostic diagnostic);

    /// <summary>The fixes offered for a diagnostic (none when the code's shape does not allow a safe edit).</summary>
    internal abstract IEnumerable<FixPlan> Plans(Diagnostic diagnostic, TTarget target, SemanticModel model, CancellationToken cancellationToken);

    /// <summary>
    /// Applies a plan to the current root; null when it no longer applies. <paramref name="related"/> is the
    /// current version of the plan's related object (found by position on the original document), if any.
    /// </summary>
    internal abstract SyntaxNode? Apply(SyntaxNode root, TTarget target, BaseObjectCreationExpressionSyntax? related, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations);

    private async Task<Document> FixOneAsync(Document document, Diagnostic diagnostic, FixPlan plan, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var target = root is null ? null : FindTarget(root, diagnostic);
        var related = root is null ? null : SecurityRuleSyntax.FindCreationAt(root, plan.RelatedPosition);
        var fixedRoot = target is null ? null : Apply(root!, target, related, diagnostic, plan, new PriorityReservations());
        return fixedRoot is null ? document : document.WithSyntaxRoot(fixedRoot);
    }

    private async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var work = new List<(Diagnostic Diagnostic, TTarget Target, BaseObjectCreationExpressionSyntax? Related, FixPlan Plan)>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            var target = FindTarget(root, diagnostic);
            var plan = target is null ? null : Plans(diagnostic, target, model, context.CancellationToken).FirstOrDefault(p => p.EquivalenceKey == context.CodeActionEquivalenceKey);
            if (plan is not null)
            {
                work.Add((diagnostic, target!, SecurityRuleSyntax.FindCreationAt(root, plan.RelatedPosition), plan));
            }
        }

        if (work.Count == 0)
        {
            return document;
        }

        // Edits shift positions: every object a fix touches is tracked from the original tree.
        root = root.TrackNodes(work.Select(w => (SyntaxNode)w.Target).Concat(work.Where(w => w.Related is not null).Select(w => (SyntaxNode)w.Related!)));
        var reservations = new PriorityReservations();
        foreach (var (diagnostic, target, related, plan) in work)
        {
            var currentRelated = related is null ? null : root.GetCurrentNode(related);
            if (root.GetCurrentNode(target) is { } current && (related is null || currentRelated is not null)
                && Apply(root, current, currentRelated, diagnostic, plan, reservations) is { } fixedRoot)
            {
                root = fixedRoot;
            }
        }

        return document.WithSyntaxRoot(root);
    }
}

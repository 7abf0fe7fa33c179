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
/// The shared shape of the fixers for Aspire's fluent calls: locate the reported call (a shorthand rule, or the
/// WithSecurityRule call around a reported AzureSecurityRule), plan on the original document from the diagnostic's
/// properties, apply. Fix All applies a document's plans in source order with one set of priority reservations.
/// </summary>
public abstract class AspireCallCodeFixProvider : CodeFixProvider
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
            if (FindTarget(root, diagnostic) is not { } call || !AspireSyntax.IsFluentCall(call, model, context.CancellationToken))
            {
                continue;
            }

            foreach (var plan in Plans(diagnostic, call))
            {
                var document = context.Document;
                context.RegisterCodeFix(CodeAction.Create(plan.Title, ct => FixOneAsync(document, diagnostic, plan, ct), plan.EquivalenceKey), diagnostic);
            }
        }
    }

    /// <summary>The fixes offered for a diagnostic on <paramref name="call"/> (none when the shape allows no safe edit).</summary>
    internal abstract IEnumerable<FixPlan> Plans(Diagnostic diagnostic, InvocationExpressionSyntax call);

    /// <summary>Applies a plan to the current root; null when it no longer applies.</summary>
    internal abstract SyntaxNode? Apply(SyntaxNode root, InvocationExpressionSyntax call, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations);

    private static InvocationExpressionSyntax? FindTarget(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!AspireSyntax.IsAspireFinding(diagnostic))
        {
            return null;
        }

        var span = diagnostic.Location.SourceSpan;
        return AspireSyntax.FindCall(root, span) ?? AspireSyntax.EnclosingWithSecurityRule(root, span);
    }

    private async Task<Document> FixOneAsync(Document document, Diagnostic diagnostic, FixPlan plan, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var call = root is null ? null : FindTarget(root, diagnostic);
        var fixedRoot = call is null ? null : Apply(root!, call, diagnostic, plan, new PriorityReservations());
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

        var work = new List<(Diagnostic Diagnostic, InvocationExpressionSyntax Call, FixPlan Plan)>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (FindTarget(root, diagnostic) is { } call && AspireSyntax.IsFluentCall(call, model, context.CancellationToken)
                && Plans(diagnostic, call).FirstOrDefault(p => p.EquivalenceKey == context.CodeActionEquivalenceKey) is { } plan)
            {
                work.Add((diagnostic, call, plan));
            }
        }

        if (work.Count == 0)
        {
            return document;
        }

        // Edits shift positions and nest (calls of one chain contain each other): every call is tracked from the original tree.
        root = root.TrackNodes(work.Select(w => w.Call));
        var reservations = new PriorityReservations();
        foreach (var (diagnostic, call, plan) in work)
        {
            if (root.GetCurrentNode(call) is { } current && Apply(root, current, diagnostic, plan, reservations) is { } fixedRoot)
            {
                root = fixedRoot;
            }
        }

        return document.WithSyntaxRoot(root);
    }
}

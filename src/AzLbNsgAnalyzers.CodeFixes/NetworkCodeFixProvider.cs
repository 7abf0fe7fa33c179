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
/// The shared shape of every fixer: locate the reported object creation, plan the fix on the original
/// document (fix data comes from Diagnostic.Properties, never from re-running the analysis), apply it.
/// Fix All applies the plans of one document in source order with one set of priority reservations,
/// so two fixes in one NSG never take the same new priority.
/// </summary>
public abstract class NetworkCodeFixProvider : CodeFixProvider
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

    /// <summary>
    /// For a diagnostic reported on a helper call (the object it is about is created in the helper), the
    /// property holding the position of the object the fix edits instead; null when such diagnostics get no fix.
    /// </summary>
    internal virtual string? CallSiteTargetProperty => null;

    /// <summary>
    /// Whether the fixer edits an Aspire <c>new AzureSecurityRule { ... }</c> like a SecurityRule's initializer. Other
    /// Aspire findings (fluent calls, or fixes that would add Azure.Provisioning objects) are for the Aspire fixers.
    /// </summary>
    internal virtual bool EditsAspireRuleObjects => false;

    private BaseObjectCreationExpressionSyntax? FindTarget(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!EditsAspireRuleObjects && AspireSyntax.IsAspireFinding(diagnostic))
        {
            return null;
        }

        var span = diagnostic.Location.SourceSpan;
        if (SecurityRuleSyntax.FindCreation(root, span) is { } creation)
        {
            return creation;
        }

        return CallSiteTargetProperty is { } property && span.End <= root.FullSpan.End
            && root.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } call && call.SpanStart == span.Start
            && diagnostic.Properties.TryGetValue(property, out var position)
            ? SecurityRuleSyntax.FindCreationAt(root, position)
            : null;
    }

    /// <summary>The fixes offered for a diagnostic (none when the code's shape does not allow a safe edit).</summary>
    internal abstract IEnumerable<FixPlan> Plans(Diagnostic diagnostic, BaseObjectCreationExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken);

    /// <summary>
    /// Applies a plan to the current root; null when it no longer applies. <paramref name="related"/> is the
    /// current version of the plan's related object (found by position on the original document), if any.
    /// </summary>
    internal abstract SyntaxNode? Apply(SyntaxNode root, BaseObjectCreationExpressionSyntax target, BaseObjectCreationExpressionSyntax? related, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations);

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

        var work = new List<(Diagnostic Diagnostic, BaseObjectCreationExpressionSyntax Target, BaseObjectCreationExpressionSyntax? Related, FixPlan Plan)>();
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

    /// <summary>
    /// The expression of the Infrastructure the method adds resources to (<c>infra</c> in <c>infra.Add(x)</c>),
    /// preferring a call that adds <paramref name="near"/>; null when the method adds nothing.
    /// </summary>
    internal static string? FindInfrastructure(SyntaxNode near, SemanticModel model, CancellationToken cancellationToken)
    {
        var body = near.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? (SyntaxNode?)near.FirstAncestorOrSelf<CompilationUnitSyntax>();
        if (body is null)
        {
            return null;
        }

        string? first = null;
        foreach (var invocation in body.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" } access
                || model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method
                || !IsInfrastructure(method.ContainingType))
            {
                continue;
            }

            first ??= access.Expression.ToString();
            if (invocation.ArgumentList.Arguments.Any(a => a.Span.Contains(near.Span)))
            {
                return access.Expression.ToString();
            }
        }

        return first;
    }

    private static bool IsInfrastructure(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Infrastructure" && current.ContainingNamespace?.ToDisplayString() == "Azure.Provisioning")
            {
                return true;
            }
        }

        return false;
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>
/// The fixers of Aspire's fluent calls: the reported node is the call (a shorthand rule, or the WithSecurityRule call
/// around a reported AzureSecurityRule), written as an extension call on a builder.
/// </summary>
public abstract class AspireCallCodeFixProvider : PlannedCodeFixProvider<InvocationExpressionSyntax>
{
    internal sealed override InvocationExpressionSyntax? FindTarget(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!AspireSyntax.IsAspireFinding(diagnostic))
        {
            return null;
        }

        var span = diagnostic.Location.SourceSpan;
        return AspireSyntax.FindCall(root, span) ?? AspireSyntax.EnclosingWithSecurityRule(root, span);
    }

    internal sealed override IEnumerable<FixPlan> Plans(Diagnostic diagnostic, InvocationExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken) =>
        AspireSyntax.IsFluentCall(target, model, cancellationToken) ? Plans(diagnostic, target) : Enumerable.Empty<FixPlan>();

    internal sealed override SyntaxNode? Apply(SyntaxNode root, InvocationExpressionSyntax target, BaseObjectCreationExpressionSyntax? related, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations) =>
        Apply(root, target, diagnostic, plan, reservations);

    /// <summary>The fixes offered for a diagnostic on <paramref name="call"/> (none when the shape allows no safe edit).</summary>
    internal abstract IEnumerable<FixPlan> Plans(Diagnostic diagnostic, InvocationExpressionSyntax call);

    /// <summary>Applies a plan to the current root; null when it no longer applies.</summary>
    internal abstract SyntaxNode? Apply(SyntaxNode root, InvocationExpressionSyntax call, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations);
}

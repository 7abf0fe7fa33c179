using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>The fixers of Azure.Provisioning objects: the reported node is the object's creation (or, for a helper call, the creation it names).</summary>
public abstract class NetworkCodeFixProvider : PlannedCodeFixProvider<BaseObjectCreationExpressionSyntax>
{
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

    internal sealed override BaseObjectCreationExpressionSyntax? FindTarget(SyntaxNode root, Diagnostic diagnostic)
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

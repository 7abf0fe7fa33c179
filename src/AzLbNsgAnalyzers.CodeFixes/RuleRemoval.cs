using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>
/// Removing a security rule from the code: an inline collection element, an <c>infra.Add(new SecurityRule(...))</c>
/// statement, or a local whose only uses are <c>infra.Add(local)</c> statements and statements that set its
/// members after construction (removed with it).
/// </summary>
internal static class RuleRemoval
{
    public static bool CanRemove(BaseObjectCreationExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
    {
        if (SecurityRuleSyntax.IsInlineElement(target))
        {
            return true;
        }

        var statements = StandaloneStatements(target);
        if (statements is null)
        {
            return false;
        }

        // A local: every use must be an infra.Add(local) statement removed with it.
        if (target.Parent?.Parent is VariableDeclaratorSyntax declarator && model.GetDeclaredSymbol(declarator, cancellationToken) is ILocalSymbol local)
        {
            var body = declarator.FirstAncestorOrSelf<BlockSyntax>();
            foreach (var identifier in body!.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == local.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local) && !statements.Any(s => s.Span.Contains(identifier.Span)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public static SyntaxNode? Remove(SyntaxNode root, BaseObjectCreationExpressionSyntax target)
    {
        if (target.Parent is ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } element)
        {
            // The last rule gone: `[]`, not an empty bracket pair spread over two lines.
            if (collection.Elements.Count == 1 && collection.Parent is AssignmentExpressionSyntax assignment)
            {
                return root.ReplaceNode(assignment, assignment.WithOperatorToken(assignment.OperatorToken.WithTrailingTrivia(SyntaxFactory.Space))
                    .WithRight(SyntaxFactory.CollectionExpression().WithTrailingTrivia(collection.GetTrailingTrivia())).WithAdditionalAnnotations(Formatter.Annotation));
            }

            return root.ReplaceNode(collection, collection.WithElements(collection.Elements.Remove(element)).WithAdditionalAnnotations(Formatter.Annotation));
        }

        if (target.Parent is InitializerExpressionSyntax initializer && initializer.Expressions.Contains(target))
        {
            return root.ReplaceNode(initializer, initializer.WithExpressions(initializer.Expressions.Remove(target)).WithAdditionalAnnotations(Formatter.Annotation));
        }

        var statements = StandaloneStatements(target);
        return statements is null ? null : root.RemoveNodes(statements, SyntaxRemoveOptions.KeepNoTrivia);
    }

    // infra.Add(new SecurityRule(...) {...}); or var r = new SecurityRule(...) {...}; plus each infra.Add(r);
    private static List<StatementSyntax>? StandaloneStatements(BaseObjectCreationExpressionSyntax target)
    {
        if (target.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" }, Parent: ExpressionStatementSyntax statement } } })
        {
            return new List<StatementSyntax> { statement };
        }

        if (target.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax declaration } } declarator }
            && declaration.Parent is BlockSyntax block)
        {
            var removed = new List<StatementSyntax> { declaration };
            // Its values set after construction (rule.Priority = 4000;) go with it.
            removed.AddRange(MemberWrites.MemberStatements(target));
            string name = declarator.Identifier.ValueText;
            foreach (var candidate in block.Statements)
            {
                if (candidate is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" }, ArgumentList.Arguments: { Count: 1 } arguments } }
                    && arguments[0].Expression is IdentifierNameSyntax argument && argument.Identifier.ValueText == name)
                {
                    removed.Add(candidate);
                }
            }

            return removed;
        }

        return null;
    }
}

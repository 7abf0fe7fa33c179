using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>
/// LBNSG104 "Merge into &lt;PluralName&gt;": moves the singular value into the plural list. Not offered
/// when the singular value is a service tag or '*' (a plural list cannot hold them: LBNSG103), or when
/// either field is not set in the rule's initializer.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MergeIntoPluralCodeFixProvider)), Shared]
public sealed class MergeIntoPluralCodeFixProvider : NetworkCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("LBNSG104");

    internal override IEnumerable<FixPlan> Plans(Diagnostic diagnostic, BaseObjectCreationExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue("Mergeable", out var mergeable) || mergeable != "true"
            || !diagnostic.Properties.TryGetValue("Singular", out var singular) || !diagnostic.Properties.TryGetValue("Plural", out var plural)
            || singular is null || plural is null
            || SecurityRuleSyntax.FindMember(target, singular) is null || PluralElements(target, plural) is null)
        {
            yield break;
        }

        yield return new FixPlan("Merge into " + plural, "LBNSG104:" + plural, option: singular + "|" + plural);
    }

    internal override SyntaxNode? Apply(SyntaxNode root, BaseObjectCreationExpressionSyntax target, BaseObjectCreationExpressionSyntax? related, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations)
    {
        var names = plan.Option!.Split('|');
        var singularMember = SecurityRuleSyntax.FindMember(target, names[0]);
        var pluralMember = SecurityRuleSyntax.FindMember(target, names[1]);
        if (singularMember is null || pluralMember is null)
        {
            return null;
        }

        var value = singularMember.Right.WithoutTrivia();
        ExpressionSyntax newPlural;
        switch (pluralMember.Right)
        {
            case InitializerExpressionSyntax initializer:
                newPlural = initializer.WithExpressions(initializer.Expressions.Insert(0, value));
                break;
            case CollectionExpressionSyntax collection:
                newPlural = collection.WithElements(collection.Elements.Insert(0, SyntaxFactory.ExpressionElement(value)));
                break;
            default:
                return null;
        }

        var updated = target.ReplaceNode(pluralMember.Right, newPlural.WithTriviaFrom(pluralMember.Right));
        updated = SecurityRuleSyntax.RemoveMember(updated, names[0]);
        return root.ReplaceNode(target, updated.WithAdditionalAnnotations(Formatter.Annotation));
    }

    private static SyntaxNode? PluralElements(BaseObjectCreationExpressionSyntax target, string plural) =>
        SecurityRuleSyntax.FindMember(target, plural)?.Right is InitializerExpressionSyntax or CollectionExpressionSyntax ? target : null;
}

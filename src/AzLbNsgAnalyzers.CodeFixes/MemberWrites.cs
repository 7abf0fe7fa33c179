using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>
/// Where a value of an object is written: in its creation's initializer, or in a statement after the
/// construction of the local it initialises (<c>rule.Priority = 5000;</c>, <c>lb.Sku.Name = ...;</c>,
/// <c>rule.SourceAddressPrefixes.Add("...");</c>). Only straight-line statements of the block that
/// declares the local are read; a write elsewhere (a nested block, a lambda, another alias) makes the
/// place of the final value unknown, and then no fix edits it.
/// </summary>
internal static class MemberWrites
{
    /// <summary>The local a creation initialises, with the statements that follow its declaration in the same block.</summary>
    private sealed class Declared
    {
        public Declared(string name, BlockSyntax block, IReadOnlyList<StatementSyntax> following)
        {
            Name = name;
            Block = block;
            Following = following;
        }

        public string Name { get; }

        public BlockSyntax Block { get; }

        public IReadOnlyList<StatementSyntax> Following { get; }
    }

    private static Declared? DeclarationOf(BaseObjectCreationExpressionSyntax creation)
    {
        if (creation.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            || declarator.Parent?.Parent is not LocalDeclarationStatementSyntax declaration
            || declaration.Parent is not BlockSyntax block)
        {
            return null;
        }

        int index = block.Statements.IndexOf(declaration);
        return new Declared(declarator.Identifier.ValueText, block, block.Statements.Skip(index + 1).ToList());
    }

    /// <summary>
    /// The expression that gives <paramref name="path"/> (a member, or a member of a member: Sku, Name) its final
    /// value, or null when it is not written or its final write cannot be placed with certainty.
    /// </summary>
    public static ExpressionSyntax? FinalValue(BaseObjectCreationExpressionSyntax creation, params string[] path)
    {
        var value = InInitializer(creation.Initializer, path, 0);
        var declared = DeclarationOf(creation);
        if (declared is null)
        {
            return value;
        }

        var straight = new HashSet<SyntaxNode>();
        foreach (var statement in declared.Following)
        {
            if (statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment }
                && WrittenPrefix(assignment.Left, declared.Name, path) is { } depth)
            {
                straight.Add(assignment);
                value = depth == path.Length ? assignment.Right : InValue(assignment.Right, path, depth);
            }
        }

        // A write anywhere else (or a reassignment of the local) comes in an order this helper cannot know.
        foreach (var assignment in declared.Block.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (!straight.Contains(assignment)
                && (WrittenPrefix(assignment.Left, declared.Name, path) is not null || assignment.Left is IdentifierNameSyntax { Identifier.ValueText: var name } && name == declared.Name))
            {
                return null;
            }
        }

        return value;
    }

    /// <summary>
    /// The entries of a plural string list (<c>SourceAddressPrefixes</c>) where each is written: elements of the
    /// initializer's list and the arguments of <c>x.List.Add("...")</c> statements after construction, in order.
    /// Null when the list is set in a way this cannot follow (assigned after construction, an Add in a nested
    /// statement, an entry that is not a string literal).
    /// </summary>
    public static List<ListEntry>? ListEntries(BaseObjectCreationExpressionSyntax creation, string member)
    {
        var entries = new List<ListEntry>();
        var list = SecurityRuleSyntax.FindMember(creation, member)?.Right;
        switch (list)
        {
            case null:
                break;
            case InitializerExpressionSyntax initializer:
                entries.AddRange(initializer.Expressions.Select(e => new ListEntry(e, null)));
                break;
            case CollectionExpressionSyntax collection when collection.Elements.All(e => e is ExpressionElementSyntax):
                entries.AddRange(collection.Elements.Select(e => new ListEntry(((ExpressionElementSyntax)e).Expression, null)));
                break;
            default:
                return null;
        }

        if (DeclarationOf(creation) is { } declared)
        {
            var straight = new HashSet<SyntaxNode>();
            foreach (var statement in declared.Following)
            {
                if (statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" } add, ArgumentList.Arguments: { Count: 1 } arguments } invocation }
                    && IsMemberOf(add.Expression, declared.Name, member))
                {
                    straight.Add(invocation);
                    entries.Add(new ListEntry(arguments[0].Expression, (ExpressionStatementSyntax)statement));
                }
            }

            foreach (var access in declared.Block.DescendantNodes().OfType<MemberAccessExpressionSyntax>())
            {
                // Any other use of the list (an assignment, Clear, an Add elsewhere) is not followed.
                if (IsMemberOf(access, declared.Name, member) && !(access.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } && straight.Contains(invocation)))
                {
                    return null;
                }
            }
        }

        return entries.All(e => e.Value is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression }) ? entries : null;
    }

    /// <summary>Replaces the final value of <paramref name="path"/> (see <see cref="FinalValue"/>); null when there is none to replace.</summary>
    public static SyntaxNode? ReplaceFinalValue(SyntaxNode root, BaseObjectCreationExpressionSyntax creation, ExpressionSyntax value, params string[] path)
    {
        var current = FinalValue(creation, path);
        return current is null ? null : root.ReplaceNode(current, value.WithTriviaFrom(current).WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation));
    }

    /// <summary>The statements after construction that write any member of the local a creation initialises (<c>x.A = ...;</c>, <c>x.A.Add(...);</c>, <c>x.A.Assign(...);</c>).</summary>
    public static IEnumerable<StatementSyntax> MemberStatements(BaseObjectCreationExpressionSyntax creation)
    {
        if (DeclarationOf(creation) is not { } declared)
        {
            yield break;
        }

        foreach (var statement in declared.Following)
        {
            var written = statement switch
            {
                ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: var left } } => left,
                ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" or "Assign" } call } } => call.Expression,
                _ => null,
            };
            if (written is MemberAccessExpressionSyntax access && RootName(access) == declared.Name)
            {
                yield return statement;
            }
        }
    }

    /// <summary>
    /// The creation with the values its statements after construction set (<c>rule.Priority = 1000;</c>) written into
    /// its initializer, later writes winning, for a fix that moves the creation elsewhere. Null when one of those
    /// statements is not a plain assignment of a direct member (<c>x.A.B = ...</c>, <c>x.List.Add(...)</c>,
    /// <c>x.A.Assign(...)</c>): its value cannot be carried over faithfully.
    /// </summary>
    public static BaseObjectCreationExpressionSyntax? WithMemberStatementsFolded(BaseObjectCreationExpressionSyntax creation)
    {
        var folded = creation;
        foreach (var statement in MemberStatements(creation))
        {
            if (statement is not ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax, Name: IdentifierNameSyntax member }, Right: var value } })
            {
                return null;
            }

            folded = SecurityRuleSyntax.SetMember(folded, member.Identifier.ValueText, value.WithoutTrivia());
        }

        return folded;
    }

    private static string? RootName(ExpressionSyntax expression)
    {
        while (expression is MemberAccessExpressionSyntax access)
        {
            expression = access.Expression;
        }

        return expression is IdentifierNameSyntax identifier ? identifier.Identifier.ValueText : null;
    }

    // x.A (depth 1) or x.A.B (depth 2) for path [A, B]: how much of the path the assignment's target covers.
    private static int? WrittenPrefix(ExpressionSyntax left, string local, string[] path)
    {
        var names = new List<string>();
        var current = left;
        while (current is MemberAccessExpressionSyntax access)
        {
            names.Insert(0, access.Name.Identifier.ValueText);
            current = access.Expression;
        }

        if (current is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != local || names.Count == 0 || names.Count > path.Length)
        {
            return null;
        }

        for (int i = 0; i < names.Count; i++)
        {
            if (names[i] != path[i])
            {
                return null;
            }
        }

        return names.Count;
    }

    private static bool IsMemberOf(ExpressionSyntax expression, string local, string member) =>
        expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax identifier, Name.Identifier.ValueText: var name }
        && identifier.Identifier.ValueText == local && name == member;

    private static ExpressionSyntax? InInitializer(InitializerExpressionSyntax? initializer, string[] path, int depth)
    {
        var member = initializer?.Expressions.OfType<AssignmentExpressionSyntax>()
            .LastOrDefault(a => a.Left is IdentifierNameSyntax id && id.Identifier.ValueText == path[depth]);
        if (member is null)
        {
            return null;
        }

        return depth + 1 == path.Length ? member.Right : InValue(member.Right, path, depth + 1);
    }

    // The rest of the path inside a written value: new XSku { Name = ... } or { Name = ... }.
    private static ExpressionSyntax? InValue(ExpressionSyntax value, string[] path, int depth) => value switch
    {
        BaseObjectCreationExpressionSyntax creation => InInitializer(creation.Initializer, path, depth),
        InitializerExpressionSyntax nested => InInitializer(nested, path, depth),
        _ => null,
    };
}

/// <summary>One entry of a plural list: its value, and the <c>x.List.Add(value);</c> statement that adds it (null when it is in the initializer).</summary>
internal sealed class ListEntry
{
    public ListEntry(ExpressionSyntax value, ExpressionStatementSyntax? addStatement)
    {
        Value = value;
        AddStatement = addStatement;
    }

    public ExpressionSyntax Value { get; }

    public ExpressionStatementSyntax? AddStatement { get; }

    public string Text => Value is LiteralExpressionSyntax literal ? literal.Token.ValueText : Value.ToString();
}

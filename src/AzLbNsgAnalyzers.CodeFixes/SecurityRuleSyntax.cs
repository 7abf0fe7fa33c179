using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>Reading and rewriting Azure.Provisioning object creations such as <c>new SecurityRule("x") { ... }</c>.</summary>
internal static class SecurityRuleSyntax
{
    public const string NetworkNamespace = "global::Azure.Provisioning.Network.";

    /// <summary>The object creation a diagnostic was reported on (the analyzer reports the <c>new T(...)</c> part).</summary>
    public static BaseObjectCreationExpressionSyntax? FindCreation(SyntaxNode root, TextSpan span)
    {
        if (span.End > root.FullSpan.End)
        {
            return null;
        }

        var node = root.FindNode(span, getInnermostNodeForTie: true);
        var creation = node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>();
        return creation is not null && creation.SpanStart == span.Start ? creation : null;
    }

    /// <summary>The object creation at a "file@start" position the analyzer put in the properties, when it is in this tree.</summary>
    public static BaseObjectCreationExpressionSyntax? FindCreationAt(SyntaxNode root, string? position)
    {
        int at = position?.LastIndexOf('@') ?? -1;
        if (at < 0 || !int.TryParse(position!.Substring(at + 1), out int start) || position.Substring(0, at) != root.SyntaxTree.FilePath || start >= root.FullSpan.End)
        {
            return null;
        }

        var creation = root.FindToken(start).Parent?.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>();
        return creation is not null && creation.SpanStart == start ? creation : null;
    }

    /// <summary>
    /// How this document names a network type: as written in an existing creation, the simple name when
    /// the file imports Azure.Provisioning.Network, else fully qualified for the simplifier to shorten.
    /// </summary>
    public static string NetworkTypeName(SyntaxNode root, string simpleName)
    {
        foreach (var creation in root.DescendantNodes().OfType<ObjectCreationExpressionSyntax>())
        {
            string text = creation.Type.ToString();
            if (text == simpleName || text.EndsWith("." + simpleName, StringComparison.Ordinal))
            {
                return text;
            }
        }

        bool imported = root.DescendantNodes().OfType<UsingDirectiveSyntax>().Any(u => u.Name?.ToString() == "Azure.Provisioning.Network");
        return imported ? simpleName : NetworkNamespace + simpleName;
    }

    /// <summary>The local a creation initialises (<c>var nsg = new ...</c>), or null.</summary>
    public static string? DeclaredVariable(BaseObjectCreationExpressionSyntax creation) =>
        creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } ? declarator.Identifier.ValueText : null;

    public static string TypeName(BaseObjectCreationExpressionSyntax creation) =>
        creation is ObjectCreationExpressionSyntax { Type: var type } ? type.ToString() : string.Empty;

    public static AssignmentExpressionSyntax? FindMember(BaseObjectCreationExpressionSyntax creation, string name) =>
        creation.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a.Left is IdentifierNameSyntax id && id.Identifier.ValueText == name);

    public static string? StringMember(BaseObjectCreationExpressionSyntax creation, string name) =>
        FindMember(creation, name)?.Right is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal ? literal.Token.ValueText : null;

    public static BaseObjectCreationExpressionSyntax ReplaceMemberValue(BaseObjectCreationExpressionSyntax creation, string name, ExpressionSyntax value)
    {
        var member = FindMember(creation, name) ?? throw new InvalidOperationException(name + " is not set in the initializer");
        return creation.ReplaceNode(member.Right, value.WithTriviaFrom(member.Right).WithAdditionalAnnotations(Simplifier.Annotation));
    }

    /// <summary>Sets a member in the initializer: replaces its value, or appends it after the last member.</summary>
    public static BaseObjectCreationExpressionSyntax SetMember(BaseObjectCreationExpressionSyntax creation, string name, ExpressionSyntax value)
    {
        if (FindMember(creation, name) is not null)
        {
            return ReplaceMemberValue(creation, name, value);
        }

        var assignment = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(name), value.WithAdditionalAnnotations(Simplifier.Annotation));
        var initializer = creation.Initializer ?? SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression);

        // Laid out like the last member: its indentation, and a trailing comma only where the list has one.
        return creation.WithInitializer(initializer.WithExpressions(Append(initializer.Expressions, (ExpressionSyntax)assignment))).WithAdditionalAnnotations(Formatter.Annotation);
    }

    public static BaseObjectCreationExpressionSyntax RemoveMember(BaseObjectCreationExpressionSyntax creation, string name)
    {
        var member = FindMember(creation, name);
        if (member is null || creation.Initializer is null)
        {
            return creation;
        }

        return creation.WithInitializer(creation.Initializer.WithExpressions(creation.Initializer.Expressions.Remove(member))).WithAdditionalAnnotations(Formatter.Annotation);
    }

    public static ExpressionSyntax String(string value) => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

    public static ExpressionSyntax Int(int value) => SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value));

    public static ExpressionSyntax Enum(string type, string member) => SyntaxFactory.ParseExpression(NetworkNamespace + type + "." + member).WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>
    /// The members of a new inbound Allow rule (Parent first when it is a standalone child), in the
    /// order people write them.
    /// </summary>
    public static List<(string Name, ExpressionSyntax Value)> InboundAllowMembers(ExpressionSyntax? parent, string name, int priority, string protocol, string source, string destinationPort)
    {
        var members = new List<(string, ExpressionSyntax)>();
        if (parent is not null)
        {
            members.Add(("Parent", parent.WithoutTrivia()));
        }

        members.Add(("Name", String(name)));
        members.Add(("Priority", Int(priority)));
        members.Add(("Direction", Enum("SecurityRuleDirection", "Inbound")));
        members.Add(("Access", Enum("SecurityRuleAccess", "Allow")));
        members.Add(("Protocol", Enum("SecurityRuleProtocol", protocol)));
        members.Add(("SourceAddressPrefix", String(source)));
        members.Add(("SourcePortRange", String("*")));
        members.Add(("DestinationAddressPrefix", String("*")));
        members.Add(("DestinationPortRange", String(destinationPort)));
        return members;
    }

    /// <summary>Where a rule lives: an element of an inline collection, or a standalone child with <c>Parent = nsg</c>.</summary>
    public static bool IsInlineElement(BaseObjectCreationExpressionSyntax creation) =>
        creation.Parent is ExpressionElementSyntax { Parent: CollectionExpressionSyntax }
        || creation.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression or (int)SyntaxKind.ArrayInitializerExpression };

    /// <summary>Inserts <paramref name="added"/> into the same inline collection, just before <paramref name="anchor"/>.</summary>
    public static SyntaxNode InsertBeside(SyntaxNode root, BaseObjectCreationExpressionSyntax anchor, ExpressionSyntax added)
    {
        if (OwnLineLayout(anchor) is { } layout)
        {
            return InsertOnOwnLines(root, anchor, added, layout.Indent, layout.EndOfLine);
        }

        added = added.WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation);
        if (anchor.Parent is ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } element)
        {
            int index = collection.Elements.IndexOf(element);
            var newElement = SyntaxFactory.ExpressionElement(added);
            var elements = collection.Elements.Insert(index, newElement);
            return root.ReplaceNode(collection, collection.WithElements(elements).WithAdditionalAnnotations(Formatter.Annotation));
        }

        if (anchor.Parent is InitializerExpressionSyntax initializer)
        {
            int index = initializer.Expressions.IndexOf(anchor);
            return root.ReplaceNode(initializer, initializer.WithExpressions(initializer.Expressions.Insert(index, added)).WithAdditionalAnnotations(Formatter.Annotation));
        }

        throw new InvalidOperationException("not an inline element");
    }

    /// <summary>
    /// The indentation and line ending of an element that starts its own line (one element per line, as
    /// people lay out multi-line rules), or null. The formatter does not lay out a multi-line element
    /// inserted into a collection, so such an element is written with this layout instead.
    /// </summary>
    private static (string Indent, string EndOfLine)? OwnLineLayout(BaseObjectCreationExpressionSyntax anchor)
    {
        var first = anchor.GetFirstToken();
        var previous = first.GetPreviousToken();
        var endOfLine = previous.TrailingTrivia.LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (!endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) || anchor.Initializer is not { } initializer
            || initializer.OpenBraceToken.GetLocation().GetLineSpan().StartLinePosition.Line == initializer.CloseBraceToken.GetLocation().GetLineSpan().StartLinePosition.Line)
        {
            return null;
        }

        var indent = first.LeadingTrivia.LastOrDefault();
        return (indent.IsKind(SyntaxKind.WhitespaceTrivia) ? indent.ToString() : string.Empty, endOfLine.ToString());
    }

    private static SyntaxNode InsertOnOwnLines(SyntaxNode root, BaseObjectCreationExpressionSyntax anchor, ExpressionSyntax added, string indent, string endOfLine)
    {
        // One member per line, indented one level below the element, like the rules around it.
        string text = added.NormalizeWhitespace("    ", endOfLine).ToFullString().Replace(endOfLine, endOfLine + indent);
        var element = WithSimplifierMarks(SyntaxFactory.ParseExpression(text).WithLeadingTrivia(SyntaxFactory.Whitespace(indent)));
        var comma = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.EndOfLine(endOfLine));
        if (anchor.Parent is ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } anchorElement)
        {
            var items = collection.Elements.GetWithSeparators();
            items = items.InsertRange(items.IndexOf(anchorElement), new SyntaxNodeOrToken[] { SyntaxFactory.ExpressionElement(element), comma });
            return root.ReplaceNode(collection, collection.WithElements(SyntaxFactory.SeparatedList<CollectionElementSyntax>(items)));
        }

        if (anchor.Parent is InitializerExpressionSyntax initializer)
        {
            var items = initializer.Expressions.GetWithSeparators();
            items = items.InsertRange(items.IndexOf(anchor), new SyntaxNodeOrToken[] { element, comma });
            return root.ReplaceNode(initializer, initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items)));
        }

        throw new InvalidOperationException("not an inline element");
    }

    /// <summary>
    /// Code parsed from text the fixer wrote loses its annotations: the fully qualified names in it (enum values,
    /// types) are marked again for the simplifier to shorten.
    /// </summary>
    public static T WithSimplifierMarks<T>(T parsed)
        where T : SyntaxNode =>
        parsed.ReplaceNodes(
            parsed.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Where(m => m.Parent is not MemberAccessExpressionSyntax),
            (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation));

    /// <summary>
    /// Appends <paramref name="item"/> to an inline collection (<c>[...]</c> or <c>{ ... }</c>) laid out like its
    /// elements: on its own line with the last element's indentation, a trailing comma where the list has one.
    /// </summary>
    public static ExpressionSyntax? AppendElement(ExpressionSyntax collection, ExpressionSyntax item) => collection switch
    {
        CollectionExpressionSyntax list => list.WithElements(Append(list.Elements, SyntaxFactory.ExpressionElement(item.WithoutTrivia()))).WithAdditionalAnnotations(Formatter.Annotation),
        InitializerExpressionSyntax initializer => initializer.WithExpressions(Append(initializer.Expressions, item.WithoutTrivia())).WithAdditionalAnnotations(Formatter.Annotation),
        _ => null,
    };

    private static SeparatedSyntaxList<T> Append<T>(SeparatedSyntaxList<T> list, T item)
        where T : SyntaxNode
    {
        if (list.Count == 0)
        {
            return list.Add(item);
        }

        var last = list[list.Count - 1];
        var nodes = list.GetWithSeparators();
        item = item.WithLeadingTrivia(last.GetLeadingTrivia());
        if (list.SeparatorCount == list.Count)
        {
            // "last,\n" becomes "last,\n item,\n".
            var trailing = list.GetSeparator(list.Count - 1);
            return SyntaxFactory.SeparatedList<T>(nodes.Add(item).Add(trailing));
        }

        // "a, last" becomes "a, last, item"; the line break after the last element moves after the new one.
        var comma = list.SeparatorCount > 0 ? list.GetSeparator(list.SeparatorCount - 1) : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
        var lastTrailing = last.GetTrailingTrivia();
        nodes = nodes.Replace(nodes[nodes.Count - 1], last.WithoutTrailingTrivia());
        return SyntaxFactory.SeparatedList<T>(nodes.Add(comma).Add(item.WithTrailingTrivia(lastTrailing)));
    }

    /// <summary>
    /// Sets a singular field (<c>DestinationAddressPrefix</c>) and drops its plural twin (<c>DestinationAddressPrefixes</c>),
    /// writing the singular where the plural stood when only the plural is set, so no LBNSG104 pair is left.
    /// </summary>
    public static BaseObjectCreationExpressionSyntax SetSingular(BaseObjectCreationExpressionSyntax creation, string singular, string plural, ExpressionSyntax value)
    {
        var pluralMember = FindMember(creation, plural);
        if (FindMember(creation, singular) is not null || pluralMember is null)
        {
            return RemoveMember(SetMember(creation, singular, value), plural);
        }

        var replacement = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(singular), value.WithAdditionalAnnotations(Simplifier.Annotation))
            .WithTriviaFrom(pluralMember);
        return creation.ReplaceNode(pluralMember, replacement);
    }

    /// <summary>Inserts a statement after the statement that contains <paramref name="anchor"/>.</summary>
    public static SyntaxNode? InsertStatementAfter(SyntaxNode root, SyntaxNode anchor, StatementSyntax statement) => InsertStatement(root, anchor, statement, after: true);

    private static SyntaxNode? InsertStatement(SyntaxNode root, SyntaxNode anchor, StatementSyntax statement, bool after)
    {
        var containing = anchor.FirstAncestorOrSelf<StatementSyntax>(s => s.Parent is BlockSyntax);
        if (containing?.Parent is not BlockSyntax block)
        {
            return null;
        }

        int index = block.Statements.IndexOf(containing);
        var statements = block.Statements.Insert(after ? index + 1 : index, statement.WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation));
        return root.ReplaceNode(block, block.WithStatements(statements));
    }

    /// <summary>The <c>nsg.SecurityRules.Add(rule)</c> call whose one argument is <paramref name="creation"/>, as a statement of a block, or null.</summary>
    public static InvocationExpressionSyntax? SecurityRulesAdd(BaseObjectCreationExpressionSyntax creation) =>
        creation.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax invocation } } && IsSecurityRulesAddStatement(invocation)
            ? invocation
            : null;

    /// <summary>
    /// Whether a new rule can go beside <paramref name="rule"/>: in its inline list, as another
    /// <c>nsg.SecurityRules.Add(...)</c>, or, for a Parent-linked rule, as <c>infra.Add(...)</c> after it
    /// (<paramref name="infrastructure"/> is then the Infrastructure expression).
    /// </summary>
    public static bool CanInsertBeside(BaseObjectCreationExpressionSyntax rule, SemanticModel model, System.Threading.CancellationToken cancellationToken, out string? infrastructure)
    {
        infrastructure = null;
        if (IsInlineElement(rule) || SecurityRulesAdd(rule) is not null)
        {
            return true;
        }

        if (FindMember(rule, "Parent") is null)
        {
            return LocalRuleUse(rule) is not null;
        }

        infrastructure = NetworkCodeFixProvider.FindInfrastructure(rule, model, cancellationToken);
        return infrastructure is not null;
    }

    /// <summary>
    /// For a rule declared as a local (<c>var deny = new SecurityRule(...) { ... };</c>, no Parent), the one
    /// place that puts it into its NSG: an element of a <c>SecurityRules</c> list, or the argument of
    /// <c>nsg.SecurityRules.Add(deny);</c>. Null when there is none or more than one.
    /// </summary>
    private static IdentifierNameSyntax? LocalRuleUse(BaseObjectCreationExpressionSyntax rule)
    {
        if (DeclaredVariable(rule) is not { } local || rule.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>() is not { Parent: BlockSyntax } declaration
            || declaration.Declaration.Variables.Count != 1 || declaration.FirstAncestorOrSelf<MemberDeclarationSyntax>() is not { } member)
        {
            return null;
        }

        IdentifierNameSyntax? found = null;
        foreach (var use in member.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == local))
        {
            bool listElement = (use.Parent is ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } && IsSecurityRulesValue(collection))
                || (use.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression } initializer && IsSecurityRulesValue(initializer));
            bool added = use.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax invocation } } && IsSecurityRulesAddStatement(invocation);
            if (listElement || added)
            {
                if (found is not null)
                {
                    return null;
                }

                found = use;
            }
        }

        return found;
    }

    private static bool IsSecurityRulesValue(ExpressionSyntax list) =>
        list.Parent is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "SecurityRules" } } assignment && assignment.Right == list;

    private static bool IsSecurityRulesAddStatement(InvocationExpressionSyntax invocation) =>
        invocation is { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add", Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "SecurityRules" } }, Parent: ExpressionStatementSyntax { Parent: BlockSyntax } };

    /// <summary>
    /// Declares <paramref name="added"/> as a local just before the local rule's declaration and puts it
    /// into the NSG the same way, just before the rule: in the same list, or by another <c>SecurityRules.Add</c>.
    /// </summary>
    private static SyntaxNode? InsertLocalRuleBeside(SyntaxNode root, BaseObjectCreationExpressionSyntax rule, ExpressionSyntax added, string wantedLocal)
    {
        if (LocalRuleUse(rule) is not { } use || rule.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>() is not { } declaration
            || declaration.FirstAncestorOrSelf<MemberDeclarationSyntax>() is not { } member)
        {
            return null;
        }

        var locals = new HashSet<string>(member.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText), StringComparer.Ordinal);
        string local = wantedLocal;
        for (int i = 2; locals.Contains(local); i++)
        {
            local = wantedLocal + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var tracked = root.TrackNodes(use, declaration);
        var currentUse = tracked.GetCurrentNode(use)!;
        var reference = SyntaxFactory.IdentifierName(local);
        SyntaxNode? edited;
        if (currentUse.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } })
        {
            var call = invocation.WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(reference))));
            edited = InsertStatement(tracked, invocation, SyntaxFactory.ExpressionStatement(call.WithoutTrivia()), after: false);
        }
        else
        {
            edited = InsertElementBefore(tracked, currentUse, reference);
        }

        var currentDeclaration = edited?.GetCurrentNode(declaration);
        if (edited is null || currentDeclaration is null)
        {
            return null;
        }

        var type = declaration.Declaration.Type;
        var newDeclaration = SyntaxFactory.LocalDeclarationStatement(
            SyntaxFactory.VariableDeclaration(
                type.IsVar ? SyntaxFactory.IdentifierName("var") : type.WithoutTrivia(),
                SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(local).WithInitializer(SyntaxFactory.EqualsValueClause(added)))));
        return InsertStatement(edited, currentDeclaration, newDeclaration, after: false);
    }

    /// <summary>Inserts a short element (a name) into the list that holds <paramref name="anchor"/>, just before it.</summary>
    private static SyntaxNode? InsertElementBefore(SyntaxNode root, ExpressionSyntax anchor, ExpressionSyntax added)
    {
        // On its own line when the anchor starts one (one element per line), else inline ("[a, b]").
        var endOfLine = anchor.GetFirstToken().GetPreviousToken().TrailingTrivia.LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        bool ownLine = endOfLine.IsKind(SyntaxKind.EndOfLineTrivia);
        SyntaxNode element = added.WithLeadingTrivia(anchor.GetLeadingTrivia());
        var comma = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(ownLine ? endOfLine : SyntaxFactory.Space);
        SyntaxNode container;
        SyntaxNode anchorItem;
        SyntaxNodeOrTokenList items;
        if (anchor.Parent is ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } anchorElement)
        {
            (container, anchorItem, items) = (collection, anchorElement, collection.Elements.GetWithSeparators());
            element = SyntaxFactory.ExpressionElement((ExpressionSyntax)element);
        }
        else if (anchor.Parent is InitializerExpressionSyntax initializer)
        {
            (container, anchorItem, items) = (initializer, anchor, initializer.Expressions.GetWithSeparators());
        }
        else
        {
            return null;
        }

        int index = items.IndexOf(anchorItem);
        if (!ownLine)
        {
            items = items.Replace(items[index], anchorItem.WithoutLeadingTrivia());
        }

        items = items.InsertRange(index, new SyntaxNodeOrToken[] { element, comma });
        return container is CollectionExpressionSyntax list
            ? root.ReplaceNode(list, list.WithElements(SyntaxFactory.SeparatedList<CollectionElementSyntax>(items)))
            : root.ReplaceNode(container, ((InitializerExpressionSyntax)container).WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items)));
    }

    /// <summary>The Parent of a new rule beside <paramref name="rule"/>: its own Parent when it is added to the infrastructure on its own.</summary>
    public static ExpressionSyntax? ParentFor(BaseObjectCreationExpressionSyntax rule, string? infrastructure) =>
        infrastructure is null ? null : FindMember(rule, "Parent")?.Right;

    /// <summary>
    /// Inserts <paramref name="added"/> beside <paramref name="rule"/> where <see cref="CanInsertBeside"/> said:
    /// just before it in its list or its <c>SecurityRules.Add</c> statement, or as <c>infra.Add(...)</c> after it.
    /// </summary>
    public static SyntaxNode? InsertRuleBeside(SyntaxNode root, BaseObjectCreationExpressionSyntax rule, string? infrastructure, ExpressionSyntax added, string localName)
    {
        if (infrastructure is not null)
        {
            return InsertStatementAfter(root, rule, AddToInfrastructure(infrastructure, added));
        }

        if (SecurityRulesAdd(rule) is { } add)
        {
            var call = add.WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(added))));
            return InsertStatement(root, add, SyntaxFactory.ExpressionStatement(call.WithoutTrivia()), after: false);
        }

        return IsInlineElement(rule) ? InsertBeside(root, rule, added) : InsertLocalRuleBeside(root, rule, added, localName);
    }

    /// <summary><c>infra.Add(resource);</c></summary>
    public static StatementSyntax AddToInfrastructure(string infrastructure, ExpressionSyntax resource) =>
        SyntaxFactory.ExpressionStatement(
            SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.ParseExpression(infrastructure), SyntaxFactory.IdentifierName("Add")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(resource)))));

    /// <summary>Names and Bicep identifiers already used in the document, so new ones are unique.</summary>
    public static HashSet<string> UsedNames(SyntaxNode root)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>())
        {
            if (literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                used.Add(literal.Token.ValueText);
            }
        }

        return used;
    }

    public static string Unique(HashSet<string> used, string wanted)
    {
        // "allow-internet-8080" -> "allow-internet-8080-2", "allowInternet8080" -> "allowInternet8080_2", "allowProbe" -> "allowProbe2".
        string separator = wanted.Length > 0 && char.IsDigit(wanted[wanted.Length - 1]) ? (wanted.IndexOf('-') >= 0 ? "-" : "_") : string.Empty;
        string candidate = wanted;
        for (int i = 2; used.Contains(candidate); i++)
        {
            candidate = wanted + separator + i;
        }

        used.Add(candidate);
        return candidate;
    }

    /// <summary>
    /// A new inbound security rule, laid out like <paramref name="model"/> (one member per line when its
    /// initializer spans lines), with fully qualified enum names the simplifier shortens.
    /// </summary>
    public static ObjectCreationExpressionSyntax NewRule(
        BaseObjectCreationExpressionSyntax model,
        string bicepIdentifier,
        IEnumerable<(string Name, ExpressionSyntax Value)> members,
        string? typeName = null)
    {
        string type = typeName ?? (model is ObjectCreationExpressionSyntax { Type: var t } ? t.ToString() : "SecurityRule");
        var assignments = members.Select(m => (ExpressionSyntax)SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(m.Name), m.Value)).ToList();
        bool multiLine = model.Initializer is { } initializer && initializer.GetLocation().GetLineSpan() is var span && span.StartLinePosition.Line != span.EndLinePosition.Line
            && initializer.Expressions.Count > 0 && initializer.Expressions.First().GetLocation().GetLineSpan().StartLinePosition.Line != span.StartLinePosition.Line;
        // A trailing comma only where the model rule has one.
        bool trailingComma = model.Initializer is { } modelInitializer && modelInitializer.Expressions.Count > 0 && modelInitializer.Expressions.SeparatorCount == modelInitializer.Expressions.Count;
        var separators = Enumerable.Repeat(multiLine ? SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed) : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space), trailingComma ? assignments.Count : assignments.Count - 1);
        var list = SyntaxFactory.SeparatedList(assignments, separators);
        var open = SyntaxFactory.Token(SyntaxKind.OpenBraceToken);
        var close = SyntaxFactory.Token(SyntaxKind.CloseBraceToken);
        if (multiLine)
        {
            open = open.WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed);

            // After a trailing comma the separator already ends the line: a second break would leave a blank line.
            close = trailingComma ? close : close.WithLeadingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed);
        }
        else
        {
            open = open.WithTrailingTrivia(SyntaxFactory.Space);
            close = close.WithLeadingTrivia(SyntaxFactory.Space);
        }

        var objectInitializer = SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, open, list, close);
        return SyntaxFactory.ObjectCreationExpression(
                SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.ParseTypeName(type),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(String(bicepIdentifier)))),
                objectInitializer.WithLeadingTrivia(SyntaxFactory.Space))
            .WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation);
    }

    /// <summary>
    /// The rule a new rule is laid out like: the document's first security rule, or, in a document that has
    /// none, a multi-line one (a rule's dozen members do not fit one readable line).
    /// </summary>
    public static BaseObjectCreationExpressionSyntax RuleLayoutModel(SyntaxNode root) =>
        root.DescendantNodes().OfType<ObjectCreationExpressionSyntax>().FirstOrDefault(c => c.Type.ToString().EndsWith("SecurityRule", StringComparison.Ordinal) && c.Initializer is not null)
        ?? (BaseObjectCreationExpressionSyntax)SyntaxFactory.ParseExpression("new SecurityRule(\"x\")\n{\n    Name = \"x\",\n}");
}

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
using Microsoft.CodeAnalysis.Simplification;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>
/// LBNSG005 "Create NSG for backend subnet '&lt;name&gt;'": declares a NetworkSecurityGroup that allows Internet
/// to the backend port(s), adds it to the Infrastructure and associates it with the subnet by an Id stub,
/// with inline or Parent-linked rules as the document already writes them. Takes Location and the
/// Infrastructure variable from the surrounding method; offers no fix when either cannot be found or the
/// subnet is not created, with an initializer, in the same document.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CreateBackendNsgCodeFixProvider)), Shared]
public sealed class CreateBackendNsgCodeFixProvider : NetworkCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("LBNSG005");

    // A NIC built by a helper is reported at the call; the fix edits the subnet, which the analysed method creates.
    internal override string? CallSiteTargetProperty => "SubnetPosition";

    internal override IEnumerable<FixPlan> Plans(Diagnostic diagnostic, BaseObjectCreationExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
    {
        diagnostic.Properties.TryGetValue("SubnetPosition", out var position);
        diagnostic.Properties.TryGetValue("Subnet", out var subnetName);
        var subnet = SecurityRuleSyntax.FindCreationAt(target.SyntaxTree.GetRoot(cancellationToken), position);
        if (subnetName is null || Infrastructure(subnet, model, cancellationToken) is not { } infrastructure)
        {
            yield break;
        }

        yield return new FixPlan("Create NSG for backend subnet '" + subnetName + "'", "LBNSG005", infrastructure: infrastructure, relatedPosition: position);
    }

    internal override SyntaxNode? Apply(SyntaxNode root, BaseObjectCreationExpressionSyntax target, BaseObjectCreationExpressionSyntax? related, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations)
    {
        diagnostic.Properties.TryGetValue("Subnet", out var subnetName);
        diagnostic.Properties.TryGetValue("Protocol", out var protocol);
        var ports = diagnostic.Properties.TryGetValue("BackendPorts", out var text) && !string.IsNullOrEmpty(text) ? text!.Split(',') : new[] { "*" };
        if (related is null || subnetName is null)
        {
            return null;
        }

        // Null when already fixed by an earlier fix of the same Fix All (another NIC of the subnet).
        return CreateFor(root, related, subnetName, plan.Infrastructure!, (names, parent) =>
        {
            var rules = new List<ExpressionSyntax>();
            int priority = 100;
            foreach (var port in ports)
            {
                string suffix = port == "*" ? "all" : port.Replace("-", "to");
                var members = SecurityRuleSyntax.InboundAllowMembers(parent, SecurityRuleSyntax.Unique(names, "allow-internet-" + suffix), priority, protocol ?? "Asterisk", "Internet", port);
                rules.Add(SecurityRuleSyntax.NewRule(SecurityRuleSyntax.RuleLayoutModel(root), SecurityRuleSyntax.Unique(names, "allowInternet" + ToCamel(suffix, upperFirst: true)), members, SecurityRuleSyntax.NetworkTypeName(root, "SecurityRule")));
                priority += 10;
            }

            return rules;
        });
    }

    /// <summary>
    /// The Infrastructure expression when a new NSG can be created for <paramref name="subnet"/> and associated
    /// with it: created with an initializer that sets no NSG yet, in a method with a Location and an <c>infra.Add</c>.
    /// </summary>
    internal static string? Infrastructure(BaseObjectCreationExpressionSyntax? subnet, SemanticModel model, CancellationToken cancellationToken) =>
        subnet?.Initializer is null || SecurityRuleSyntax.FindMember(subnet, "NetworkSecurityGroup") is not null || Location(subnet) is null
            ? null
            : FindInfrastructure(subnet, model, cancellationToken);

    /// <summary>
    /// Declares a new NSG for <paramref name="subnet"/> before the statement that creates it, adds it to the
    /// infrastructure and associates it by an Id stub. <paramref name="rules"/> makes its rules from the names in
    /// use and the NSG variable to Parent-link them to (null: they go inline in <c>SecurityRules</c>), following
    /// how the document already writes rules. Null when the subnet already has an NSG or no Location is found.
    /// </summary>
    internal static SyntaxNode? CreateFor(SyntaxNode root, BaseObjectCreationExpressionSyntax subnet, string subnetName, string infrastructure, System.Func<HashSet<string>, ExpressionSyntax?, IReadOnlyList<ExpressionSyntax>> rules)
    {
        if (SecurityRuleSyntax.FindMember(subnet, "NetworkSecurityGroup") is not null || Location(subnet) is not { } location)
        {
            return null;
        }

        var names = SecurityRuleSyntax.UsedNames(root);
        foreach (var identifier in root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)))
        {
            names.Add(identifier.ValueText);
        }

        string slug = ClientCandidates.Slug(subnetName);
        string variable = SecurityRuleSyntax.Unique(names, ToCamel(slug) + "Nsg");
        string nsgName = SecurityRuleSyntax.Unique(names, "nsg-" + slug);
        bool standalone = UsesParentLinkedRules(root);
        var newRules = rules(names, standalone ? SyntaxFactory.IdentifierName(variable) : null);

        string nsgType = SecurityRuleSyntax.NetworkTypeName(root, "NetworkSecurityGroup");
        var containing = subnet.FirstAncestorOrSelf<StatementSyntax>(s => s.Parent is BlockSyntax);
        if (containing is null)
        {
            return null;
        }

        var declaration = NsgDeclaration(containing, variable, nsgType, nsgName, location, standalone ? null : newRules);
        var statements = new List<StatementSyntax>
        {
            SecurityRuleSyntax.AddToInfrastructure(infrastructure, SyntaxFactory.IdentifierName(variable)).WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation),
        };
        if (standalone)
        {
            statements.AddRange(newRules.Select(r => SecurityRuleSyntax.AddToInfrastructure(infrastructure, r).WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation)));
        }

        statements.Insert(0, declaration);

        // The stub that associates it: NetworkSecurityGroup = new NetworkSecurityGroup("xRef") { Id = x.Id }.
        var stub = SyntaxFactory.ObjectCreationExpression(
            SyntaxFactory.ParseTypeName(nsgType),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SecurityRuleSyntax.String(SecurityRuleSyntax.Unique(names, variable + "Ref"))))),
            SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(
                Assign("Id", SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(variable), SyntaxFactory.IdentifierName("Id"))))));

        // Associate first, then insert the declaration before the statement that creates the subnet (found again by annotation).
        var anchor = new SyntaxAnnotation();
        var annotated = root.ReplaceNode(containing, containing.WithAdditionalAnnotations(anchor));
        var currentSubnet = SecurityRuleSyntax.FindCreation(annotated, subnet.Span)!;
        var associated = annotated.ReplaceNode(currentSubnet, SecurityRuleSyntax.SetMember(currentSubnet, "NetworkSecurityGroup", stub.WithAdditionalAnnotations(Simplifier.Annotation)));
        var statement = associated.GetAnnotatedNodes(anchor).OfType<StatementSyntax>().Single();
        var block = (BlockSyntax)statement.Parent!;
        var inserted = block.Statements.InsertRange(block.Statements.IndexOf(statement), statements);
        return associated.ReplaceNode(block, block.WithStatements(inserted));
    }

    /// <summary>
    /// <c>var webNsg = new NetworkSecurityGroup("webNsg") { ... };</c> laid out as people write resources: one member per
    /// line, the rules one per line in their list, indented like the statement it goes before. Written out here rather
    /// than left to the formatter, which does not indent the elements of a collection expression.
    /// </summary>
    private static StatementSyntax NsgDeclaration(StatementSyntax before, string variable, string nsgType, string nsgName, ExpressionSyntax location, IReadOnlyList<ExpressionSyntax>? rules)
    {
        var indentTrivia = before.GetLeadingTrivia().LastOrDefault();
        string indent = indentTrivia.IsKind(SyntaxKind.WhitespaceTrivia) ? indentTrivia.ToString() : string.Empty;
        var endOfLineTrivia = before.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        string eol = endOfLineTrivia.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLineTrivia.ToString() : "\n";
        var text = new System.Text.StringBuilder();
        text.Append("var ").Append(variable).Append(" = new ").Append(nsgType).Append('(').Append(SecurityRuleSyntax.String(variable).ToFullString()).Append(')').Append(eol);
        text.Append(indent).Append('{').Append(eol);
        text.Append(indent).Append("    Name = ").Append(SecurityRuleSyntax.String(nsgName).ToFullString()).Append(',').Append(eol);
        text.Append(indent).Append("    Location = ").Append(location.WithoutTrivia().ToFullString()).Append(',').Append(eol);
        if (rules is not null)
        {
            text.Append(indent).Append("    SecurityRules =").Append(eol);
            text.Append(indent).Append("    [").Append(eol);
            foreach (var rule in rules)
            {
                foreach (var line in WithTrailingComma(rule).WithoutTrivia().NormalizeWhitespace("    ", eol).ToFullString().Split(new[] { eol }, System.StringSplitOptions.None))
                {
                    text.Append(indent).Append("        ").Append(line);
                    text.Append(line == "}" ? "," : string.Empty).Append(eol);
                }
            }

            text.Append(indent).Append("    ],").Append(eol);
        }

        text.Append(indent).Append("};");
        return SecurityRuleSyntax.WithSimplifierMarks(SyntaxFactory.ParseStatement(text.ToString()).WithLeadingTrivia(SyntaxFactory.Whitespace(indent)).WithTrailingTrivia(SyntaxFactory.EndOfLine(eol)));
    }

    // A multi-line initializer ends its last member with a comma, like the others.
    private static ExpressionSyntax WithTrailingComma(ExpressionSyntax rule) =>
        rule is BaseObjectCreationExpressionSyntax { Initializer: { Expressions: { Count: > 0 } members } initializer } creation && members.SeparatorCount < members.Count
            ? creation.WithInitializer(initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(members.GetWithSeparators().Add(SyntaxFactory.Token(SyntaxKind.CommaToken)))))
            : rule;

    private static ExpressionSyntax Assign(string name, ExpressionSyntax value) =>
        SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(name), value);

    // The first `Location = ...` set in an initializer of the method that creates the subnet (the VNet's, usually).
    private static ExpressionSyntax? Location(BaseObjectCreationExpressionSyntax subnet)
    {
        var member = subnet.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        return member?.DescendantNodes().OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "Location" } && a.Parent is InitializerExpressionSyntax)?.Right;
    }

    private static bool UsesParentLinkedRules(SyntaxNode root) =>
        root.DescendantNodes().OfType<ObjectCreationExpressionSyntax>().Any(c => c.Type.ToString().EndsWith("SecurityRule", System.StringComparison.Ordinal) && SecurityRuleSyntax.FindMember(c, "Parent") is not null);

    private static string ToCamel(string slug, bool upperFirst = false)
    {
        var parts = slug.Split(new[] { '-', '_', '.' }, System.StringSplitOptions.RemoveEmptyEntries);
        var text = string.Concat(parts.Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));
        if (text.Length == 0)
        {
            text = "Backend";
        }

        return upperFirst ? text : char.ToLowerInvariant(text[0]) + text.Substring(1);
    }
}

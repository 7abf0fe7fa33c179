using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>The syntax of Aspire.Hosting.Azure.Network's fluent calls, as the Aspire fixers read and rewrite it.</summary>
internal static class AspireSyntax
{
    /// <summary>The shorthand rule methods of AzureVirtualNetworkExtensions.</summary>
    public static bool IsShorthandName(string name) => name is "AllowInbound" or "DenyInbound" or "AllowOutbound" or "DenyOutbound";

    public static bool IsAspireFinding(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(Rules.FixData.FrontEndProperty, out var frontEnd) && frontEnd == Rules.FixData.AspireFrontEnd;

    /// <summary>The call a diagnostic reports: its span runs from the method's name to the closing parenthesis.</summary>
    public static InvocationExpressionSyntax? FindCall(SyntaxNode root, TextSpan span)
    {
        if (span.End > root.FullSpan.End)
        {
            return null;
        }

        var token = root.FindToken(span.Start);
        foreach (var invocation in token.Parent?.AncestorsAndSelf().OfType<InvocationExpressionSyntax>() ?? Enumerable.Empty<InvocationExpressionSyntax>())
        {
            if (MethodName(invocation) is { } name && name.SpanStart == span.Start && invocation.ArgumentList.Span.End == span.End)
            {
                return invocation;
            }
        }

        return null;
    }

    /// <summary>The WithSecurityRule call whose argument is the reported <c>new AzureSecurityRule { ... }</c>.</summary>
    public static InvocationExpressionSyntax? EnclosingWithSecurityRule(SyntaxNode root, TextSpan span)
    {
        if (SecurityRuleSyntax.FindCreation(root, span) is { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } }
            && MethodName(call)?.Identifier.ValueText == "WithSecurityRule")
        {
            return call;
        }

        return null;
    }

    public static SimpleNameSyntax? MethodName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Name,
        MemberBindingExpressionSyntax binding => binding.Name,
        _ => null,
    };

    /// <summary>Called as an extension method on a builder (<c>subnet.AllowInbound(...)</c>), not as a static method.</summary>
    public static bool IsFluentCall(InvocationExpressionSyntax invocation, SemanticModel model, System.Threading.CancellationToken cancellationToken) =>
        invocation.Expression is MemberAccessExpressionSyntax
        && model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { MethodKind: MethodKind.ReducedExtension };

    /// <summary>
    /// The chain without this call: <c>a.DenyInbound().AllowInbound(...)</c> becomes <c>a.AllowInbound(...)</c>; a
    /// statement that is only the call on a variable (<c>web.DenyInbound();</c>) is removed.
    /// </summary>
    public static SyntaxNode? RemoveCall(SyntaxNode root, InvocationExpressionSyntax call)
    {
        if (call.Expression is not MemberAccessExpressionSyntax member)
        {
            return null;
        }

        if (call.Parent is ExpressionStatementSyntax statement && member.Expression is not InvocationExpressionSyntax)
        {
            return statement.Parent is BlockSyntax or GlobalStatementSyntax or SwitchSectionSyntax || statement.Parent is CompilationUnitSyntax
                ? root.RemoveNode(statement.Parent is GlobalStatementSyntax global ? global : statement, SyntaxRemoveOptions.KeepNoTrivia)
                : null;
        }

        return root.ReplaceNode(call, member.Expression.WithTrailingTrivia(call.GetTrailingTrivia()));
    }

    /// <summary>
    /// <c>call</c> followed by <c>.Name(arguments)</c> as the next link of its chain, on a line of its own when the chain
    /// puts each call on its own line.
    /// </summary>
    public static InvocationExpressionSyntax AppendCall(InvocationExpressionSyntax call, string name, string argumentList)
    {
        var trailing = call.GetTrailingTrivia();
        bool ownLine = trailing.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var dot = SyntaxFactory.Token(SyntaxKind.DotToken);
        if (ownLine && call.Expression is MemberAccessExpressionSyntax member)
        {
            dot = dot.WithLeadingTrivia(member.OperatorToken.LeadingTrivia);
        }

        var appended = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, ownLine ? call : call.WithoutTrailingTrivia(), dot, SyntaxFactory.IdentifierName(name)),
            WithSimplifiedTypes(SecurityRuleSyntax.WithSimplifierMarks(SyntaxFactory.ParseArgumentList(argumentList))));
        return appended.WithTrailingTrivia(ownLine ? trailing : call.GetTrailingTrivia());
    }

    // `new global::Aspire.Hosting.Azure.AzureSecurityRule { ... }`: the type name is shortened where a using allows.
    private static T WithSimplifiedTypes<T>(T node)
        where T : SyntaxNode =>
        node.ReplaceNodes(
            node.DescendantNodes().OfType<ObjectCreationExpressionSyntax>().Select(c => c.Type),
            (_, rewritten) => rewritten.WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation));

    /// <summary>The call with its <c>priority</c> argument set to <paramref name="priority"/> (replaced where written, else appended by name).</summary>
    public static InvocationExpressionSyntax WithPriority(InvocationExpressionSyntax call, int priority)
    {
        var value = SecurityRuleSyntax.Int(priority);
        var arguments = call.ArgumentList.Arguments;
        for (int i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            bool isPriority = argument.NameColon is { } nameColon ? nameColon.Name.Identifier.ValueText == "priority" : i == PriorityPosition && NoNamedBefore(arguments, i);
            if (isPriority)
            {
                return call.ReplaceNode(argument.Expression, value.WithTriviaFrom(argument.Expression));
            }
        }

        var named = SyntaxFactory.Argument(SyntaxFactory.NameColon("priority"), default, value);
        if (arguments.Count == 0)
        {
            return call.WithArgumentList(call.ArgumentList.WithArguments(arguments.Add(named)));
        }

        var items = arguments.GetWithSeparators().Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space)).Add(named);
        return call.WithArgumentList(call.ArgumentList.WithArguments(SyntaxFactory.SeparatedList<ArgumentSyntax>(items)));
    }

    // (port, from, to, protocol, priority, name) after the builder: priority is the fifth argument written in order.
    private const int PriorityPosition = 4;

    private static bool NoNamedBefore(SeparatedSyntaxList<ArgumentSyntax> arguments, int index)
    {
        for (int i = 0; i < index; i++)
        {
            if (arguments[i].NameColon is not null)
            {
                return false;
            }
        }

        return true;
    }
}

using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AzLbNsgAnalyzers.Extraction;

/// <summary>
/// Operation trees of the source the interpreter follows out of a body (helper methods, static readonly field
/// initializers), shared by every body of one compilation. The analyzer driver drops a document's semantic models
/// once it has analysed that document, so without this a NIC factory called from a thousand methods would be bound
/// a thousand times. A tree is kept from its second request on: the interpreter asks once per analysed body, so a
/// helper only one body uses (most of a project's helpers) is bound once and not held, with its document's model,
/// for the compilation's lifetime.
/// </summary>
internal sealed class SourceOperations
{
    // Each kept tree holds its document's semantic model: past this many, bind again rather than hold more.
    private const int MaxKept = 256;

    // Symbols requested once (only the symbol is held): past this many, every tree requested is bound anew.
    private const int MaxSeen = 1 << 16;

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<ISymbol, IOperation?> _operations = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _requestedOnce = new(SymbolEqualityComparer.Default);

    public SourceOperations(Compilation compilation)
    {
        _compilation = compilation;
    }

    /// <summary>The body of a method declared once in source with a block or expression body; else null.</summary>
    public IOperation? MethodBody(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var definition = method.OriginalDefinition;
        if (_operations.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        IOperation? body = null;
        if (definition.DeclaringSyntaxReferences.Length == 1 && !definition.IsPartialDefinition
            && definition.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is BaseMethodDeclarationSyntax declaration
            && (declaration.Body is not null || declaration.ExpressionBody is not null))
        {
            body = GetSemanticModel(declaration.SyntaxTree)?.GetOperation(declaration, cancellationToken);
        }

        return Keep(definition, body);
    }

    /// <summary>The initializer of a field declared once in source; else null.</summary>
    public IOperation? FieldInitializer(IFieldSymbol field, CancellationToken cancellationToken)
    {
        var definition = field.OriginalDefinition;
        if (_operations.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        IOperation? initializer = null;
        if (definition.DeclaringSyntaxReferences.Length == 1
            && definition.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value })
        {
            initializer = GetSemanticModel(value.SyntaxTree)?.GetOperation(value, cancellationToken);
        }

        return Keep(definition, initializer);
    }

    /// <summary>How many trees are held (for tests).</summary>
    internal int KeptCount => _operations.Count;

    private IOperation? Keep(ISymbol definition, IOperation? operation)
    {
        // Nothing in source (a library method): nothing to keep, and finding that out again is cheap.
        if (operation is null)
        {
            return null;
        }

        if (_requestedOnce.Count < MaxSeen && _requestedOnce.TryAdd(definition, true))
        {
            // The first request: one body uses it so far.
            return operation;
        }

        return _operations.Count < MaxKept ? _operations.GetOrAdd(definition, operation) : operation;
    }

    private SemanticModel? GetSemanticModel(SyntaxTree tree)
    {
        if (!_compilation.ContainsSyntaxTree(tree))
        {
            return null;
        }

#pragma warning disable RS1030 // Helper methods may live in another document; their bodies need that document's model.
        return _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
    }
}

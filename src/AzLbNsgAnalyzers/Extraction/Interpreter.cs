using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AzLbNsgAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AzLbNsgAnalyzers.Extraction;

/// <summary>
/// An abstract interpreter over IOperation for Azure.Provisioning construction code. It runs a
/// method body once, straight through, tracking the objects it creates, the properties set on
/// them and the lists they are added to. Anything it cannot follow becomes Unknown; branches and
/// loops make what they change Unknown unless every path agrees.
/// </summary>
internal sealed partial class Interpreter
{
    private const int MaxSteps = 400_000;
    private const int MaxCallDepth = 4;
    private const int MaxNesting = 400;

    private AzureTypes _types;
    private SourceOperations _sourceOperations;
    private CancellationToken _cancellationToken;
    private readonly List<HeapObject> _heap = new();
    private readonly List<SourcePlace> _callSites = new();
    private readonly HashSet<IMethodSymbol> _activeMethods = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IMethodSymbol, ILocalFunctionOperation> _localFunctions = new(SymbolEqualityComparer.Default);
    private readonly HashSet<IMethodSymbol> _calledLocalFunctions = new(SymbolEqualityComparer.Default);
    private readonly HashSet<IFieldSymbol> _fieldsBeingRead = new(SymbolEqualityComparer.Default);
    private readonly HashSet<IOperation> _scannedBodies = new();
    private readonly HashSet<IOperation> _unscannedBodies = new();
    private readonly Dictionary<ISymbol, IOperation?> _sourceBodies = new(SymbolEqualityComparer.Default);
    private ImmutableArray<SourcePlace> _callSiteArray = ImmutableArray<SourcePlace>.Empty;
    private readonly Frame _rootFrame;
    private Frame _frame;
    private int _conditionalDepth;
    private int _loopDepth;
    private int _uncertainLoopDepth;
    private int _steps;
    private int _nesting;

    public IReadOnlyList<HeapObject> Heap => _heap;

    /// <summary>Runs a method body. Returns false when a budget ran out: the heap is then incomplete and must not be used.</summary>
    public bool Run(IOperation body)
    {
        try
        {
            _unscannedBodies.Add(body);
            Execute(body);
            if (_frame.HasReturns)
            {
                foreach (var returned in _frame.Returns)
                {
                    Escape(returned);
                }
            }

            // Local functions never called from the body still build infrastructure when called elsewhere: read them too
            // (execution registered every declaration it passed; running one may declare more, so until none is left).
            while (_localFunctions.FirstOrDefault(pair => !_calledLocalFunctions.Contains(pair.Key)) is { Key: not null } uncalled)
            {
                _calledLocalFunctions.Add(uncalled.Key);
                if (uncalled.Value.Body is { } localBody)
                {
                    RunInChildFrame(localBody, AbstractValue.Unknown, captures: true);
                }
            }

            return true;
        }
        catch (InterpreterBudgetExceededException)
        {
            return false;
        }
        catch (InsufficientExecutionStackException)
        {
            return false;
        }
    }

    // Local functions are registered as execution passes their declarations; a call that comes before its declaration
    // (helpers declared at the end of a method) scans the bodies read so far, once. Most methods have none: no scan.
    private void ScanPendingBodies()
    {
        foreach (var root in _unscannedBodies)
        {
            if (!_scannedBodies.Add(root))
            {
                continue;
            }

            foreach (var operation in root.Descendants())
            {
                if (operation is ILocalFunctionOperation localFunction)
                {
                    RegisterLocalFunction(localFunction);
                }
            }
        }

        _unscannedBodies.Clear();
    }

    // A call before its local function's declaration: the declaration's operation, from the call's own semantic model.
    private bool TryRegisterFromDeclaration(IMethodSymbol localFunction, IOperation call)
    {
        if (localFunction.DeclaringSyntaxReferences.Length != 1 || call.SemanticModel is not { } model)
        {
            return false;
        }

        var reference = localFunction.DeclaringSyntaxReferences[0];
        if (reference.SyntaxTree != model.SyntaxTree || model.GetOperation(reference.GetSyntax(_cancellationToken), _cancellationToken) is not ILocalFunctionOperation declaration)
        {
            return false;
        }

        RegisterLocalFunction(declaration);
        return true;
    }

    private void RegisterLocalFunction(ILocalFunctionOperation localFunction)
    {
        if (!_localFunctions.ContainsKey(localFunction.Symbol))
        {
            _localFunctions.Add(localFunction.Symbol, localFunction);
        }
    }

    private void Step()
    {
        if (++_steps > MaxSteps)
        {
            throw new InterpreterBudgetExceededException();
        }

        if ((_steps & 1023) == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }
    }

    // ---------------------------------------------------------------- statements

    private void Execute(IOperation? operation)
    {
        if (operation is null)
        {
            return;
        }

        Step();

        // The commonest statements by Kind: each type pattern below is an interface test, and they run in order.
        switch (operation.Kind)
        {
            case OperationKind.ExpressionStatement:
                Evaluate(((IExpressionStatementOperation)operation).Operation);
                return;
            case OperationKind.VariableDeclarationGroup:
                foreach (var declaration in ((IVariableDeclarationGroupOperation)operation).Declarations)
                {
                    Declare(declaration);
                }

                return;
            case OperationKind.Block:
                foreach (var statement in ((IBlockOperation)operation).Operations)
                {
                    Execute(statement);
                }

                return;
        }

        switch (operation)
        {
            case IMethodBodyOperation methodBody:
                Execute((IOperation?)methodBody.BlockBody ?? methodBody.ExpressionBody);
                break;
            case IConstructorBodyOperation constructorBody:
                Execute(constructorBody.Initializer);
                Execute((IOperation?)constructorBody.BlockBody ?? constructorBody.ExpressionBody);
                break;
            case IVariableDeclarationOperation declaration:
                Declare(declaration);
                break;
            case IReturnOperation returnOperation:
                if (returnOperation.ReturnedValue is { } returned)
                {
                    var value = Evaluate(returned);
                    _frame.Returns.Add(_conditionalDepth > _frame.Depth ? MergeReturn(value) : value);
                }

                break;
            case IConditionalOperation conditional:
                Evaluate(conditional.Condition);
                ExecuteBranches(conditional.WhenTrue, conditional.WhenFalse);
                break;
            case ILoopOperation loop:
                ExecuteLoop(loop);
                break;
            case ISwitchOperation switchOperation:
                Evaluate(switchOperation.Value);
                _conditionalDepth++;
                foreach (var section in switchOperation.Cases)
                {
                    foreach (var statement in section.Body)
                    {
                        Execute(statement);
                    }
                }

                _conditionalDepth--;
                break;
            case ITryOperation tryOperation:
                _conditionalDepth++;
                Execute(tryOperation.Body);
                foreach (var handler in tryOperation.Catches)
                {
                    Execute(handler.Handler);
                }

                _conditionalDepth--;
                Execute(tryOperation.Finally);
                break;
            case IUsingOperation usingOperation:
                Execute(usingOperation.Resources);
                Execute(usingOperation.Body);
                break;
            case ILockOperation lockOperation:
                Evaluate(lockOperation.LockedValue);
                Execute(lockOperation.Body);
                break;
            case ILabeledOperation labeled:
                Execute(labeled.Operation);
                break;
            case ILocalFunctionOperation localFunction:
                RegisterLocalFunction(localFunction);
                break;
            case IBranchOperation:
            case IEmptyOperation:
                break;
            default:
                Evaluate(operation);
                break;
        }
    }

    // if/else: each branch starts from the same local state; afterwards a local keeps a value only if both branches agree.
    private void ExecuteBranches(IOperation? whenTrue, IOperation? whenFalse)
    {
        _conditionalDepth++;
        var before = _frame.Save();
        Execute(whenTrue);
        var afterTrue = _frame.Save();
        _frame.Restore(before);
        Execute(whenFalse);
        _frame.Join(afterTrue);
        _conditionalDepth--;
    }

    private AbstractValue MergeReturn(AbstractValue value) => value is ConstantValue or EnumValue ? value : AbstractValue.Unknown;

    private void Declare(IVariableDeclarationOperation declaration)
    {
        foreach (var declarator in declaration.Declarators)
        {
            var initializer = declarator.Initializer ?? declaration.Initializer;
            var value = initializer is null ? AbstractValue.Unknown : Evaluate(initializer.Value);
            _frame.Declare(declarator.Symbol, value);
            if (value is ObjectValue { Target: { VariableName: null } target })
            {
                target.VariableName = declarator.Symbol.Name;
            }
        }
    }

    private void ExecuteLoop(ILoopOperation loop)
    {
        bool runsAtLeastOnce = false;
        if (loop is IForEachLoopOperation forEach)
        {
            var collection = Evaluate(forEach.Collection);
            runsAtLeastOnce = collection is ObjectValue { Target: { Kind: HeapObjectKind.List, ItemsIncomplete: false, Items.Count: > 0 } };
            Escape(collection);
        }
        else if (loop is IForLoopOperation forLoop)
        {
            foreach (var before in forLoop.Before)
            {
                Execute(before);
            }

            runsAtLeastOnce = FirstConditionHolds(forLoop.Condition);
        }

        // One walk of the loop's operations: the outer locals it assigns, and whether its body can leave a round early.
        bool bodyHasJump = ScanLoop(loop);

        // What the body creates is one summary object for every round. It is a fact (not open) only when the body
        // surely runs (a constant count) and surely reaches its end each round (no break, continue, return...).
        bool certain = runsAtLeastOnce && !bodyHasJump;
        _conditionalDepth++;
        _loopDepth++;
        if (!certain)
        {
            _uncertainLoopDepth++;
        }

        var beforeLoop = _frame.Save();

        // Loop variables are declared inside the loop: they hold a different value each time round.
        foreach (var local in loop.Locals)
        {
            _frame.Declare(local, AbstractValue.Unknown);
        }

        // So do the outer locals the body assigns: the first round's value must not stand for every round.
        foreach (var assigned in _loopAssignedOuterLocals)
        {
            _frame.Write(assigned, AbstractValue.Unknown);
        }

        _loopAssignedOuterLocals.Clear();

        switch (loop)
        {
            case IForLoopOperation forLoop:
                Evaluate(forLoop.Condition);
                Execute(forLoop.Body);
                foreach (var bottom in forLoop.AtLoopBottom)
                {
                    Execute(bottom);
                }

                break;
            case IWhileLoopOperation whileLoop:
                Evaluate(whileLoop.Condition);
                Execute(whileLoop.Body);
                Evaluate(whileLoop.IgnoredCondition);
                break;
            default:
                Execute(loop.Body);
                break;
        }

        // The body may run zero, one or many times.
        _frame.Join(beforeLoop);
        if (!certain)
        {
            _uncertainLoopDepth--;
        }

        _loopDepth--;
        _conditionalDepth--;
    }

    // `i <= 2` with i a constant after the initialiser and 2 a constant: whether the first round runs.
    private bool FirstConditionHolds(IOperation? condition)
    {
        if (condition is not IBinaryOperation binary || !IsPlainOperand(binary.LeftOperand) || !IsPlainOperand(binary.RightOperand)
            || Evaluate(binary.LeftOperand) is not ConstantValue { Value: int left } || Evaluate(binary.RightOperand) is not ConstantValue { Value: int right })
        {
            return false;
        }

        return binary.OperatorKind switch
        {
            BinaryOperatorKind.LessThan => left < right,
            BinaryOperatorKind.LessThanOrEqual => left <= right,
            BinaryOperatorKind.GreaterThan => left > right,
            BinaryOperatorKind.GreaterThanOrEqual => left >= right,
            BinaryOperatorKind.NotEquals => left != right,
            _ => false,
        };
    }

    // Reading it has no side effect: a constant or a local.
    private static bool IsPlainOperand(IOperation operand)
    {
        while (operand is IConversionOperation conversion)
        {
            operand = conversion.Operand;
        }

        return operand.ConstantValue.HasValue || operand is ILocalReferenceOperation;
    }

    // Filled by ScanLoop and emptied once the loop has read it (before its body runs, so nested loops may reuse it).
    private readonly HashSet<ISymbol> _loopAssignedOuterLocals = new(SymbolEqualityComparer.Default);
    private readonly Stack<(IOperation Operation, bool InBody, bool InFunction)> _loopScanStack = new();

    /// <summary>
    /// Collects into <see cref="_loopAssignedOuterLocals"/> the locals and parameters declared outside the loop that
    /// its condition, body or increment assign (lambdas and local functions included: they may run in the loop), and
    /// returns whether the body can end a round early: break, continue, return, goto, throw or yield outside a nested
    /// lambda or local function. One walk of operations the driver has already built, with an explicit stack
    /// (expressions nest deeply) rather than a second walk over the syntax.
    /// </summary>
    private bool ScanLoop(ILoopOperation loop)
    {
        var stack = _loopScanStack;
        var span = loop.Syntax.Span;
        var tree = loop.Syntax.SyntaxTree;
        bool hasJump = false;
        stack.Clear();
        _loopAssignedOuterLocals.Clear();
        stack.Push((loop, false, false));
        while (stack.Count > 0)
        {
            var (operation, inBody, inFunction) = stack.Pop();
            switch (operation)
            {
                case IBranchOperation or IReturnOperation or IThrowOperation when inBody && !inFunction:
                    hasJump = true;
                    break;
                case IAssignmentOperation assignment:
                    NoteAssignedOuter(assignment.Target, tree, span);
                    break;
                case IIncrementOrDecrementOperation increment:
                    NoteAssignedOuter(increment.Target, tree, span);
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument:
                    NoteAssignedOuter(argument.Value, tree, span);
                    break;
            }

            bool childrenInFunction = inFunction || operation is IAnonymousFunctionOperation or ILocalFunctionOperation;
            foreach (var child in operation.ChildOperations)
            {
                stack.Push((child, inBody || (operation == loop && child == loop.Body), childrenInFunction));
            }
        }

        return hasJump;
    }

    private void NoteAssignedOuter(IOperation target, SyntaxTree tree, Microsoft.CodeAnalysis.Text.TextSpan loopSpan)
    {
        ISymbol? symbol = target switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
        if (symbol is null || _loopAssignedOuterLocals.Contains(symbol))
        {
            return;
        }

        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == tree && loopSpan.Contains(reference.Span))
            {
                return;
            }
        }

        _loopAssignedOuterLocals.Add(symbol);
    }

    // ---------------------------------------------------------------- expressions

    private AbstractValue Evaluate(IOperation? operation)
    {
        if (operation is null)
        {
            return AbstractValue.Unknown;
        }

        Step();
        if (++_nesting > MaxNesting)
        {
            throw new InterpreterBudgetExceededException();
        }

        // Every eighth level: the check reads thread-local state, and eight levels use a few kilobytes of the margin it keeps.
        if ((_nesting & 7) == 0)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        }

        try
        {
            return EvaluateCore(operation);
        }
        finally
        {
            _nesting--;
        }
    }

    private AbstractValue EvaluateCore(IOperation operation)
    {
        // The common kinds by Kind (each type pattern below is an interface test, and they run in order); the rest below.
        // None of these is a collection expression (a conversion of one evaluates its operand, which is).
        // First those that are never constant in C#: asking costs a virtual call and, for numbers, a box.
        var kind = operation.Kind;
        switch (kind)
        {
            case OperationKind.PropertyReference:
                return EvaluatePropertyRead((IPropertyReferenceOperation)operation);
            case OperationKind.ObjectCreation:
                return EvaluateObjectCreation((IObjectCreationOperation)operation);
            case OperationKind.SimpleAssignment:
                return EvaluateAssignment((ISimpleAssignmentOperation)operation);
            case OperationKind.Invocation:
                return EvaluateInvocation((IInvocationOperation)operation);
        }

        // A literal's value from its token, which holds it ready: reading Operation.ConstantValue boxes a number on
        // every read and, for a string, builds the string and a weak reference to it anew once collected. A conversion
        // of a string literal (to BicepValue<string> and the like) changes no value: its operand's token says it.
        if (kind == OperationKind.Literal && LiteralValue(operation) is { } literalValue)
        {
            return literalValue;
        }

        if (kind == OperationKind.Conversion && ((IConversionOperation)operation).Operand is { Kind: OperationKind.Literal, Type.SpecialType: SpecialType.System_String })
        {
            return EvaluateConversion((IConversionOperation)operation);
        }

        // Read once: Roslyn boxes a numeric constant on every read. (A user-defined conversion is never constant in C#;
        // the test guards against a compiler that says otherwise, and asks for the operator only of a conversion.)
        var constant = operation.ConstantValue;
        if (constant.HasValue && (kind != OperationKind.Conversion || ((IConversionOperation)operation).OperatorMethod is null))
        {
            return FromConstant(operation.Type, constant.Value);
        }

        switch (kind)
        {
            case OperationKind.Conversion:
                return EvaluateConversion((IConversionOperation)operation);
            case OperationKind.LocalReference:
                return _frame.Read(((ILocalReferenceOperation)operation).Local);
            case OperationKind.FieldReference:
                return EvaluateFieldReference((IFieldReferenceOperation)operation);
        }

        if (IsCollectionExpression(operation))
        {
            return EvaluateCollectionExpression(operation);
        }

        switch (operation)
        {
            case IParenthesizedOperation parenthesized:
                return Evaluate(parenthesized.Operand);
            case IParameterReferenceOperation parameterReference:
                return _frame.Read(parameterReference.Parameter);
            case IInstanceReferenceOperation:
                return _frame.This;
            case IArrayElementReferenceOperation elementReference when elementReference.Indices.Length == 1:
                return ReadElement(Evaluate(elementReference.ArrayReference), Evaluate(elementReference.Indices[0]));
            case IArrayCreationOperation arrayCreation:
                return EvaluateArrayCreation(arrayCreation);
            case IInterpolatedStringOperation interpolated:
                return EvaluateInterpolatedString(interpolated);
            case IBinaryOperation binary:
                return EvaluateBinary(binary);
            case IConditionalOperation conditional:
                return EvaluateConditionalExpression(conditional);
            case IAnonymousFunctionOperation anonymousFunction:
                RunInChildFrame(anonymousFunction.Body, _frame.This, captures: true);
                return AbstractValue.Unknown;
            case IDelegateCreationOperation delegateCreation:
                Evaluate(delegateCreation.Target);
                return AbstractValue.Unknown;
            case IDefaultValueOperation:
                return AbstractValue.Constant(null);
            case ILiteralOperation literal:
                return FromConstant(literal.Type, constant.HasValue ? constant.Value : null);
            case ICompoundAssignmentOperation compound:
                Evaluate(compound.Value);
                AssignTo(compound.Target, AbstractValue.Unknown);
                return AbstractValue.Unknown;
            case IIncrementOrDecrementOperation increment:
                AssignTo(increment.Target, AbstractValue.Unknown);
                return AbstractValue.Unknown;
            case IDeconstructionAssignmentOperation deconstruction:
                Evaluate(deconstruction.Value);
                foreach (var child in deconstruction.Target.ChildOperations)
                {
                    AssignTo(child, AbstractValue.Unknown);
                }

                return AbstractValue.Unknown;
            default:
                // Unfamiliar shapes: follow their children for side effects, and let any object they touch escape.
                foreach (var child in operation.ChildOperations)
                {
                    if (child is IAnonymousFunctionOperation or IDelegateCreationOperation)
                    {
                        Evaluate(child);
                    }
                    else if (child is IBlockOperation or IExpressionStatementOperation or IVariableDeclarationGroupOperation)
                    {
                        Execute(child);
                    }
                    else
                    {
                        Escape(Evaluate(child));
                    }
                }

                return AbstractValue.Unknown;
        }
    }

    // The value of a string, int or bool literal of that very type, from its token (else null: the general path decides).
    // A token boxes a number on every read of its value: a plain decimal literal is read from its text instead.
    private static AbstractValue? LiteralValue(IOperation literal)
    {
        if (literal.Syntax is not LiteralExpressionSyntax syntax || literal.Type is not { } type)
        {
            return null;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Int32 when syntax.IsKind(SyntaxKind.NumericLiteralExpression):
                // Digits only (no sign, separator, prefix or suffix), at most nine: an int without overflow. Anything
                // else (hex, separators, suffixes) from the token's boxed value.
                string digits = syntax.Token.Text;
                return AsciiDigits.TryParse(digits, 0, digits.Length, maxDigits: 9, out uint number) ? AbstractValue.Constant((int)number)
                    : syntax.Token.Value is int value ? AbstractValue.Constant(value) : null;
            case SpecialType.System_String:
                return syntax.Token.Value is string text ? AbstractValue.Constant(text) : null;
            case SpecialType.System_Boolean:
                return syntax.Token.Value is bool flag ? AbstractValue.Constant(flag) : null;
            default:
                return null;
        }
    }

    private AbstractValue FromConstant(ITypeSymbol? type, object? value)
    {
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType && value is not null)
        {
            long numeric = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
            return _types.EnumMembers(enumType).TryGetValue(numeric, out var member) ? member : new EnumValue(enumType.Name, null, numeric);
        }

        return AbstractValue.Constant(value);
    }

    private AbstractValue EvaluateConversion(IConversionOperation conversion)
    {
        var operandOperation = conversion.Operand;
        var operand = Evaluate(operandOperation);

        // BicepValue<T> from a ProvisioningVariable (a parameter) or a BicepExpression through the library's operator:
        // known only at deploy time. The operator is read only when the operand's type calls for it (most operands are
        // strings, numbers and enums): Roslyn rebuilds the conversion's description on each read, and reading the
        // operator's parameters allocates.
        var operandType = operandOperation.Type;
        bool unknownSource = operandType is not null && _types.IsUnknownSource(operandType);
        if ((unknownSource || operandType is null) && conversion.OperatorMethod is { } method
            && (unknownSource || (method.Parameters is { Length: > 0 } parameters && _types.IsUnknownSource(parameters[0].Type))))
        {
            return AbstractValue.Unknown;
        }

        if (conversion.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType && operand is ConstantValue { Value: not null } constant)
        {
            return FromConstant(enumType, constant.Value);
        }

        return operand;
    }

    private AbstractValue EvaluateFieldReference(IFieldReferenceOperation fieldReference)
    {
        var field = fieldReference.Field;
        if (field.HasConstantValue)
        {
            return FromConstant(field.Type, field.ConstantValue);
        }

        if (fieldReference.Instance is { } instance)
        {
            var owner = Evaluate(instance);
            return owner is ObjectValue { Target: var target } && target.Properties.TryGetValue(field.Name, out var value) ? value : AbstractValue.Unknown;
        }

        if (field.IsStatic && field.IsReadOnly)
        {
            return EvaluateStaticReadOnlyField(field);
        }

        return AbstractValue.Unknown;
    }

    // A static readonly field with a constant-valued initializer (string concatenation, interpolation of constants).
    private AbstractValue EvaluateStaticReadOnlyField(IFieldSymbol field)
    {
        if (field.DeclaringSyntaxReferences.Length != 1 || !_fieldsBeingRead.Add(field))
        {
            return AbstractValue.Unknown;
        }

        try
        {
            if (SourceOperation(field.OriginalDefinition) is { } initializerOperation)
            {
                var saved = _frame;
                _frame = RentFrame(null, AbstractValue.Unknown);
                try
                {
                    var value = Evaluate(initializerOperation);
                    return value is ConstantValue or EnumValue ? value : AbstractValue.Unknown;
                }
                finally
                {
                    ReleaseFrame(_frame);
                    _frame = saved;
                }
            }

            return AbstractValue.Unknown;
        }
        finally
        {
            _fieldsBeingRead.Remove(field);
        }
    }

    private AbstractValue EvaluatePropertyRead(IPropertyReferenceOperation propertyReference)
    {
        var property = propertyReference.Property;
        if (propertyReference.Instance is null)
        {
            return AbstractValue.Unknown;
        }

        var arguments = EvaluateArguments(propertyReference.Arguments);

        var owner = Evaluate(propertyReference.Instance);
        var element = property.IsIndexer && arguments.Length == 1 ? ReadElement(owner, arguments[0]) : AbstractValue.Unknown;
        Release(arguments);
        if (owner is not ObjectValue { Target: var target })
        {
            return AbstractValue.Unknown;
        }

        if (property.IsIndexer)
        {
            return element;
        }

        if (target.Properties.TryGetValue(property.Name, out var value))
        {
            return value;
        }

        if (target.Kind == HeapObjectKind.Provisionable && property.Name == "Id")
        {
            return target.Id;
        }

        if (target.Kind == HeapObjectKind.Provisionable && (_types.IsList(property.Type) || _types.IsProvisionable(property.Type) || _types.IsDictionary(property.Type)))
        {
            return GetOrCreateChild(target, property.Name, property.Type, propertyReference.Syntax).Reference;
        }

        return AbstractValue.Unknown;
    }

    // list[i] with a constant index into a list whose every element is visible.
    private static AbstractValue ReadElement(AbstractValue list, AbstractValue index) =>
        list is ObjectValue { Target: { Kind: HeapObjectKind.List, ItemsIncomplete: false } target } && index is ConstantValue { Value: int i } && i >= 0 && i < target.Items.Count
            ? target.Items[i]
            : AbstractValue.Unknown;

    private HeapObject GetOrCreateChild(HeapObject owner, string propertyName, ITypeSymbol type, SyntaxNode syntax)
    {
        if (owner.Properties.TryGetValue(propertyName, out var existing) && existing is ObjectValue { Target: var child })
        {
            return child;
        }

        var kind = _types.IsList(type) ? HeapObjectKind.List : _types.IsProvisionable(type) ? HeapObjectKind.Provisionable : HeapObjectKind.Plain;
        var created = NewObject(kind, type, syntax);
        created.IsAutoChild = true;
        created.IsOpen = owner.IsOpen;
        created.IsLoopSummary = owner.IsLoopSummary;
        created.CreatedAtDepth = owner.CreatedAtDepth;
        if (existing is not null && existing.IsUnknown)
        {
            created.ItemsIncomplete = true;
            created.IsOpen = true;
        }

        owner.Properties[propertyName] = created.Reference;
        return created;
    }

    private AbstractValue EvaluateObjectCreation(IObjectCreationOperation creation)
    {
        var arguments = EvaluateArguments(creation.Arguments);
        var result = EvaluateObjectCreation(creation, arguments);
        Release(arguments);
        return result;
    }

    private AbstractValue EvaluateObjectCreation(IObjectCreationOperation creation, Arguments arguments)
    {
        var type = creation.Type;

        HeapObject? created = null;
        if (type is not null && _types.Aspire.SecurityRule is { } aspireRule && SymbolEqualityComparer.Default.Equals(type, aspireRule))
        {
            created = NewAspireObject(AspireRole.RuleSpec, type, creation.Syntax);
        }
        else if (_types.IsProvisionable(type))
        {
            created = NewObject(HeapObjectKind.Provisionable, type, creation.Syntax);
            if (arguments.Length > 0 && arguments[0] is ConstantValue { Value: string identifier })
            {
                created.BicepIdentifier = identifier;
            }
        }
        else if (type is not null && (SymbolEqualityComparer.Default.Equals(type, _types.ResourceIdentifier) || SymbolEqualityComparer.Default.Equals(type, _types.AzureLocation)))
        {
            return arguments.Length == 1 && arguments[0] is ConstantValue { Value: string text } ? AbstractValue.Constant(text) : AbstractValue.Unknown;
        }
        else if (type is INamedTypeSymbol { IsGenericType: true } bicepValueType && bicepValueType.OriginalDefinition.Name == "BicepValue" && _types.IsBicepValue(type))
        {
            // new BicepValue<T>(literal) is the literal; new BicepValue<T>(expression) is known only at deploy time.
            return arguments.Length == 1 && arguments.Parameter(0) is { } parameter && !_types.IsUnknownSource(parameter.Type) ? arguments[0] : AbstractValue.Unknown;
        }
        else if (_types.IsList(type))
        {
            created = NewObject(HeapObjectKind.List, type, creation.Syntax);
            if (arguments.Length > 0)
            {
                // new BicepList<T>(values) / new List<T>(other): contents come from the argument.
                if (arguments.Length == 1 && arguments[0] is ObjectValue { Target.Kind: HeapObjectKind.List } source)
                {
                    created.Items.AddRange(source.Target.Items);
                    created.ItemsIncomplete = source.Target.ItemsIncomplete;
                }
                else if (!arguments.AllParametersAre(SpecialType.System_Int32))
                {
                    created.ItemsIncomplete = true;
                }
            }
        }
        else if (type is not null && type.DeclaringSyntaxReferences.Length > 0 && type.TypeKind is TypeKind.Class or TypeKind.Struct)
        {
            created = NewObject(HeapObjectKind.Plain, type, creation.Syntax);
            BindConstructor(created, creation, arguments);
        }

        if (created is null)
        {
            foreach (var argument in arguments.Values)
            {
                Escape(argument);
            }

            if (creation.Initializer is { } initializer)
            {
                Escape(Evaluate(initializer));
            }

            return AbstractValue.Unknown;
        }

        if (creation.Initializer is { } objectInitializer)
        {
            ApplyInitializer(created, objectInitializer);
        }

        return created.Reference;
    }

    // Records and classes from source: positional record parameters become properties; explicit constructor bodies run.
    private void BindConstructor(HeapObject created, IObjectCreationOperation creation, Arguments arguments)
    {
        var constructor = creation.Constructor;
        if (constructor is null)
        {
            return;
        }

        var body = GetBody(constructor);
        if (body is null)
        {
            // A positional record's primary constructor: each parameter initialises the property of the same name.
            for (int i = 0; i < arguments.Length; i++)
            {
                if (arguments.Parameter(i) is { } parameter)
                {
                    created.Properties[parameter.Name] = arguments[i];
                }
            }

            return;
        }

        CallMethod(constructor, body, created.Reference, arguments, creation.Syntax, isLocalFunction: false);
    }

    private AbstractValue EvaluateArrayCreation(IArrayCreationOperation arrayCreation)
    {
        var created = NewObject(HeapObjectKind.List, arrayCreation.Type, arrayCreation.Syntax);
        if (arrayCreation.Initializer is { } initializer)
        {
            foreach (var element in initializer.ElementValues)
            {
                created.Items.Add(Evaluate(element));
            }
        }
        else
        {
            created.ItemsIncomplete = true;
        }

        return created.Reference;
    }

    // C# 12 collection expressions: OperationKind.None under Roslyn 4.8, a kind the 4.8 API cannot name later. Recognised by syntax.
    private static bool IsCollectionExpression(IOperation operation) =>
        operation.Syntax is CollectionExpressionSyntax && operation is not IConversionOperation;

    private AbstractValue EvaluateCollectionExpression(IOperation operation)
    {
        var created = NewObject(HeapObjectKind.List, operation.Type, operation.Syntax);
        foreach (var element in operation.ChildOperations)
        {
            if (element.Syntax is SpreadElementSyntax || element.Syntax.Parent is SpreadElementSyntax)
            {
                created.ItemsIncomplete = true;
                Escape(Evaluate(element));
                continue;
            }

            created.Items.Add(Evaluate(element));
        }

        return created.Reference;
    }

    private void ApplyInitializer(HeapObject target, IObjectOrCollectionInitializerOperation initializer)
    {
        if (target.Kind != HeapObjectKind.List)
        {
            // Each member initializer sets at most one property: size the map once instead of growing it.
            target.Properties.EnsureCapacity(target.Properties.Count + initializer.Initializers.Length);
        }

        foreach (var member in initializer.Initializers)
        {
            Step();

            // The commonest member, `Name = value`, by Kind: the patterns below are interface tests run in order.
            if (member.Kind == OperationKind.SimpleAssignment && ((ISimpleAssignmentOperation)member).Target is { Kind: OperationKind.PropertyReference } memberTarget
                && ((IPropertyReferenceOperation)memberTarget).Instance is { Kind: OperationKind.InstanceReference })
            {
                SetProperty(target, ((IPropertyReferenceOperation)memberTarget).Property.Name, Evaluate(((ISimpleAssignmentOperation)member).Value));
                continue;
            }

            switch (member)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property, Instance: IInstanceReferenceOperation } } assignment:
                    SetProperty(target, property.Name, Evaluate(assignment.Value));
                    break;
                case ISimpleAssignmentOperation { Target: IFieldReferenceOperation { Field: var field, Instance: IInstanceReferenceOperation } } fieldAssignment:
                    SetProperty(target, field.Name, Evaluate(fieldAssignment.Value));
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property: var nestedProperty } } nested:
                    ApplyInitializer(GetOrCreateChild(target, nestedProperty.Name, nestedProperty.Type, nested.Syntax), nested.Initializer);
                    break;
                case IInvocationOperation { Instance: IInstanceReferenceOperation } add:
                    AddToCollection(target, add);
                    break;
                default:
                    Escape(Evaluate(member));
                    break;
            }
        }
    }

    private void AddToCollection(HeapObject collection, IInvocationOperation add)
    {
        var arguments = EvaluateArguments(add.Arguments);

        // Dictionary initializers (Tags) and unknown collections: nothing the rules read.
        if (collection.Kind == HeapObjectKind.List)
        {
            ApplyListMethod(collection, add.TargetMethod.Name, arguments.Values);
        }

        Release(arguments);
    }

    private AbstractValue EvaluateAssignment(ISimpleAssignmentOperation assignment)
    {
        var value = Evaluate(assignment.Value);
        AssignTo(assignment.Target, value);
        return value;
    }

    private void AssignTo(IOperation target, AbstractValue value)
    {
        switch (target)
        {
            case ILocalReferenceOperation localReference:
                _frame.Write(localReference.Local, value);
                if (value is ObjectValue { Target: { VariableName: null } named })
                {
                    named.VariableName = localReference.Local.Name;
                }

                break;
            case IParameterReferenceOperation parameterReference:
                _frame.Write(parameterReference.Parameter, value);
                break;
            case IPropertyReferenceOperation { Property.IsIndexer: false } propertyReference when propertyReference.Instance is not null:
                if (Evaluate(propertyReference.Instance) is ObjectValue { Target: var owner })
                {
                    SetProperty(owner, propertyReference.Property.Name, value);
                }
                else
                {
                    Escape(value);
                }

                break;
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer when indexer.Instance is not null:
                if (Evaluate(indexer.Instance) is ObjectValue { Target: { Kind: HeapObjectKind.List } list })
                {
                    list.ItemsIncomplete = true;
                }

                Escape(value);
                break;
            case IFieldReferenceOperation { Instance: { } instance } fieldReference:
                if (Evaluate(instance) is ObjectValue { Target: var fieldOwner })
                {
                    SetProperty(fieldOwner, fieldReference.Field.Name, value);
                }
                else
                {
                    Escape(value);
                }

                break;
            default:
                // Static fields, array elements, out parameters: the value leaves what the analysis sees.
                Escape(value);
                break;
        }
    }

    private void SetProperty(HeapObject owner, string name, AbstractValue value)
    {
        if (IsConditionalFor(owner) && owner.Properties.TryGetValue(name, out var previous) && !previous.Equals(value))
        {
            owner.Properties[name] = AbstractValue.Unknown;
            Escape(value);
            return;
        }

        if (IsConditionalFor(owner) && !owner.Properties.ContainsKey(name))
        {
            // Set on one path only: unset on the others.
            owner.Properties[name] = AbstractValue.Unknown;
            Escape(value);
            return;
        }

        owner.Properties[name] = value;
        if (value is IdValue id && owner.Kind == HeapObjectKind.Provisionable && owner.NetworkTypeName.Length == 0
            && !(owner.Type?.Name is "WritableSubResource" or "SubResource"))
        {
            // Another kind of resource (a VM scale set, a container app) refers to it: the analysis cannot see what that does.
            id.Target.ReferencedByUnmodelled = true;
        }
        else if (value is ObjectValue { Target: var stored } && owner.Kind == HeapObjectKind.Provisionable && owner.NetworkTypeName.Length == 0
                 && !(owner.Type?.Name is "WritableSubResource" or "SubResource"))
        {
            stored.ReferencedByUnmodelled = true;
        }
    }

    private bool IsConditionalFor(HeapObject target) =>
        _conditionalDepth > target.CreatedAtDepth;

    private AbstractValue EvaluateInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var containingType = method.ContainingType;

        // value.Assign(x) on a BicepValue property: the author's assignment of a get-only (output) member.
        if (method.Name == "Assign" && _types.IsBicepValue(containingType) && invocation.Arguments.Length == 1)
        {
            var assigned = Evaluate(invocation.Arguments[0].Value);
            if (invocation.Instance is IPropertyReferenceOperation { Property.IsIndexer: false } property && property.Instance is not null
                && Evaluate(property.Instance) is ObjectValue { Target: var owner })
            {
                SetProperty(owner, property.Property.Name, assigned);
            }
            else
            {
                Evaluate(invocation.Instance);
                Escape(assigned);
            }

            return AbstractValue.Unknown;
        }

        if (method.Name == "SetProvisioningProperty" && _types.IsProvisionable(containingType) && invocation.Arguments.Length == 2)
        {
            var assigned = Evaluate(invocation.Arguments[1].Value);
            var propertyOperation = Unwrap(invocation.Arguments[0].Value);
            if (propertyOperation is IPropertyReferenceOperation { Property.IsIndexer: false } property && property.Instance is not null
                && Evaluate(property.Instance) is ObjectValue { Target: var owner })
            {
                SetProperty(owner, property.Property.Name, assigned);
            }
            else
            {
                Escape(assigned);
            }

            return AbstractValue.Unknown;
        }

        if (method.Name == "FromExisting" && method.IsStatic && _types.IsProvisionable(method.ReturnType))
        {
            var existing = NewObject(HeapObjectKind.Provisionable, method.ReturnType, invocation.Syntax);
            existing.IsExisting = true;
            existing.IsOpen = true;
            if (invocation.Arguments.Length > 0 && Evaluate(invocation.Arguments[0].Value) is ConstantValue { Value: string identifier })
            {
                existing.BicepIdentifier = identifier;
            }

            return existing.Reference;
        }

        if (method.MethodKind == MethodKind.LocalFunction && !_localFunctions.ContainsKey(method.OriginalDefinition)
            && !TryRegisterFromDeclaration(method.OriginalDefinition, invocation))
        {
            ScanPendingBodies();
        }

        if (method.MethodKind == MethodKind.LocalFunction && _localFunctions.TryGetValue(method.OriginalDefinition, out var localFunction) && localFunction.Body is { } localBody)
        {
            _calledLocalFunctions.Add(method.OriginalDefinition);
            var localArguments = EvaluateArguments(invocation.Arguments);
            var returned = CallMethod(method, localBody, _frame.This, localArguments, invocation.Syntax, isLocalFunction: true);
            Release(localArguments);
            return returned;
        }

        var instance = invocation.Instance is null ? AbstractValue.Unknown : Evaluate(invocation.Instance);
        var arguments = EvaluateArguments(invocation.Arguments);
        var result = EvaluateCall(invocation, method, instance, arguments);
        Release(arguments);
        return result;
    }

    // A call whose instance and arguments are evaluated: Aspire's calls, list mutators, helpers of the compilation.
    private AbstractValue EvaluateCall(IInvocationOperation invocation, IMethodSymbol method, AbstractValue instance, Arguments arguments)
    {
        var containingType = method.ContainingType;

        if (invocation.Instance is null && method.IsExtensionMethod && TryAspireCall(invocation, method, arguments, out var aspireResult))
        {
            return aspireResult;
        }

        if (instance is ObjectValue { Target: { Kind: HeapObjectKind.List } list } && IsCollectionMutator(method.Name))
        {
            ApplyListMethod(list, method.Name, arguments.Values);
            return AbstractValue.Unknown;
        }

        // port.ToString() on a known non-negative integer: digits do not depend on the culture.
        if (method.Name == "ToString" && arguments.Length == 0 && instance is ConstantValue { Value: int number and >= 0 })
        {
            return AbstractValue.Constant(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (IsInfrastructureAdd(method))
        {
            return AbstractValue.Unknown;
        }

        if (IsLibraryMember(containingType))
        {
            return AbstractValue.Unknown;
        }

        if (method.MethodKind == MethodKind.Ordinary && _callSites.Count < MaxCallDepth && !method.IsAbstract && !method.IsVirtual && !method.IsOverride
            && GetBody(method) is { } body)
        {
            return CallMethod(method, body, instance, arguments, invocation.Syntax, isLocalFunction: false);
        }

        Escape(instance);
        foreach (var argument in arguments.Values)
        {
            Escape(argument);
        }

        return AbstractValue.Unknown;
    }

    // Arguments in source order, each evaluated once (a plain loop into an exact-size array: this runs for every call and creation).
    private Arguments EvaluateArguments(ImmutableArray<IArgumentOperation> operations)
    {
        var values = RentArgumentArray(operations.Length);
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Evaluate(operations[i].Value);
        }

        return new Arguments(operations, values);
    }

    private static bool IsCollectionMutator(string name) =>
        name is "Add" or "Insert" or "AddRange" or "InsertRange" or "Remove" or "RemoveAt" or "RemoveAll" or "RemoveRange" or "Clear" or "Assign";

    private void ApplyListMethod(HeapObject list, string name, AbstractValue[] values)
    {
        switch (name)
        {
            case "Add" when values.Length == 1:
            case "Insert" when values.Length == 2:
                if (IsConditionalFor(list))
                {
                    list.ItemsIncomplete = true;
                }

                list.Items.Add(values[values.Length - 1]);
                break;
            case "AddRange" when values.Length == 1 && values[0] is ObjectValue { Target.Kind: HeapObjectKind.List } range:
                list.Items.AddRange(range.Target.Items);
                list.ItemsIncomplete |= range.Target.ItemsIncomplete || IsConditionalFor(list);
                break;
            case "Assign" when values.Length == 1 && values[0] is ObjectValue { Target.Kind: HeapObjectKind.List } source && !IsConditionalFor(list):
                list.Items.Clear();
                list.Items.AddRange(source.Target.Items);
                list.ItemsIncomplete = source.Target.ItemsIncomplete;
                break;
            default:
                list.ItemsIncomplete = true;
                foreach (var value in values)
                {
                    Escape(value);
                }

                break;
        }
    }

    private bool IsInfrastructureAdd(IMethodSymbol method) =>
        method.Name is "Add" or "Remove" && AzureTypes.InheritsFrom(method.ContainingType, _types.Infrastructure);

    // Members of Azure.Provisioning itself (BicepFunction, Infrastructure, Build) do not change the objects passed to them.
    private static bool IsLibraryMember(INamedTypeSymbol? type)
    {
        return type is not null && NamespaceNames.IsWithin(type.ContainingNamespace, "Azure.Provisioning") && type.DeclaringSyntaxReferences.Length == 0;
    }

    private AbstractValue CallMethod(IMethodSymbol method, IOperation body, AbstractValue thisValue, Arguments arguments, SyntaxNode callSyntax, bool isLocalFunction)
    {
        var key = method.OriginalDefinition;
        if (!_activeMethods.Add(key))
        {
            // Recursion: its effect is not followed.
            foreach (var argument in arguments.Values)
            {
                Escape(argument);
            }

            return AbstractValue.Unknown;
        }

        if (!isLocalFunction)
        {
            _callSites.Add(new LocationPlace(callSyntax.GetLocation()));
            _callSiteArray = default;
        }

        var saved = _frame;
        _frame = RentFrame(isLocalFunction ? saved : null, thisValue);
        try
        {
            for (int i = 0; i < arguments.Length; i++)
            {
                if (arguments.Parameter(i) is { } parameter)
                {
                    _frame.Declare(parameter, arguments[i]);
                }
            }

            if (!isLocalFunction && !_scannedBodies.Contains(body))
            {
                _unscannedBodies.Add(body);
            }

            Execute(body);
            if (!_frame.HasReturns)
            {
                return AbstractValue.Unknown;
            }

            var returns = _frame.Returns;

            var first = returns[0];
            for (int i = 1; i < returns.Count; i++)
            {
                if (!returns[i].Equals(first))
                {
                    foreach (var returned in returns)
                    {
                        Escape(returned);
                    }

                    return AbstractValue.Unknown;
                }
            }

            return first;
        }
        finally
        {
            ReleaseFrame(_frame);
            _frame = saved;
            if (!isLocalFunction)
            {
                _callSites.RemoveAt(_callSites.Count - 1);
                _callSiteArray = default;
            }

            _activeMethods.Remove(key);
        }
    }

    private void RunInChildFrame(IOperation body, AbstractValue thisValue, bool captures)
    {
        var saved = _frame;
        _frame = RentFrame(captures ? saved : null, thisValue);
        try
        {
            Execute(body);
        }
        finally
        {
            ReleaseFrame(_frame);
            _frame = saved;
        }
    }

    private IOperation? GetBody(IMethodSymbol method) => SourceOperation(method.OriginalDefinition);

    // Asked of the shared cache once per analysed body (a helper called for every NIC, once): it keeps a tree from its
    // second request on, so a helper only this body uses is not held for the compilation's lifetime.
    private IOperation? SourceOperation(ISymbol definition)
    {
        if (!_sourceBodies.TryGetValue(definition, out var operation))
        {
            operation = definition is IMethodSymbol method
                ? _sourceOperations.MethodBody(method, _cancellationToken)
                : _sourceOperations.FieldInitializer((IFieldSymbol)definition, _cancellationToken);
            _sourceBodies.Add(definition, operation);
        }

        return operation;
    }

    // One builder per (pooled) interpreter: names and prefixes are often interpolated. A hole that evaluates another
    // interpolated string takes a builder of its own, since this one is out until the outer string is done.
    private System.Text.StringBuilder? _interpolationBuilder;

    private AbstractValue EvaluateInterpolatedString(IInterpolatedStringOperation interpolated)
    {
        var builder = _interpolationBuilder ?? new System.Text.StringBuilder();
        _interpolationBuilder = null;
        builder.Clear();
        bool known = true;
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text:
                    builder.Append(text.Text.ConstantValue.Value as string);
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                    var value = Evaluate(hole.Expression);
                    if (value is ConstantValue { Value: string constantText })
                    {
                        builder.Append(constantText);
                    }
                    else if (value is ConstantValue { Value: var constant and (int or long or bool) })
                    {
                        builder.Append(Convert.ToString(constant, System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        known = false;
                    }

                    break;
                default:
                    known = false;
                    break;
            }
        }

        var result = known ? AbstractValue.Constant(builder.ToString()) : AbstractValue.Unknown;
        if (builder.Capacity <= 1024)
        {
            _interpolationBuilder = builder;
        }

        return result;
    }

    private AbstractValue EvaluateBinary(IBinaryOperation binary)
    {
        var left = Evaluate(binary.LeftOperand);
        var right = Evaluate(binary.RightOperand);
        if (left is not ConstantValue { Value: var l } || right is not ConstantValue { Value: var r })
        {
            return AbstractValue.Unknown;
        }

        try
        {
            checked
            {
                return (binary.OperatorKind, l, r) switch
                {
                    (BinaryOperatorKind.Add, string a, _) => AbstractValue.Constant(a + Convert.ToString(r, System.Globalization.CultureInfo.InvariantCulture)),
                    (BinaryOperatorKind.Add, _, string b) => AbstractValue.Constant(Convert.ToString(l, System.Globalization.CultureInfo.InvariantCulture) + b),
                    (BinaryOperatorKind.Add, int a, int b) => AbstractValue.Constant(a + b),
                    (BinaryOperatorKind.Subtract, int a, int b) => AbstractValue.Constant(a - b),
                    (BinaryOperatorKind.Multiply, int a, int b) => AbstractValue.Constant(a * b),
                    _ => AbstractValue.Unknown,
                };
            }
        }
        catch (OverflowException)
        {
            return AbstractValue.Unknown;
        }
    }

    private AbstractValue EvaluateConditionalExpression(IConditionalOperation conditional)
    {
        Evaluate(conditional.Condition);
        _conditionalDepth++;
        var whenTrue = Evaluate(conditional.WhenTrue);
        var whenFalse = Evaluate(conditional.WhenFalse);
        _conditionalDepth--;
        if (whenTrue.Equals(whenFalse))
        {
            return whenTrue;
        }

        Escape(whenTrue);
        Escape(whenFalse);
        return AbstractValue.Unknown;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { Operand: var operand })
        {
            operation = operand;
        }

        return operation;
    }

    /// <summary>The value reaches code the analysis cannot see: absence facts about it no longer hold.</summary>
    private static void Escape(AbstractValue value)
    {
        if (value is ObjectValue { Target: var target })
        {
            MarkOpen(target, 0);
        }
        else if (value is IdValue id)
        {
            id.Target.ReferencedByUnmodelled = true;
        }
    }

    private static void MarkOpen(HeapObject target, int depth)
    {
        if (target.IsOpen || depth > 8)
        {
            return;
        }

        target.IsOpen = true;
        foreach (var property in target.Properties.Values)
        {
            if (property is ObjectValue { Target: var child })
            {
                MarkOpen(child, depth + 1);
            }
        }

        foreach (var item in target.Items)
        {
            if (item is ObjectValue { Target: var element })
            {
                MarkOpen(element, depth + 1);
            }
        }
    }

    private HeapObject NewObject(HeapObjectKind kind, ITypeSymbol? type, SyntaxNode syntax, OriginSpan span = OriginSpan.Creation, bool isAspire = false)
    {
        var created = NewObject(kind, type);
        created.SetOrigin(syntax, span, CallSiteArray(), isAspire);
        return created;
    }

    private HeapObject NewObject(HeapObjectKind kind, ITypeSymbol? type, Origin origin)
    {
        var created = NewObject(kind, type);
        created.SetOrigin(origin);
        return created;
    }

    // One call-site array per call-stack state, shared by every object created in it.
    private ImmutableArray<SourcePlace> CallSiteArray()
    {
        if (_callSiteArray.IsDefault)
        {
            _callSiteArray = _callSites.ToImmutableArray();
        }

        return _callSiteArray;
    }

    private Origin OriginOf(SyntaxNode syntax, OriginSpan span, bool isAspire = false) =>
        new SyntaxOrigin(syntax, span, CallSiteArray(), isAspire);

    private HeapObject NewObject(HeapObjectKind kind, ITypeSymbol? type)
    {
        var created = RentObject();
        created.Initialize(_heap.Count, kind, type, _types.NetworkTypeName(type));
        created.IsLoopSummary = _loopDepth > 0;
        if (_uncertainLoopDepth > 0)
        {
            created.IsOpen = true;
        }

        created.CreatedAtDepth = _conditionalDepth;
        _heap.Add(created);
        return created;
    }

    /// <summary>The location an origin of <paramref name="span"/> underlines in its syntax.</summary>
    internal static Location Locate(SyntaxNode syntax, OriginSpan span) =>
        span == OriginSpan.AspireCall ? AspireCallLocation(syntax) : CreationLocation(syntax);

    // `new SecurityRule("deny-all")` without its initializer: a short squiggle on the creation, not the whole block.
    private static Location CreationLocation(SyntaxNode syntax)
    {
        if (syntax is ObjectCreationExpressionSyntax { Initializer: not null } creation)
        {
            var end = creation.ArgumentList?.Span.End ?? creation.Type.Span.End;
            return Location.Create(syntax.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(creation.SpanStart, end));
        }

        if (syntax is ImplicitObjectCreationExpressionSyntax { Initializer: not null } implicitCreation)
        {
            return Location.Create(syntax.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(implicitCreation.SpanStart, implicitCreation.ArgumentList.Span.End));
        }

        return syntax.GetLocation();
    }

    /// <summary>A call's or creation's arguments: the values they evaluated to, and their operations for the parameters.</summary>
    private readonly struct Arguments
    {
        private readonly ImmutableArray<IArgumentOperation> _operations;

        public Arguments(ImmutableArray<IArgumentOperation> operations, AbstractValue[] values)
        {
            _operations = operations;
            Values = values;
        }

        public AbstractValue[] Values { get; }

        public int Length => Values.Length;

        public AbstractValue this[int index] => Values[index];

        public IParameterSymbol? Parameter(int index) => _operations[index].Parameter;

        public bool AllParametersAre(SpecialType type)
        {
            foreach (var operation in _operations)
            {
                if (operation.Parameter?.Type.SpecialType != type)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// The locals and parameters of one call. Most frames hold a few dozen, so they live in one array searched by hash
    /// from the newest (a dictionary per frame, and a copy of it for every branch and loop, was a tenth of the
    /// interpreter's garbage); a frame that grows large also keeps an index by symbol, so huge methods stay linear.
    /// A snapshot is a copy of the arrays: entries are only ever appended, so a restored frame is a prefix of the old.
    /// </summary>
    private sealed class Frame
    {
        private const int IndexThreshold = 32;

        // A recycled frame keeps arrays up to this many locals (a frame of a huge method does not stay behind).
        private const int MaxRecycledLocals = 256;

        private Frame? _parent;
        private Local[] _locals = Array.Empty<Local>();
        private int _count;
        private Dictionary<ISymbol, int>? _index;
        private List<AbstractValue>? _returns;

        public AbstractValue This { get; private set; } = AbstractValue.Unknown;

        /// <summary>The conditional depth at which the frame was entered: returns below it are unconditional.</summary>
        public int Depth { get; private set; }

        /// <summary>Makes a new or recycled frame the one a call enters now.</summary>
        public void Enter(Frame? parent, AbstractValue thisValue, int depth)
        {
            _parent = parent;
            This = thisValue;
            Depth = depth;
        }

        /// <summary>Forgets the frame's locals, parent and returns (symbols and values), keeping its arrays.</summary>
        public void Clear()
        {
            RecycledArray.Clear(ref _locals, _count, MaxRecycledLocals);
            _count = 0;
            _index = null;
            _returns?.Clear();
            _parent = null;
            This = AbstractValue.Unknown;
            Depth = 0;
        }

        public List<AbstractValue> Returns => _returns ??= new List<AbstractValue>();

        public bool HasReturns => _returns is { Count: > 0 };

        public void Declare(ISymbol symbol, AbstractValue value)
        {
            int hash = SymbolEqualityComparer.Default.GetHashCode(symbol);
            int slot = IndexOf(symbol, hash);
            if (slot >= 0)
            {
                _locals[slot].Value = value;
                return;
            }

            Append(symbol, hash, value);
        }

        public AbstractValue Read(ISymbol symbol)
        {
            int hash = SymbolEqualityComparer.Default.GetHashCode(symbol);
            for (var frame = this; frame is not null; frame = frame._parent)
            {
                int slot = frame.IndexOf(symbol, hash);
                if (slot >= 0)
                {
                    return frame._locals[slot].Value;
                }
            }

            return AbstractValue.Unknown;
        }

        /// <summary>Assigns where the symbol is declared (this frame or a captured one), else declares it here.</summary>
        public void Write(ISymbol symbol, AbstractValue value)
        {
            int hash = SymbolEqualityComparer.Default.GetHashCode(symbol);
            for (var frame = this; frame is not null; frame = frame._parent)
            {
                int slot = frame.IndexOf(symbol, hash);
                if (slot >= 0)
                {
                    frame._locals[slot].Value = value;
                    return;
                }
            }

            Append(symbol, hash, value);
        }

        public Snapshot Save()
        {
            int depth = 0;
            for (var frame = this; frame is not null; frame = frame._parent)
            {
                depth++;
            }

            var frames = new Local[depth][];
            int i = 0;
            for (var frame = this; frame is not null; frame = frame._parent, i++)
            {
                frames[i] = frame._count == 0 ? Array.Empty<Local>() : frame._locals.AsSpan(0, frame._count).ToArray();
            }

            return new Snapshot(frames);
        }

        public void Restore(Snapshot snapshot)
        {
            int i = 0;
            for (var frame = this; frame is not null; frame = frame._parent, i++)
            {
                var saved = snapshot.Frames[i];
                if (frame._locals.Length < saved.Length)
                {
                    frame._locals = new Local[saved.Length];
                }

                Array.Clear(frame._locals, saved.Length, frame._count > saved.Length ? frame._count - saved.Length : 0);
                saved.CopyTo(frame._locals, 0);
                frame._count = saved.Length;
            }
        }

        /// <summary>Merges another path's state into this one: where the two disagree, the value is Unknown.</summary>
        public void Join(Snapshot other)
        {
            int i = 0;
            for (var frame = this; frame is not null; frame = frame._parent, i++)
            {
                var theirs = other.Frames[i];
                for (int slot = 0; slot < frame._count; slot++)
                {
                    ref var mine = ref frame._locals[slot];

                    // Both paths start from one state, so a local both know sits at the same slot in each.
                    bool agree = slot < theirs.Length && ReferenceEquals(theirs[slot].Symbol, mine.Symbol)
                        ? theirs[slot].Value.Equals(mine.Value)
                        : TryFind(theirs, mine.Symbol, mine.Hash, out var value) && value.Equals(mine.Value);
                    if (!agree)
                    {
                        mine.Value = AbstractValue.Unknown;
                    }
                }
            }
        }

        private static bool TryFind(Local[] locals, ISymbol symbol, int hash, out AbstractValue value)
        {
            for (int i = locals.Length - 1; i >= 0; i--)
            {
                if (locals[i].Hash == hash && SymbolEqualityComparer.Default.Equals(locals[i].Symbol, symbol))
                {
                    value = locals[i].Value;
                    return true;
                }
            }

            value = AbstractValue.Unknown;
            return false;
        }

        private int IndexOf(ISymbol symbol, int hash)
        {
            if (_index is not null)
            {
                // The index remembers every symbol ever appended: a miss is final; a hit is checked, since a restore
                // may have cut the frame back below that slot or reused it.
                if (!_index.TryGetValue(symbol, out int slot))
                {
                    return -1;
                }

                if (slot < _count && _locals[slot].Hash == hash && SymbolEqualityComparer.Default.Equals(_locals[slot].Symbol, symbol))
                {
                    return slot;
                }
            }

            for (int i = _count - 1; i >= 0; i--)
            {
                if (_locals[i].Hash == hash && (ReferenceEquals(_locals[i].Symbol, symbol) || SymbolEqualityComparer.Default.Equals(_locals[i].Symbol, symbol)))
                {
                    if (_index is not null)
                    {
                        _index[symbol] = i;
                    }

                    return i;
                }
            }

            return -1;
        }

        private void Append(ISymbol symbol, int hash, AbstractValue value)
        {
            if (_count == _locals.Length)
            {
                Array.Resize(ref _locals, _count == 0 ? 8 : _count * 2);
            }

            _locals[_count] = new Local(symbol, hash, value);
            if (_index is not null)
            {
                _index[symbol] = _count;
            }
            else if (_count + 1 == IndexThreshold)
            {
                _index = new Dictionary<ISymbol, int>(IndexThreshold * 2, SymbolEqualityComparer.Default);
                for (int i = 0; i <= _count; i++)
                {
                    _index[_locals[i].Symbol] = i;
                }
            }

            _count++;
        }
    }

    /// <summary>The locals of every frame of a call chain at one point, innermost first.</summary>
    private readonly struct Snapshot
    {
        public Snapshot(Local[][] frames)
        {
            Frames = frames;
        }

        public Local[][] Frames { get; }
    }

    private struct Local
    {
        public Local(ISymbol symbol, int hash, AbstractValue value)
        {
            Symbol = symbol;
            Hash = hash;
            Value = value;
        }

        public readonly ISymbol Symbol;

        public readonly int Hash;

        public AbstractValue Value;
    }
}

internal sealed class InterpreterBudgetExceededException : Exception
{
}

using System;
using System.Runtime.CompilerServices;
using Azure.Core;
using Azure.Provisioning.Resources;

namespace Azure.Provisioning.Expressions
{
    /// <summary>Stands in for the library's internal Bicep writer; keeps expression types non-derivable outside.</summary>
    internal sealed class BicepWriter { }

    public abstract class BicepExpression
    {
        protected BicepExpression() { }
        public static implicit operator BicepExpression(bool value) => throw null!;
        public static implicit operator BicepExpression(int value) => throw null!;
        public static implicit operator BicepExpression(string value) => throw null!;
        public override string ToString() => throw null!;
        internal abstract BicepWriter Write(BicepWriter writer);
    }

    public abstract class BicepStatement
    {
        protected BicepStatement() { }
        public override string ToString() => throw null!;
        internal abstract BicepWriter Write(BicepWriter writer);
    }

    public static class BicepFunction
    {
        public static BicepValue<string> AsString(BicepValue<object> value) => throw null!;
        public static BicepValue<string> Concat(params BicepValue<string>[] values) => throw null!;
        public static BicepValue<string> CreateGuid(params BicepValue<string>[] values) => throw null!;
        public static ArmDeployment GetDeployment() => throw null!;
        public static ResourceGroup GetResourceGroup() => throw null!;
        public static Subscription GetSubscription() => throw null!;
        public static BicepValue<ResourceIdentifier> GetSubscriptionResourceId(params BicepValue<string>[] values) => throw null!;
        public static Tenant GetTenant() => throw null!;
        public static BicepValue<string> GetUniqueString(params BicepValue<string>[] values) => throw null!;
        public static BicepValue<string> Interpolate(BicepInterpolatedStringHandler handler) => throw null!;
        public static BicepValue<object> ParseJson(BicepValue<object> value) => throw null!;
        public static BicepValue<string> Take(BicepValue<string> text, BicepValue<int> size) => throw null!;
        public static BicepValue<string> ToLower(BicepValue<object> value) => throw null!;
        public static BicepValue<string> ToUpper(BicepValue<object> value) => throw null!;
    }

    [InterpolatedStringHandler]
    public ref struct BicepInterpolatedStringHandler
    {
        public BicepInterpolatedStringHandler(int literalLength, int formattedCount) { }
        public void AppendFormatted<T>(T t) => throw null!;
        public void AppendLiteral(string text) => throw null!;
        public static implicit operator BicepInterpolatedStringHandler(FormattableString formattable) => throw null!;
    }

    public class BicepStringBuilder
    {
        public BicepStringBuilder() { }
        public BicepStringBuilder Append(BicepExpression expression) => throw null!;
        public BicepStringBuilder Append(BicepInterpolatedStringHandler handler) => throw null!;
        public BicepStringBuilder Append(string text) => throw null!;
        public BicepValue<string> Build() => throw null!;
        public static implicit operator BicepValue<string>(BicepStringBuilder value) => throw null!;
    }

    public class ArrayExpression : BicepExpression
    {
        public ArrayExpression(params BicepExpression[] values) { }
        public BicepExpression[] Values => throw null!;
        internal override BicepWriter Write(BicepWriter writer) => throw null!;
    }

    public enum BinaryBicepOperator
    {
        And = 0, Or = 1, Coalesce = 2, Equal = 3, EqualIgnoreCase = 4, NotEqual = 5, NotEqualIgnoreCase = 6,
        Greater = 7, GreaterOrEqual = 8, Less = 9, LessOrEqual = 10, Add = 11, Subtract = 12, Multiply = 13,
        Divide = 14, Modulo = 15,
    }

    public class BinaryExpression : BicepExpression
    {
        public BinaryExpression(BicepExpression left, BinaryBicepOperator op, BicepExpression right) { }
        public BicepExpression Left => throw null!;
        public BinaryBicepOperator Operator => throw null!;
        public BicepExpression Right => throw null!;
        internal override BicepWriter Write(BicepWriter writer) => throw null!;
    }

    public class FunctionCallExpression : BicepExpression
    {
        public FunctionCallExpression(BicepExpression function, params BicepExpression[] arguments) { }
        public BicepExpression[] Arguments => throw null!;
        public BicepExpression Function => throw null!;
        internal override BicepWriter Write(BicepWriter writer) => throw null!;
    }

    public class IdentifierExpression : BicepExpression
    {
        public IdentifierExpression(string name) { }
        public string Name => throw null!;
        internal override BicepWriter Write(BicepWriter writer) => throw null!;
    }

    public class IndexExpression : BicepExpression
    {
        public IndexExpression(BicepExpression value, BicepExpression index) { }
        public BicepExpression Index => throw null!;
        public BicepExpression Value => throw null!;
        internal override BicepWriter Write(BicepWriter writer) => throw null!;
    }

    public class InterpolatedStringExpression : BicepExpression
    {
        public InterpolatedStringExpression(BicepExpression[] values) { }
        public BicepExpression[] Values => throw null!;
        internal override BicepWriter Write(BicepWriter writer) => throw null!;
    }

    public abstract class LiteralExpression : BicepExpression
    {
        protected LiteralExpression(object? value = null) { }
        public object? Value => throw null!;
        internal override BicepWriter Write(BicepWriter writer) => throw null!;
    }

    public class BoolLiteralExpression : LiteralExpression
    {
        public BoolLiteralExpression(bool value) : base(value) { }
        public new bool Value => throw null!;
    }

    public class IntLiteralExpression : LiteralExpression
    {
        public IntLiteralExpression(int value) : base(value) { }
        public new int Value => throw null!;
    }

    public class StringLiteralExpression : LiteralExpression
    {
        public StringLiteralExpression(string value) : base(value) { }
        public new string Value => throw null!;
    }

    public class NullLiteralExpression : LiteralExpression
    {
        public NullLiteralExpression() : base(null) { }
    }

    public class MemberExpression : BicepExpression
    {
        public MemberExpression(BicepExpression value, string member) { }
        public string Member => throw null!;
        public BicepExpression Value => throw null!;
        internal override BicepWriter Write(BicepWriter writer) => throw null!;
    }

    public class ObjectExpression : BicepExpression
    {
        public ObjectExpression(params PropertyExpression[] properties) { }
        public PropertyExpression[] Properties => throw null!;
        internal override BicepWriter Write(BicepWriter writer) => throw null!;
    }

    public class PropertyExpression : BicepExpression
    {
        public PropertyExpression(string name, BicepExpression value) { }
        public string Name => throw null!;
        public BicepExpression Value => throw null!;
        internal override BicepWriter Write(BicepWriter writer) => throw null!;
    }

    public class TypeExpression : BicepExpression
    {
        public TypeExpression(Type type) { }
        public Type Type => throw null!;
        internal override BicepWriter Write(BicepWriter writer) => throw null!;
    }
}

// Compile-only stand-in: public surface of Azure.Provisioning's value types. Bodies never run.
using Azure.Provisioning.Expressions;
using Azure.Provisioning.Primitives;

namespace Azure.Provisioning
{
    public enum BicepValueKind
    {
        Unset = 0,
        Literal = 1,
        Expression = 2,
    }

    public interface IBicepValue
    {
        BicepExpression? Expression { get; set; }
        bool IsEmpty { get; }
        bool IsOutput { get; }
        bool IsRequired { get; }
        bool IsSecure { get; }
        BicepValueKind Kind { get; }
        object? LiteralValue { get; }
        BicepValueReference? Self { get; set; }
        BicepValueReference? Source { get; }
        void Assign(IBicepValue source);
        BicepExpression Compile();
        void SetReadOnly();
    }

    public abstract class BicepValue : IBicepValue
    {
        internal BicepValue() { }

        BicepExpression? IBicepValue.Expression { get => throw null!; set => throw null!; }
        bool IBicepValue.IsOutput => throw null!;
        bool IBicepValue.IsRequired => throw null!;
        bool IBicepValue.IsSecure => throw null!;
        BicepValueKind IBicepValue.Kind => throw null!;
        object? IBicepValue.LiteralValue => throw null!;
        BicepValueReference? IBicepValue.Self { get => throw null!; set => throw null!; }
        BicepValueReference? IBicepValue.Source => throw null!;
        void IBicepValue.Assign(IBicepValue source) => throw null!;
        void IBicepValue.SetReadOnly() => throw null!;

        public virtual bool IsEmpty => throw null!;
        public BicepExpression Compile() => throw null!;
        public static explicit operator BicepExpression(BicepValue value) => throw null!;
        public override string ToString() => throw null!;
    }

    public class BicepValue<T> : BicepValue
    {
        public BicepValue(BicepExpression expression) { }
        public BicepValue(T literal) { }

        public T? Value => throw null!;
        public void Assign(BicepValue<T> source) => throw null!;
        public void ClearValue() => throw null!;

        public static implicit operator BicepValue<string>(BicepValue<T> value) => throw null!;
        public static implicit operator BicepValue<T>(BicepExpression? expression) => throw null!;
        public static implicit operator BicepValue<T>(ProvisioningVariable reference) => throw null!;
        public static implicit operator BicepValue<T>(T value) => throw null!;
    }

    public static class BicepValueExtensions
    {
        public static BicepExpression ToBicepExpression(this IBicepValue bicepValue) => throw null!;
        public static T Unwrap<T>(this BicepValue<T> value) where T : ProvisionableConstruct, new() => throw null!;
    }
}

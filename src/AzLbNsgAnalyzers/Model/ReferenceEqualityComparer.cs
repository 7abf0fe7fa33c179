using System.Collections.Generic;

namespace AzLbNsgAnalyzers.Model;

/// <summary>Identity, not value equality: for keying by object (models, symbols) where two equal-looking instances are distinct.</summary>
internal sealed class ReferenceEqualityComparer<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ReferenceEqualityComparer<T> Instance = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}

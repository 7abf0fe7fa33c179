using System;
using System.Collections.Generic;

namespace AzLbNsgAnalyzers.Model;

/// <summary>
/// A value the analysis either knows exactly (a literal, a constant) or does not know
/// (a parameter, an expression, anything it cannot see). Rules never guess Unknown values.
/// </summary>
public readonly struct Known<T> : IEquatable<Known<T>>
{
    private readonly T _value;

    private Known(T value)
    {
        _value = value;
        IsKnown = true;
    }

    public bool IsKnown { get; }

    public bool IsUnknown => !IsKnown;

    public T Value => IsKnown ? _value : throw new InvalidOperationException("The value is unknown.");

    public static Known<T> Unknown => default;

    public static Known<T> Of(T value) => new(value);

    public static implicit operator Known<T>(T value) => new(value);

    public bool TryGet(out T value)
    {
        value = _value;
        return IsKnown;
    }

    public T GetValueOrDefault(T fallback) => IsKnown ? _value : fallback;

    public Known<TResult> Select<TResult>(Func<T, TResult> selector) => IsKnown ? Known<TResult>.Of(selector(_value)) : Known<TResult>.Unknown;

    public bool Equals(Known<T> other) => IsKnown == other.IsKnown && (!IsKnown || EqualityComparer<T>.Default.Equals(_value, other._value));

    public override bool Equals(object? obj) => obj is Known<T> other && Equals(other);

    public override int GetHashCode() => IsKnown ? EqualityComparer<T>.Default.GetHashCode(_value!) : 0;

    public override string ToString() => IsKnown ? _value?.ToString() ?? "null" : "?";
}

public static class KnownExtensions
{
    /// <summary>A known null becomes Unknown: for required values read from an optional source.</summary>
    public static Known<T> Flatten<T>(this Known<T?> value)
        where T : struct =>
        value.IsKnown && value.Value.HasValue ? Known<T>.Of(value.Value.Value) : Known<T>.Unknown;
}

using System;

namespace AzLbNsgAnalyzers.Model;

/// <summary>
/// A span of a file the user wrote, as the front end that read it knows it: a Roslyn location for C#,
/// a position in a template or Bicep file for the command-line tool. Rules only order and compare places.
/// </summary>
public abstract class SourcePlace : IEquatable<SourcePlace>
{
    /// <summary>The file's path; empty when there is none (an in-memory document).</summary>
    public abstract string Path { get; }

    /// <summary>The span's first character, counted from the start of the file.</summary>
    public abstract int Start { get; }

    public abstract int Length { get; }

    public virtual bool Equals(SourcePlace? other) =>
        other is not null && Start == other.Start && Length == other.Length && string.Equals(Path, other.Path, StringComparison.Ordinal);

    public sealed override bool Equals(object? obj) => obj is SourcePlace other && Equals(other);

    public override int GetHashCode() => unchecked((Start * 397) ^ Length ^ StringComparer.Ordinal.GetHashCode(Path));

    public override string ToString() => Path + "@" + Start;
}

/// <summary>A place given by its path, span and one-based line and column (the template front end's).</summary>
public sealed class TextPlace : SourcePlace
{
    public static readonly TextPlace Nowhere = new(string.Empty, 0, 0, 0, 0);

    public TextPlace(string path, int start, int length, int line, int column)
    {
        Path = path;
        Start = start;
        Length = length;
        Line = line;
        Column = column;
    }

    public override string Path { get; }

    public override int Start { get; }

    public override int Length { get; }

    /// <summary>One-based; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>One-based; 0 when unknown.</summary>
    public int Column { get; }

    public override string ToString() => Path + "(" + Line + "," + Column + ")";
}

using System;

namespace AzLbNsgAnalyzers.Extraction;

/// <summary>Storage kept from one analysed body for the next (see Interpreter.Recycling).</summary>
internal static class RecycledArray
{
    /// <summary>
    /// Empties the first <paramref name="count"/> slots for reuse (no reference outlives the body), or drops an array
    /// longer than <paramref name="max"/>: one huge method must not leave a huge array behind in the pool.
    /// </summary>
    public static void Clear<T>(ref T[] array, int count, int max)
    {
        if (array.Length > max)
        {
            array = Array.Empty<T>();
        }
        else
        {
            Array.Clear(array, 0, count);
        }
    }
}

namespace AzLbNsgAnalyzers.Model;

/// <summary>Reads an unsigned decimal number written in part of a text, without taking a substring of it.</summary>
internal static class AsciiDigits
{
    /// <summary>
    /// The number written in text[start..end). False when that part is empty, longer than
    /// <paramref name="maxDigits"/> (at most 9, so the value cannot overflow), or holds anything but the ASCII
    /// digits 0-9: no sign, no spaces, no digits of other scripts.
    /// </summary>
    public static bool TryParse(string text, int start, int end, int maxDigits, out uint value)
    {
        value = 0;
        if (start >= end || end - start > maxDigits)
        {
            return false;
        }

        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c < '0' || c > '9')
            {
                value = 0;
                return false;
            }

            value = (value * 10) + (uint)(c - '0');
        }

        return true;
    }
}

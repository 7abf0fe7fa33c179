using System;
using System.Collections.Generic;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Cli.Templates;

/// <summary>A file's text with its line starts, to turn offsets into one-based lines and columns and back.</summary>
internal sealed class SourceText
{
    private readonly List<int> _lineStarts = new() { 0 };

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The path as the user gave it (what the findings print).</summary>
    public string Path { get; }

    public string Text { get; }

    public int OffsetOf(int line, int column)
    {
        if (line < 1)
        {
            return 0;
        }

        int start = _lineStarts[Math.Min(line, _lineStarts.Count) - 1];
        return Math.Min(Text.Length, start + Math.Max(0, column - 1));
    }

    public TextPlace PlaceAt(int offset, int length)
    {
        offset = Math.Max(0, Math.Min(offset, Text.Length));
        int index = _lineStarts.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        return new TextPlace(Path, offset, length, line + 1, offset - _lineStarts[line] + 1);
    }
}

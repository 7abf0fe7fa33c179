using System;
using System.Collections.Generic;

namespace AzLbNsgAnalyzers.Cli.Bicep;

/// <summary>A value in Bicep source: an object, an array (its items), or any other expression, with its span.</summary>
internal sealed class BicepValue
{
    public BicepValue(int start, int end)
    {
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; set; }

    /// <summary>Object properties by name (case-insensitive, as ARM compares them), in order.</summary>
    public List<(string Name, int NameStart, BicepValue Value)>? Properties { get; set; }

    public List<BicepValue>? Items { get; set; }

    /// <summary>The body of a <c>[for ...: body]</c> loop.</summary>
    public BicepValue? LoopBody { get; set; }

    /// <summary>A single-quoted string without interpolation: its text.</summary>
    public string? StringLiteral { get; set; }

    public BicepValue? Property(string name)
    {
        if (Properties is null)
        {
            return null;
        }

        foreach (var property in Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}

/// <summary>A <c>resource</c> or <c>module</c> declaration.</summary>
internal sealed class BicepDeclaration
{
    public BicepDeclaration(string keyword, string symbol, string typeOrPath, int start, bool isExisting, BicepValue? body)
    {
        Keyword = keyword;
        Symbol = symbol;
        TypeOrPath = typeOrPath;
        Start = start;
        IsExisting = isExisting;
        Body = body;
    }

    /// <summary>"resource" or "module".</summary>
    public string Keyword { get; }

    public string Symbol { get; }

    /// <summary>The full resource type (without the API version) or the module's path.</summary>
    public string TypeOrPath { get; set; }

    public int Start { get; }

    public bool IsExisting { get; }

    /// <summary>The declaration's object (inside a loop or condition); null when it cannot be read.</summary>
    public BicepValue? Body { get; }

    public string? NameLiteral => Body?.Property("name")?.StringLiteral;
}

/// <summary>
/// Just enough of Bicep's syntax to find where each resource, module and object of a compiled template was
/// written: declarations (nested ones too), object properties, array items and loop bodies. Anything it does
/// not follow costs precision of a position, never a finding.
/// </summary>
internal sealed class BicepSyntax
{
    private const int MaxDepth = 200;
    private readonly string _text;
    private int _position;
    private int _depth;

    // The types of the resource declarations being read, innermost on top: a nested declaration's type is relative to it.
    private readonly Stack<string> _currentTypes = new();

    private BicepSyntax(string text) => _text = text;

    public List<BicepDeclaration> Declarations { get; } = new();

    public static BicepSyntax Parse(string text)
    {
        var syntax = new BicepSyntax(text);
        syntax.ParseDeclarations(parentType: null, end: text.Length);
        return syntax;
    }

    private void ParseDeclarations(string? parentType, int end)
    {
        while (_position < end)
        {
            SkipTrivia();
            if (_position >= end)
            {
                break;
            }

            int start = _position;
            if (AtKeyword("resource") || AtKeyword("module"))
            {
                string keyword = ReadWord();
                ParseDeclaration(keyword, start, parentType);
            }
            else
            {
                SkipLine();
            }
        }
    }

    private void ParseDeclaration(string keyword, int start, string? parentType)
    {
        SkipTrivia();
        string symbol = ReadWord();
        SkipTrivia();
        if (!Peek('\''))
        {
            SkipLine();
            return;
        }

        string typeOrPath = ReadString(out _) ?? string.Empty;
        if (keyword == "resource")
        {
            int at = typeOrPath.IndexOf('@');
            typeOrPath = at >= 0 ? typeOrPath.Substring(0, at) : typeOrPath;
            if (parentType is not null && typeOrPath.IndexOf('.') < 0)
            {
                typeOrPath = parentType + "/" + typeOrPath;
            }
        }

        SkipTrivia();
        bool existing = false;
        if (AtKeyword("existing"))
        {
            ReadWord();
            existing = true;
            SkipTrivia();
        }

        if (!Peek('='))
        {
            SkipLine();
            return;
        }

        _position++;
        SkipTrivia();
        SkipCondition();

        _currentTypes.Push(keyword == "resource" ? typeOrPath : string.Empty);
        var value = ParseValue();
        _currentTypes.Pop();
        var body = value.LoopBody ?? value;
        var declaration = new BicepDeclaration(keyword, symbol, typeOrPath, start, existing, body.Properties is null ? null : body);
        Declarations.Add(declaration);
    }

    private BicepValue ParseValue()
    {
        if (++_depth > MaxDepth)
        {
            throw new FormatException("Bicep nesting too deep");
        }

        SkipTrivia();
        var value = new BicepValue(_position, _position);
        if (Peek('{'))
        {
            ParseObject(value);
        }
        else if (Peek('['))
        {
            ParseArray(value);
        }
        else if (Peek('\''))
        {
            value.StringLiteral = ReadString(out bool interpolated);
            if (interpolated)
            {
                value.StringLiteral = null;
            }

            SkipExpressionRest();
        }
        else
        {
            SkipExpressionRest();
        }

        value.End = _position;
        _depth--;
        return value;
    }

    private void ParseObject(BicepValue value)
    {
        value.Properties = new();
        _position++;
        while (true)
        {
            if (AtClose('}'))
            {
                return;
            }

            int nameStart = _position;
            string? name = Peek('\'') ? ReadString(out _) : ReadWord();
            if (string.IsNullOrEmpty(name))
            {
                SkipLine();
                continue;
            }

            // A resource declared inside its parent's body.
            if ((name == "resource" || name == "module") && !PeekAfterTrivia(':'))
            {
                ParseDeclaration(name, nameStart, _currentTypes.Count > 0 && _currentTypes.Peek().Length > 0 ? _currentTypes.Peek() : null);
                continue;
            }

            SkipTrivia();
            if (!Peek(':'))
            {
                SkipLine();
                continue;
            }

            _position++;
            value.Properties.Add((name!, nameStart, ParseValue()));
        }
    }


    private void ParseArray(BicepValue value)
    {
        _position++;
        SkipTrivia();
        if (AtKeyword("for"))
        {
            // [for x in xs: body] / [for (x, i) in xs: body]: the body follows the first ':' outside brackets.
            ScanUntil((c, depth) => c == ':' && depth == 0, stopAtComment: false);
            if (Peek(':'))
            {
                _position++;
            }

            SkipTrivia();
            SkipCondition();

            value.LoopBody = ParseValue();
            SkipTrivia();
            if (Peek(']'))
            {
                _position++;
            }

            return;
        }

        value.Items = new();
        while (true)
        {
            if (AtClose(']'))
            {
                return;
            }

            int before = _position;
            value.Items.Add(ParseValue());
            if (_position == before)
            {
                _position++;
            }
        }
    }

    // An expression that is not an object or array literal: up to the end of the line, a ',' or a closing bracket, outside brackets.
    private void SkipExpressionRest() =>
        ScanUntil((c, depth) => depth == 0 && c is '\n' or ',' or ')' or ']' or '}', stopAtComment: true);

    // `if (condition)` before a declaration's body or a loop's item.
    private void SkipCondition()
    {
        if (AtKeyword("if"))
        {
            ReadWord();
            SkipTrivia();
            SkipBalanced();
            SkipTrivia();
        }
    }

    private void SkipBalanced()
    {
        if (Peek('(') || Peek('[') || Peek('{'))
        {
            ScanUntil((c, depth) => depth == 1 && c is ')' or ']' or '}', stopAtComment: false);
            _position = Math.Min(_position + 1, _text.Length);
        }
    }

    /// <summary>Walks on, over strings and comments and counting brackets, until <paramref name="stop"/> holds for the next character.</summary>
    private void ScanUntil(Func<char, int, bool> stop, bool stopAtComment)
    {
        int depth = 0;
        while (_position < _text.Length)
        {
            char c = _text[_position];
            if (c == '\'')
            {
                ReadString(out _);
                continue;
            }

            if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] is '/' or '*')
            {
                if (stopAtComment && depth == 0)
                {
                    return;
                }

                SkipTrivia();
                continue;
            }

            if (stop(c, depth))
            {
                return;
            }

            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }

            _position++;
        }
    }

    /// <summary>A single-quoted string ('' is not Bicep's escape; \' is), or a ''' multi-line string.</summary>
    private string? ReadString(out bool interpolated)
    {
        interpolated = false;
        if (_text.AsSpan(_position).StartsWith("'''".AsSpan()))
        {
            int close = _text.IndexOf("'''", _position + 3, StringComparison.Ordinal);
            int endMulti = close < 0 ? _text.Length : close + 3;
            string content = _text.Substring(_position + 3, Math.Max(0, (close < 0 ? _text.Length : close) - _position - 3));
            _position = endMulti;
            return content;
        }

        var builder = new System.Text.StringBuilder();
        _position++;
        while (_position < _text.Length)
        {
            char c = _text[_position++];
            if (c == '\\' && _position < _text.Length)
            {
                char escaped = _text[_position++];
                builder.Append(escaped switch { 'n' => '\n', 'r' => '\r', 't' => '\t', _ => escaped });
                continue;
            }

            if (c == '$' && _position < _text.Length && _text[_position] == '{')
            {
                interpolated = true;
                int depth = 0;
                while (_position < _text.Length)
                {
                    char d = _text[_position++];
                    if (d == '{')
                    {
                        depth++;
                    }
                    else if (d == '}' && --depth == 0)
                    {
                        break;
                    }
                }

                continue;
            }

            if (c == '\'')
            {
                return builder.ToString();
            }

            if (c == '\n')
            {
                return null;
            }

            builder.Append(c);
        }

        return null;
    }

    private string ReadWord()
    {
        int start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        return _text.Substring(start, _position - start);
    }

    private bool AtKeyword(string keyword) =>
        string.CompareOrdinal(_text, _position, keyword, 0, keyword.Length) == 0
        && (_position + keyword.Length >= _text.Length || !(char.IsLetterOrDigit(_text[_position + keyword.Length]) || _text[_position + keyword.Length] == '_'));

    /// <summary>Skips to the next item; at <paramref name="close"/> (or the end) consumes it and says so.</summary>
    private bool AtClose(char close)
    {
        SkipTriviaAndSeparators();
        if (_position < _text.Length && !Peek(close))
        {
            return false;
        }

        _position = Math.Min(_position + 1, _text.Length);
        return true;
    }

    private bool Peek(char c) => _position < _text.Length && _text[_position] == c;

    private bool PeekAfterTrivia(char c)
    {
        int save = _position;
        SkipTrivia();
        bool result = Peek(c);
        _position = save;
        return result;
    }

    private void SkipLine()
    {
        while (_position < _text.Length && _text[_position] != '\n')
        {
            _position++;
        }
    }

    private void SkipTriviaAndSeparators()
    {
        while (true)
        {
            SkipTrivia();
            if (Peek(','))
            {
                _position++;
                continue;
            }

            return;
        }
    }

    private void SkipTrivia()
    {
        while (_position < _text.Length)
        {
            char c = _text[_position];
            if (char.IsWhiteSpace(c))
            {
                _position++;
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
            {
                SkipLine();
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
            {
                int close = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                _position = close < 0 ? _text.Length : close + 2;
            }
            else
            {
                return;
            }
        }
    }
}

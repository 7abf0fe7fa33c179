using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;

namespace AzLbNsgAnalyzers.Cli.Templates;

/// <summary>
/// The ARM template expression language, as far as a network is decided before deployment: literals,
/// <c>parameters</c> and <c>variables</c> with constant values, <c>concat</c>, <c>format</c>, <c>string</c>,
/// <c>int</c>, <c>createArray</c>, <c>resourceId</c>, property and index access. Every other function
/// (<c>reference</c>, <c>listKeys</c>, <c>resourceGroup</c>, <c>copyIndex</c>, <c>uniqueString</c>...) is Unknown.
/// </summary>
internal static class TemplateExpression
{
    /// <summary>True for a JSON string that ARM evaluates: "[...]", but not "[[...", which is the literal "[...".</summary>
    public static bool IsExpression(string text) =>
        text.Length >= 2 && text[0] == '[' && text[text.Length - 1] == ']' && !(text.Length >= 2 && text[1] == '[');

    /// <summary>The value of a template string: the evaluated expression, the string itself, or Unknown.</summary>
    public static JToken EvaluateString(string text, TemplateScope scope)
    {
        if (IsExpression(text))
        {
            try
            {
                var parser = new Parser(text.Substring(1, text.Length - 2));
                var node = parser.ParseWhole();
                return node is null ? TemplateValue.Unknown : Evaluate(node, scope);
            }
            catch (FormatException)
            {
                return TemplateValue.Unknown;
            }
        }

        return text.StartsWith("[[", StringComparison.Ordinal) ? new JValue(text.Substring(1)) : new JValue(text);
    }

    private static JToken Evaluate(Node node, TemplateScope scope)
    {
        switch (node)
        {
            case Literal literal:
                return literal.Value;
            case Member member:
                {
                    var target = Evaluate(member.Target, scope);
                    return target is JObject obj && Property(obj, member.Name) is { } value ? value : TemplateValue.Unknown;
                }

            case Index index:
                {
                    var target = Evaluate(index.Target, scope);
                    var key = Evaluate(index.Key, scope);
                    if (target is JArray array && key.Type == JTokenType.Integer)
                    {
                        long i = key.Value<long>();
                        return i >= 0 && i < array.Count ? array[(int)i] : TemplateValue.Unknown;
                    }

                    return target is JObject obj && key.Type == JTokenType.String && Property(obj, key.Value<string>()!) is { } value ? value : TemplateValue.Unknown;
                }

            case Call call:
                return EvaluateCall(call, scope);
            default:
                return TemplateValue.Unknown;
        }
    }

    private static JToken? Property(JObject obj, string name) =>
        obj.Properties().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    private static JToken EvaluateCall(Call call, TemplateScope scope)
    {
        var arguments = call.Arguments.Select(a => Evaluate(a, scope)).ToList();
        if (call.Namespace is not null)
        {
            return TemplateValue.Unknown;
        }

        switch (call.Name.ToLowerInvariant())
        {
            case "parameters":
                return arguments.Count == 1 && arguments[0].Type == JTokenType.String ? scope.Parameter(arguments[0].Value<string>()!) : TemplateValue.Unknown;
            case "variables":
                return arguments.Count == 1 && arguments[0].Type == JTokenType.String ? scope.Variable(arguments[0].Value<string>()!) : TemplateValue.Unknown;
            case "createarray":
                return arguments.Any(TemplateValue.IsUnknown) ? TemplateValue.Unknown : new JArray(arguments);
            case "concat":
                return Concat(arguments);
            case "format":
                return Format(arguments);
            case "string":
                return arguments.Count == 1 && TemplateValue.AsText(arguments[0]) is { } text ? new JValue(text) : TemplateValue.Unknown;
            case "int":
                if (arguments.Count == 1 && arguments[0].Type == JTokenType.Integer)
                {
                    return arguments[0];
                }

                return arguments.Count == 1 && arguments[0].Type == JTokenType.String
                    && long.TryParse(arguments[0].Value<string>(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long parsed)
                    ? new JValue(parsed)
                    : TemplateValue.Unknown;
            case "true":
                return arguments.Count == 0 ? new JValue(true) : TemplateValue.Unknown;
            case "false":
                return arguments.Count == 0 ? new JValue(false) : TemplateValue.Unknown;
            case "resourceid":
                return ResourceId(arguments);
            default:
                return TemplateValue.Unknown;
        }
    }

    private static JToken Concat(List<JToken> arguments)
    {
        if (arguments.Count == 0 || arguments.Any(TemplateValue.IsUnknown))
        {
            return TemplateValue.Unknown;
        }

        if (arguments.All(a => a is JArray))
        {
            return new JArray(arguments.SelectMany(a => ((JArray)a).Children()));
        }

        var builder = new StringBuilder();
        foreach (var argument in arguments)
        {
            if (TemplateValue.AsText(argument) is not { } text)
            {
                return TemplateValue.Unknown;
            }

            builder.Append(text);
        }

        return new JValue(builder.ToString());
    }

    private static JToken Format(List<JToken> arguments)
    {
        if (arguments.Count == 0 || arguments[0].Type != JTokenType.String || arguments.Any(TemplateValue.IsUnknown))
        {
            return TemplateValue.Unknown;
        }

        var values = new object[arguments.Count - 1];
        for (int i = 1; i < arguments.Count; i++)
        {
            if (TemplateValue.AsText(arguments[i]) is not { } text)
            {
                return TemplateValue.Unknown;
            }

            values[i - 1] = text;
        }

        try
        {
            return new JValue(string.Format(CultureInfo.InvariantCulture, arguments[0].Value<string>()!, values));
        }
        catch (FormatException)
        {
            return TemplateValue.Unknown;
        }
    }

    // resourceId([subscriptionId], [resourceGroupName], resourceType, name1, name2, ...): the type is the first argument with a '/'.
    private static JToken ResourceId(List<JToken> arguments)
    {
        if (arguments.Any(TemplateValue.IsUnknown) || arguments.Any(a => a.Type != JTokenType.String))
        {
            return TemplateValue.Unknown;
        }

        var texts = arguments.Select(a => a.Value<string>()!).ToList();
        int typeIndex = texts.FindIndex(t => t.Contains('/'));
        if (typeIndex < 0 || typeIndex > 2)
        {
            return TemplateValue.Unknown;
        }

        // A resource of another subscription or resource group is not one this template creates.
        if (typeIndex > 0)
        {
            return new JValue(ResourceIds.Foreign(texts[typeIndex], texts.Skip(typeIndex + 1)));
        }

        return new JValue(ResourceIds.Local(texts[typeIndex], texts.Skip(typeIndex + 1)));
    }

    // ------------------------------------------------------------ syntax

    private abstract record Node;

    private sealed record Literal(JToken Value) : Node;

    private sealed record Call(string? Namespace, string Name, List<Node> Arguments) : Node;

    private sealed record Member(Node Target, string Name) : Node;

    private sealed record Index(Node Target, Node Key) : Node;

    /// <summary>A recursive-descent parser; malformed input throws <see cref="FormatException"/> (the value is then Unknown).</summary>
    private sealed class Parser
    {
        private const int MaxDepth = 64;
        private readonly string _text;
        private int _position;
        private int _depth;

        public Parser(string text) => _text = text;

        public Node? ParseWhole()
        {
            var node = ParseExpression();
            SkipSpace();
            return _position == _text.Length ? node : throw new FormatException("Trailing text");
        }

        private Node ParseExpression()
        {
            if (++_depth > MaxDepth)
            {
                throw new FormatException("Too deep");
            }

            SkipSpace();
            Node node = ParsePrimary();
            while (true)
            {
                SkipSpace();
                if (Peek('.'))
                {
                    _position++;
                    node = new Member(node, ParseIdentifier());
                }
                else if (Peek('['))
                {
                    _position++;
                    var key = ParseExpression();
                    Expect(']');
                    node = new Index(node, key);
                }
                else
                {
                    break;
                }
            }

            _depth--;
            return node;
        }

        private Node ParsePrimary()
        {
            if (_position >= _text.Length)
            {
                throw new FormatException("Unexpected end");
            }

            char c = _text[_position];
            if (c == '\'')
            {
                return new Literal(new JValue(ParseString()));
            }

            if (char.IsDigit(c) || c == '-')
            {
                int start = _position++;
                while (_position < _text.Length && char.IsDigit(_text[_position]))
                {
                    _position++;
                }

                return long.TryParse(_text.Substring(start, _position - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number)
                    ? new Literal(new JValue(number))
                    : throw new FormatException("Bad number");
            }

            string name = ParseIdentifier();
            string? ns = null;
            SkipSpace();
            if (Peek('.'))
            {
                // A user-defined function namespace.name(...), else a member access on a call result.
                int save = _position;
                _position++;
                string second = ParseIdentifier();
                SkipSpace();
                if (Peek('('))
                {
                    ns = name;
                    name = second;
                }
                else
                {
                    _position = save;
                }
            }

            Expect('(');
            var arguments = new List<Node>();
            SkipSpace();
            if (!Peek(')'))
            {
                while (true)
                {
                    arguments.Add(ParseExpression());
                    SkipSpace();
                    if (Peek(','))
                    {
                        _position++;
                        continue;
                    }

                    break;
                }
            }

            Expect(')');
            return new Call(ns, name, arguments);
        }

        private string ParseString()
        {
            var builder = new StringBuilder();
            _position++;
            while (_position < _text.Length)
            {
                char c = _text[_position++];
                if (c == '\'')
                {
                    if (Peek('\''))
                    {
                        builder.Append('\'');
                        _position++;
                        continue;
                    }

                    return builder.ToString();
                }

                builder.Append(c);
            }

            throw new FormatException("Unterminated string");
        }

        private string ParseIdentifier()
        {
            SkipSpace();
            int start = _position;
            while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '_'))
            {
                _position++;
            }

            return _position > start ? _text.Substring(start, _position - start) : throw new FormatException("Identifier expected");
        }

        private bool Peek(char c) => _position < _text.Length && _text[_position] == c;

        private void Expect(char c)
        {
            SkipSpace();
            if (!Peek(c))
            {
                throw new FormatException("Expected " + c);
            }

            _position++;
        }

        private void SkipSpace()
        {
            while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
            {
                _position++;
            }
        }
    }
}

using System;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace AzLbNsgAnalyzers.Cli.Templates;

/// <summary>Values of template expressions: JSON tokens, with one marker for a value known only at deployment.</summary>
internal static class TemplateValue
{
    // A string no template writes: JSON tokens are copied when put into containers, so identity cannot mark them.
    private const string UnknownMarker = "\u0001lbnsg:unknown\u0001";

    public static JToken Unknown => new JValue(UnknownMarker);

    public static bool IsUnknown(JToken? token) => token is JValue { Type: JTokenType.String, Value: UnknownMarker };

    /// <summary>The text ARM's string() and concat() make of a scalar; null for containers and Unknown.</summary>
    public static string? AsText(JToken token) => token.Type switch
    {
        JTokenType.String when !IsUnknown(token) => token.Value<string>(),
        JTokenType.Integer => token.Value<long>().ToString(CultureInfo.InvariantCulture),
        JTokenType.Boolean => token.Value<bool>() ? "True" : "False",
        _ => null,
    };

    /// <summary>Evaluates every expression string inside <paramref name="token"/> (a new token; the original keeps its line info).</summary>
    public static JToken Evaluate(JToken token, TemplateScope scope, int depth = 0)
    {
        if (depth > 64)
        {
            return Unknown;
        }

        switch (token)
        {
            case JValue { Type: JTokenType.String } value:
                return TemplateExpression.EvaluateString(value.Value<string>()!, scope);
            case JObject obj:
                {
                    var copy = new JObject();
                    foreach (var property in obj.Properties())
                    {
                        copy[property.Name] = Evaluate(property.Value, scope, depth + 1);
                    }

                    return copy;
                }

            case JArray array:
                {
                    var copy = new JArray();
                    foreach (var item in array)
                    {
                        copy.Add(Evaluate(item, scope, depth + 1));
                    }

                    return copy;
                }

            default:
                return token;
        }
    }

    /// <summary>A property by name, ignoring case as ARM does; null when absent.</summary>
    public static JToken? Get(JToken? obj, string name)
    {
        if (obj is not JObject o)
        {
            return null;
        }

        foreach (var property in o.Properties())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}

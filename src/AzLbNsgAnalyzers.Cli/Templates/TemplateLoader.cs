using System;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AzLbNsgAnalyzers.Cli.Templates;

/// <summary>Input the tool cannot read (malformed JSON, not a template, a failed Bicep build): reported as one clear error, exit code 2.</summary>
internal sealed class InputException : Exception
{
    public InputException(string path, string message)
        : base(message)
    {
        Path = path;
    }

    public string Path { get; }
}

/// <summary>Reads ARM template JSON with line positions; comments are allowed, as ARM allows them.</summary>
internal static class TemplateLoader
{
    public static JObject Parse(string path, string text)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, MaxDepth = 256 };
            var settings = new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, CommentHandling = CommentHandling.Ignore, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error };
            var token = JToken.ReadFrom(reader, settings);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    throw new InputException(path, "text after the end of the JSON document at line " + reader.LineNumber);
                }
            }

            return token as JObject ?? throw new InputException(path, "not an ARM template: the JSON document is not an object");
        }
        catch (JsonException e)
        {
            throw new InputException(path, "malformed JSON: " + e.Message);
        }
    }

    /// <summary>True for an ARM deployment template: its $schema names a deploymentTemplate schema.</summary>
    public static bool IsTemplate(JObject root) =>
        TemplateValue.Get(root, "$schema") is JValue { Type: JTokenType.String } schema
        && schema.Value<string>()!.IndexOf("deploymentTemplate.json", StringComparison.OrdinalIgnoreCase) >= 0;
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AzLbNsgAnalyzers.Model;
using AzLbNsgAnalyzers.Rules;
using Newtonsoft.Json;

namespace AzLbNsgAnalyzers.Cli.Commands;

/// <summary>SARIF 2.1.0, as the compiler's ErrorLog writes it: the rules' metadata and help links, one result per finding.</summary>
internal static class SarifWriter
{
    public static void Write(TextWriter output, IReadOnlyList<ReportedFinding> findings, string version)
    {
        var rules = RuleCatalog.All.GroupBy(e => e.Id).Select(g => g.First()).ToList();
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        json.WriteStartObject();
        json.WritePropertyName("$schema");
        json.WriteValue("https://json.schemastore.org/sarif-2.1.0.json");
        json.WritePropertyName("version");
        json.WriteValue("2.1.0");
        json.WritePropertyName("runs");
        json.WriteStartArray();
        json.WriteStartObject();

        json.WritePropertyName("tool");
        json.WriteStartObject();
        json.WritePropertyName("driver");
        json.WriteStartObject();
        Property(json, "name", "lbnsg");
        Property(json, "version", version);
        Property(json, "informationUri", RuleCatalog.RepositoryUrl);
        json.WritePropertyName("rules");
        json.WriteStartArray();
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            Property(json, "id", rule.Id);
            json.WritePropertyName("shortDescription");
            Text(json, rule.Title);
            json.WritePropertyName("fullDescription");
            Text(json, rule.Description);
            Property(json, "helpUri", rule.HelpLink);
            json.WritePropertyName("defaultConfiguration");
            json.WriteStartObject();
            Property(json, "level", Level(Severities.FromCatalog(rule.DefaultSeverity)));
            json.WriteEndObject();
            json.WritePropertyName("properties");
            json.WriteStartObject();
            Property(json, "category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WritePropertyName("results");
        json.WriteStartArray();
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            Property(json, "ruleId", finding.Entry.Id);
            json.WritePropertyName("ruleIndex");
            json.WriteValue(rules.FindIndex(r => r.Id == finding.Entry.Id));
            Property(json, "level", Level(finding.Level));
            json.WritePropertyName("message");
            Text(json, finding.Message);
            json.WritePropertyName("locations");
            json.WriteStartArray();
            Location(json, finding.Place);
            json.WriteEndArray();
            if (finding.Additional.Count > 0)
            {
                json.WritePropertyName("relatedLocations");
                json.WriteStartArray();
                foreach (var place in finding.Additional)
                {
                    Location(json, place);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteLine();
    }

    private static string Level(ReportLevel level) => level switch
    {
        ReportLevel.Error => "error",
        ReportLevel.Warning => "warning",
        ReportLevel.Info => "note",
        _ => "none",
    };

    private static void Location(JsonTextWriter json, SourcePlace place)
    {
        json.WriteStartObject();
        json.WritePropertyName("physicalLocation");
        json.WriteStartObject();
        json.WritePropertyName("artifactLocation");
        json.WriteStartObject();
        Property(json, "uri", new Uri(Path.GetFullPath(place.Path)).AbsoluteUri);
        json.WriteEndObject();
        if (place is TextPlace { Line: > 0 } text)
        {
            json.WritePropertyName("region");
            json.WriteStartObject();
            json.WritePropertyName("startLine");
            json.WriteValue(text.Line);
            json.WritePropertyName("startColumn");
            json.WriteValue(text.Column);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Property(JsonTextWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void Text(JsonTextWriter json, string text)
    {
        json.WriteStartObject();
        Property(json, "text", text);
        json.WriteEndObject();
    }
}

using System;
using AzLbNsgAnalyzers.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AzLbNsgAnalyzers.Cli.Templates;

/// <summary>Places in an ARM JSON template: the JSON object itself (a nested deployment's template is in the same file).</summary>
internal sealed class JsonPlaceMap : IPlaceMap
{
    private readonly SourceText _source;

    public JsonPlaceMap(SourceText source) => _source = source;

    public SourcePlace PlaceOf(TemplateResource resource, JToken token) => PlaceOf(token);

    public IPlaceMap ForDeployment(TemplateResource deployment) => this;

    public SourcePlace PlaceOf(JToken token)
    {
        // Json.NET's position is the count of characters read on the line: for an object, its '{' is the last of them.
        if (token is IJsonLineInfo info && info.HasLineInfo())
        {
            return _source.PlaceAt(_source.OffsetOf(info.LineNumber, Math.Max(1, info.LinePosition)), 1);
        }

        return _source.PlaceAt(0, 0);
    }
}

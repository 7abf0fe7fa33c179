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
        // Json.NET gives the position just after a container's opening brace; the object starts one column before.
        if (token is IJsonLineInfo info && info.HasLineInfo())
        {
            int offset = _source.OffsetOf(info.LineNumber, info.LinePosition);
            if (token is JContainer && offset > 0)
            {
                offset--;
            }

            return _source.PlaceAt(offset, 1);
        }

        return _source.PlaceAt(0, 0);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AzLbNsgAnalyzers.Cli.Templates;
using AzLbNsgAnalyzers.Model;
using Newtonsoft.Json.Linq;

namespace AzLbNsgAnalyzers.Cli.Bicep;

/// <summary>
/// Places in a Bicep file for the tokens of the template it compiled to: the resource's declaration, then
/// down its body by the token's JSON path (properties, array items, loop bodies). A module's resources map
/// into the module's file.
/// </summary>
internal sealed class BicepPlaceMap : IPlaceMap
{
    private readonly SourceText _source;

    // Declarations by keyword and type (or module), in source order: looked up for every token placed.
    private readonly ILookup<string, BicepDeclaration> _resourcesByType;
    private readonly List<BicepDeclaration> _modules;

    public BicepPlaceMap(SourceText source)
    {
        _source = source;
        BicepSyntax syntax;
        try
        {
            syntax = BicepSyntax.Parse(source.Text);
        }
        catch (FormatException)
        {
            syntax = BicepSyntax.Parse(string.Empty);
        }

        _resourcesByType = syntax.Declarations.Where(d => d.Keyword == "resource" && !d.IsExisting).ToLookup(d => d.TypeOrPath, StringComparer.OrdinalIgnoreCase);
        _modules = syntax.Declarations.Where(d => d.Keyword == "module").ToList();
    }

    public SourcePlace PlaceOf(TemplateResource resource, JToken token)
    {
        var declaration = DeclarationOf(resource);
        if (declaration is null)
        {
            return _source.PlaceAt(0, 0);
        }

        if (ReferenceEquals(token, resource.Raw) || declaration.Body is null)
        {
            return _source.PlaceAt(declaration.Start, declaration.Keyword.Length);
        }

        BicepValue value = declaration.Body;
        foreach (var segment in Segments(resource.Raw, token))
        {
            var next = Step(value, segment);
            if (next is null)
            {
                break;
            }

            value = next;
        }

        return _source.PlaceAt(value.Start, 1);
    }

    public IPlaceMap ForDeployment(TemplateResource deployment)
    {
        var module = _modules.FirstOrDefault(m => m.NameLiteral is { } name && deployment.KnownName is { } known && string.Equals(name, known, StringComparison.OrdinalIgnoreCase))
            ?? (deployment.Ordinal < _modules.Count ? _modules[deployment.Ordinal] : null);
        if (module is null || !module.TypeOrPath.EndsWith(".bicep", StringComparison.OrdinalIgnoreCase) || module.TypeOrPath.Contains(':'))
        {
            return new FixedPlaceMap(module is null ? _source.PlaceAt(0, 0) : _source.PlaceAt(module.Start, module.Keyword.Length));
        }

        string directory = Path.GetDirectoryName(_source.Path) ?? string.Empty;
        string path = Path.Combine(directory, module.TypeOrPath.Replace('/', Path.DirectorySeparatorChar));
        try
        {
            return new BicepPlaceMap(new SourceText(path, File.ReadAllText(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FixedPlaceMap(_source.PlaceAt(module.Start, module.Keyword.Length));
        }
    }

    private BicepDeclaration? DeclarationOf(TemplateResource resource)
    {
        var candidates = _resourcesByType[resource.Type].ToList();
        if (resource.KnownName is { } name)
        {
            string last = name.Substring(name.LastIndexOf('/') + 1);
            var named = candidates.Where(d => string.Equals(d.NameLiteral, last, StringComparison.OrdinalIgnoreCase)).ToList();
            if (named.Count == 1)
            {
                return named[0];
            }
        }

        return resource.Ordinal < candidates.Count ? candidates[resource.Ordinal] : null;
    }

    private static BicepValue? Step(BicepValue value, object segment) => segment switch
    {
        int when value.LoopBody is { } body => body,
        int index => value.Items is { } items && index < items.Count ? items[index] : null,
        string name => (value.LoopBody ?? value).Property(name),
        _ => null,
    };

    /// <summary>The JSON path from the resource object down to the token; a property copy loop becomes its property's loop.</summary>
    private static List<object> Segments(JObject resource, JToken token)
    {
        var segments = new List<object>();
        for (JToken? current = token; current is not null && !ReferenceEquals(current, resource); current = current.Parent)
        {
            switch (current.Parent)
            {
                case JProperty property:
                    segments.Add(property.Name);
                    current = property;
                    break;
                case JArray array:
                    segments.Add(array.IndexOf(current));
                    break;
            }
        }

        segments.Reverse();

        // properties.copy[i].input... -> properties.<copy name>[loop]...
        for (int i = 0; i + 2 < segments.Count; i++)
        {
            if (segments[i] is "copy" && segments[i + 1] is int copyIndex && segments[i + 2] is "input"
                && TemplateValue.Get(TemplateValue.Get(resource, "properties"), "copy") is JArray copies && copyIndex < copies.Count
                && TemplateValue.Get(copies[copyIndex], "name") is JValue { Type: JTokenType.String } name)
            {
                segments.RemoveRange(i, 3);
                segments.Insert(i, name.Value<string>()!);
                segments.Insert(i + 1, 0);
            }
        }

        return segments;
    }

    /// <summary>Every token of a module the tool cannot read is placed at its declaration.</summary>
    private sealed class FixedPlaceMap : IPlaceMap
    {
        private readonly SourcePlace _place;

        public FixedPlaceMap(SourcePlace place) => _place = place;

        public SourcePlace PlaceOf(TemplateResource resource, JToken token) => _place;

        public IPlaceMap ForDeployment(TemplateResource deployment) => this;
    }
}

using System;
using System.Collections.Generic;
using AzLbNsgAnalyzers.Model;
using Newtonsoft.Json.Linq;

namespace AzLbNsgAnalyzers.Cli.Templates;

/// <summary>Maps a JSON token of a compiled template to the place in the file the user wrote.</summary>
internal interface IPlaceMap
{
    /// <param name="resource">The resource the token belongs to.</param>
    /// <param name="token">The raw JSON token (with line info), or the resource object itself.</param>
    SourcePlace PlaceOf(TemplateResource resource, JToken token);

    /// <summary>The map for the template of a nested deployment (a Bicep module lives in its own file).</summary>
    IPlaceMap ForDeployment(TemplateResource deployment);
}

/// <summary>One resource a template declares, with its evaluated body and where its parts come from.</summary>
internal sealed class TemplateResource
{
    public TemplateResource(string type, JToken name, string? symbol, JObject raw, JObject body, TemplateScope scope, IPlaceMap places, bool isLoop, int ordinal)
    {
        Type = type;
        Name = name;
        Symbol = symbol;
        Raw = raw;
        Body = body;
        Scope = scope;
        Places = places;
        IsLoop = isLoop;
        Ordinal = ordinal;
    }

    /// <summary>The full type: Microsoft.Network/virtualNetworks/subnets.</summary>
    public string Type { get; }

    /// <summary>The full name ("vnet/web" for a subnet), or Unknown.</summary>
    public JToken Name { get; }

    /// <summary>The symbolic name (languageVersion 2.0), else null.</summary>
    public string? Symbol { get; }

    /// <summary>The resource as written, with line info.</summary>
    public JObject Raw { get; }

    /// <summary>The resource with every expression evaluated (Unknown where deployment decides).</summary>
    public JObject Body { get; }

    public TemplateScope Scope { get; }

    public IPlaceMap Places { get; }

    /// <summary>Declared with <c>copy</c> (or inside a deployment that is): one object that stands for many.</summary>
    public bool IsLoop { get; }

    /// <summary>The resource's position among those of its type in its template (Bicep emits them in declaration order).</summary>
    public int Ordinal { get; }

    public string? KnownName => TemplateValue.IsUnknown(Name) || Name.Type != JTokenType.String ? null : Name.Value<string>();

    /// <summary>The last segment of the name, else the symbolic name, else the name expression as written.</summary>
    public string DisplayName
    {
        get
        {
            if (KnownName is { } name)
            {
                int slash = name.LastIndexOf('/');
                return slash >= 0 ? name.Substring(slash + 1) : name;
            }

            return Symbol ?? (TemplateValue.Get(Raw, "name") is { } written ? WrittenName(written) : Type);
        }
    }

    /// <summary>A name known only at deployment, as written: the expression without its brackets.</summary>
    public static string WrittenName(JToken name)
    {
        string text = name.Type == JTokenType.String ? name.Value<string>()! : name.ToString(Newtonsoft.Json.Formatting.None);
        return TemplateExpression.IsExpression(text) ? text.Substring(1, text.Length - 2) : text;
    }
}

/// <summary>Collects a template's resources: both forms, nested children, copy loops, nested deployments.</summary>
internal sealed class TemplateResourceCollector
{
    private const int MaxDeploymentDepth = 16;
    private readonly List<TemplateResource> _resources = new();
    // Per template (place map) and type: Bicep emits a file's resources in declaration order.
    private readonly Dictionary<(IPlaceMap Places, string Type), int> _ordinals = new();

    /// <summary>A nested deployment whose template the tool cannot see (templateLink): it may change any resource.</summary>
    public bool HasUnseenDeployments { get; private set; }

    public IReadOnlyList<TemplateResource> Resources => _resources;

    public static TemplateResourceCollector Collect(JObject template, TemplateScope scope, IPlaceMap places)
    {
        var collector = new TemplateResourceCollector();
        collector.CollectTemplate(template, scope, places, isLoop: false, depth: 0);
        return collector;
    }

    private void CollectTemplate(JObject template, TemplateScope scope, IPlaceMap places, bool isLoop, int depth)
    {
        foreach (var (symbol, raw) in ResourcesOf(template))
        {
            CollectResource(raw, symbol, null, null, scope, places, isLoop, depth);
        }
    }

    private static IEnumerable<(string? Symbol, JObject Raw)> ResourcesOf(JToken container)
    {
        switch (TemplateValue.Get(container, "resources"))
        {
            case JArray array:
                foreach (var item in array)
                {
                    if (item is JObject obj)
                    {
                        yield return (null, obj);
                    }
                }

                break;
            case JObject symbolic:
                foreach (var property in symbolic.Properties())
                {
                    if (property.Value is JObject obj)
                    {
                        yield return (property.Name, obj);
                    }
                }

                break;
        }
    }

    private void CollectResource(JObject raw, string? symbol, string? parentType, JToken? parentName, TemplateScope scope, IPlaceMap places, bool isLoop, int depth)
    {
        // `existing` resources are references to what the template does not create.
        if (TemplateValue.Get(raw, "existing") is JValue { Type: JTokenType.Boolean } existing && existing.Value<bool>())
        {
            return;
        }

        var typeToken = TemplateValue.Get(raw, "type") is { } t ? scope.Evaluate(t) : TemplateValue.Unknown;
        if (typeToken.Type != JTokenType.String || TemplateValue.IsUnknown(typeToken))
        {
            return;
        }

        string type = typeToken.Value<string>()!;
        var name = TemplateValue.Get(raw, "name") is { } n ? scope.Evaluate(n) : TemplateValue.Unknown;

        // A child declared inside its parent's "resources" names its type and name relative to the parent.
        if (parentType is not null && !type.StartsWith(parentType + "/", StringComparison.OrdinalIgnoreCase) && type.IndexOf('.') < 0)
        {
            type = parentType + "/" + type;
            name = parentName is not null && TemplateValue.AsText(parentName) is { } p && TemplateValue.AsText(name) is { } c && !TemplateValue.IsUnknown(name)
                ? new JValue(p + "/" + c)
                : TemplateValue.Unknown;
        }

        bool loop = isLoop || TemplateValue.Get(raw, "copy") is not null;
        if (string.Equals(type, "Microsoft.Resources/deployments", StringComparison.OrdinalIgnoreCase))
        {
            CollectDeployment(raw, symbol, name, scope, places, loop, depth);
            return;
        }

        var body = scope.Evaluate(raw) as JObject ?? new JObject();
        int ordinal = NextOrdinal(places, type);
        var resource = new TemplateResource(type, name, symbol, raw, body, scope, places, loop, ordinal);
        _resources.Add(resource);

        foreach (var (_, child) in ResourcesOf(raw))
        {
            CollectResource(child, null, type, name, scope, places, loop, depth);
        }
    }

    private int NextOrdinal(IPlaceMap places, string type)
    {
        var key = (places, type.ToLowerInvariant());
        _ordinals.TryGetValue(key, out int ordinal);
        _ordinals[key] = ordinal + 1;
        return ordinal;
    }

    private void CollectDeployment(JObject raw, string? symbol, JToken name, TemplateScope scope, IPlaceMap places, bool loop, int depth)
    {
        var properties = TemplateValue.Get(raw, "properties");
        if (TemplateValue.Get(properties, "template") is not JObject nested || depth >= MaxDeploymentDepth)
        {
            HasUnseenDeployments = true;
            return;
        }

        int ordinal = NextOrdinal(places, "Microsoft.Resources/deployments");
        var deployment = new TemplateResource("Microsoft.Resources/deployments", name, symbol, raw, new JObject(), scope, places, loop, ordinal);

        // scope "inner" (what Bicep modules use): the nested template has its own parameters, given by the parent.
        bool inner = TemplateValue.Get(TemplateValue.Get(properties, "expressionEvaluationOptions"), "scope") is JValue { Type: JTokenType.String } s
            && string.Equals(s.Value<string>(), "inner", StringComparison.OrdinalIgnoreCase);
        TemplateScope nestedScope = scope;
        if (inner)
        {
            var supplied = new Dictionary<string, JToken>(StringComparer.OrdinalIgnoreCase);
            if (TemplateValue.Get(properties, "parameters") is JObject parameters)
            {
                foreach (var parameter in parameters.Properties())
                {
                    supplied[parameter.Name] = TemplateValue.Get(parameter.Value, "value") is { } value ? scope.Evaluate(value) : TemplateValue.Unknown;
                }
            }

            nestedScope = new TemplateScope(nested, supplied);
        }

        CollectTemplate(nested, nestedScope, places.ForDeployment(deployment), loop, depth + 1);
    }
}

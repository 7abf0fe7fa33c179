using System;
using System.Collections.Generic;
using System.IO;
using AzLbNsgAnalyzers.Cli.Bicep;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;
using AzLbNsgAnalyzers.Rules;
using Newtonsoft.Json.Linq;

namespace AzLbNsgAnalyzers.Cli.Templates;

/// <summary>One input file read into the engine: its network and the analysis the rules run on.</summary>
internal sealed class TemplateAnalysis
{
    private TemplateAnalysis(string path, Topology topology)
    {
        Path = path;
        Topology = topology;
        Network = new NetworkAnalysis(topology);
    }

    public string Path { get; }

    public Topology Topology { get; }

    public NetworkAnalysis Network { get; }

    public bool IsBicep => Path.EndsWith(".bicep", StringComparison.OrdinalIgnoreCase);

    public List<Finding> Findings(Func<string, bool>? enabled = null) => AllRules.Analyze(Network, enabled);

    /// <summary>Reads a .json template or compiles and reads a .bicep file; <see cref="InputException"/> for input it cannot read.</summary>
    public static TemplateAnalysis Load(string path, BicepCompiler compiler, IReadOnlyDictionary<string, JToken>? parameters)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message);
        }

        var source = new SourceText(path, text);
        JObject template;
        IPlaceMap places;
        if (path.EndsWith(".bicep", StringComparison.OrdinalIgnoreCase))
        {
            template = TemplateLoader.Parse(path, compiler.Compile(path));
            places = new BicepPlaceMap(source);
        }
        else
        {
            template = TemplateLoader.Parse(path, text);
            if (!TemplateLoader.IsTemplate(template))
            {
                throw new InputException(path, "not an ARM template: its $schema is not a deploymentTemplate schema");
            }

            places = new JsonPlaceMap(source);
        }

        return FromTemplate(path, template, places, parameters);
    }

    public static TemplateAnalysis FromTemplate(string path, JObject template, IPlaceMap places, IReadOnlyDictionary<string, JToken>? parameters)
    {
        var scope = new TemplateScope(template, parameters);
        var collected = TemplateResourceCollector.Collect(template, scope, places);
        return new TemplateAnalysis(path, TemplateNetworkBuilder.Build(collected));
    }

    /// <summary>An ARM parameters file ({ "parameters": { "name": { "value": ... } } }), as az deployment takes it.</summary>
    public static Dictionary<string, JToken> ReadParametersFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, "cannot read the parameters file: " + (e is FileNotFoundException ? "no such file" : e.Message));
        }

        var root = TemplateLoader.Parse(path, text);
        if (TemplateValue.Get(root, "parameters") is not JObject parameters)
        {
            throw new InputException(path, "not a parameters file: it has no \"parameters\" object");
        }

        var values = new Dictionary<string, JToken>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in parameters.Properties())
        {
            // A Key Vault reference is known only at deployment.
            values[parameter.Name] = TemplateValue.Get(parameter.Value, "value") is { } value && !TemplateExpressionText(value) ? value : TemplateValue.Unknown;
        }

        return values;
    }

    private static bool TemplateExpressionText(JToken value) =>
        value.Type == JTokenType.String && TemplateExpression.IsExpression(value.Value<string>()!);
}

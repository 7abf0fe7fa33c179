using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace AzLbNsgAnalyzers.Cli.Templates;

/// <summary>
/// The parameters and variables one template (or nested deployment) sees. A parameter's value is the one
/// passed in (a parameters file, the parent deployment), else its default; variables are evaluated when read.
/// </summary>
internal sealed class TemplateScope
{
    private readonly Dictionary<string, JToken> _parameterDefinitions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, JToken> _suppliedParameters;
    private readonly Dictionary<string, JToken> _variableDefinitions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, JToken> _variableValues = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _evaluating = new(StringComparer.OrdinalIgnoreCase);

    public TemplateScope(JObject template, IReadOnlyDictionary<string, JToken>? supplied)
    {
        _suppliedParameters = new Dictionary<string, JToken>(StringComparer.OrdinalIgnoreCase);
        if (supplied is not null)
        {
            foreach (var pair in supplied)
            {
                _suppliedParameters[pair.Key] = pair.Value;
            }
        }

        if (TemplateValue.Get(template, "parameters") is JObject parameters)
        {
            foreach (var property in parameters.Properties())
            {
                _parameterDefinitions[property.Name] = property.Value;
            }
        }

        if (TemplateValue.Get(template, "variables") is JObject variables)
        {
            foreach (var property in variables.Properties())
            {
                // "copy" builds variables in loops: left Unknown.
                if (!string.Equals(property.Name, "copy", StringComparison.OrdinalIgnoreCase))
                {
                    _variableDefinitions[property.Name] = property.Value;
                }
            }
        }
    }

    /// <summary>A parameter's value: supplied (already evaluated by whoever supplied it), else the default evaluated here, else Unknown.</summary>
    public JToken Parameter(string name)
    {
        if (_suppliedParameters.TryGetValue(name, out var supplied))
        {
            return supplied;
        }

        if (_parameterDefinitions.TryGetValue(name, out var definition) && TemplateValue.Get(definition, "defaultValue") is { } defaultValue)
        {
            return TemplateValue.Evaluate(defaultValue, this);
        }

        return TemplateValue.Unknown;
    }

    public JToken Variable(string name)
    {
        if (_variableValues.TryGetValue(name, out var value))
        {
            return value;
        }

        if (!_variableDefinitions.TryGetValue(name, out var definition) || !_evaluating.Add(name))
        {
            return TemplateValue.Unknown;
        }

        value = TemplateValue.Evaluate(definition, this);
        _evaluating.Remove(name);
        _variableValues[name] = value;
        return value;
    }

    public JToken Evaluate(JToken token) => TemplateValue.Evaluate(token, this);
}

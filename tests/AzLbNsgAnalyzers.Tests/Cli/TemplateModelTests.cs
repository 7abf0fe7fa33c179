using System.Linq;
using AzLbNsgAnalyzers.Cli.Templates;
using AzLbNsgAnalyzers.Model;
using Newtonsoft.Json.Linq;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Cli;

/// <summary>The template front end's model and expressions, below the command line.</summary>
public class TemplateModelTests
{
    private static Topology Read(string json)
    {
        var source = new SourceText("t.json", json);
        return TemplateAnalysis.FromTemplate("t.json", TemplateLoader.Parse("t.json", json), new JsonPlaceMap(source), null).Topology;
    }

    private static JToken Evaluate(string expression, string template = "{}") =>
        TemplateExpression.EvaluateString(expression, new TemplateScope(JObject.Parse(template), null));

    [Fact]
    public void A_standalone_subnet_listed_before_its_vnet_belongs_to_it()
    {
        var topology = Read("""
            { "resources": [
              { "type": "Microsoft.Network/virtualNetworks/subnets", "name": "vnet/web", "properties": { "addressPrefix": "10.0.2.0/24" } },
              { "type": "Microsoft.Network/virtualNetworks", "name": "vnet", "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] } } }
            ] }
            """);
        var subnet = Assert.Single(topology.Subnets);
        Assert.Same(Assert.Single(topology.VirtualNetworks), subnet.VirtualNetwork.Value);
        Assert.Equal("web", subnet.DisplayName);
        Assert.Equal(new[] { "10.0.2.0/24" }, subnet.AddressPrefixes.Value);
        Assert.Equal(2, ((TextPlace)subnet.Origin.Place).Line);
    }

    [Theory]
    [InlineData("[concat('a', 'b', string(3))]", "ab3")]
    [InlineData("[format('{0}/{1}', 'nsg', 'rule')]", "nsg/rule")]
    [InlineData("[string(int('42'))]", "42")]
    [InlineData("[[not an expression]", "[not an expression]")]
    [InlineData("plain", "plain")]
    [InlineData("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'web')]", "/subscriptions/{subscription}/resourceGroups/{resourceGroup}/providers/Microsoft.Network/virtualNetworks/vnet/subnets/web")]
    [InlineData("[variables('names')[1]]", "second")]
    [InlineData("[parameters('p')]", "default")]
    [InlineData("[variables('obj').inner.value]", "deep")]
    public void Constant_expressions_are_evaluated(string expression, string expected)
    {
        const string Template = """{ "parameters": { "p": { "type": "string", "defaultValue": "default" } }, "variables": { "names": [ "first", "second" ], "obj": { "inner": { "value": "deep" } } } }""";
        Assert.Equal(expected, Evaluate(expression, Template).Value<string>());
    }

    [Theory]
    [InlineData("[reference('x').id]")]
    [InlineData("[resourceGroup().location]")]
    [InlineData("[copyIndex()]")]
    [InlineData("[parameters('none')]")]
    [InlineData("[concat('a', parameters('none'))]")]
    [InlineData("[format('{0}', uniqueString('x'))]")]
    [InlineData("[concat('unterminated]")]
    [InlineData("[variables('loop')]")]
    [InlineData("[resourceId('other-rg', 'Microsoft.Network/networkSecurityGroups', 'nsg')]")]
    public void Anything_decided_at_deployment_is_unknown_or_foreign(string expression)
    {
        var value = Evaluate(expression, """{ "variables": { "loop": "[variables('loop')]" } }""");
        bool foreign = value.Type == JTokenType.String && !TemplateValue.IsUnknown(value) && ResourceIds.KeyOf(value.Value<string>()!) is null;
        Assert.True(TemplateValue.IsUnknown(value) || foreign, value.ToString());
    }
}

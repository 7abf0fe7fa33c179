using System.Linq;
using System.Text.RegularExpressions;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Cli.ArmLab;

namespace AzLbNsgAnalyzers.Tests.Cli;

/// <summary>Every rule through lbnsg check on ARM JSON: a template that has the mistake, and correct infrastructure that does not.</summary>
public class LbnsgRuleTests
{
    public static TheoryData<string, string> Positives => new()
    {
        {
            "LBNSG001",
            Template(lbSubnetRules: new[] { Rule("deny-http-to-frontend", 100, "Deny", "10.0.0.0/16", "80", destination: "10.0.1.10") })
        },
        {
            "LBNSG002",
            Template(new[] { Rule("allow-probe", 100, "Allow", "AzureLoadBalancer", "8080"), Rule("allow-lb-subnet", 110, "Allow", "10.0.1.0/24", "8080"), Rule("deny-all", 4096, "Deny", "*", "*", protocol: "*") })
        },
        {
            "LBNSG003",
            Template(new[] { Rule("allow-clients", 110, "Allow", "10.0.0.0/16", "8080"), Rule("deny-all", 200, "Deny", "*", "*", protocol: "*") })
        },
        {
            "LBNSG004",
            Template(new[] { Rule("allow-azure-load-balancer", 100, "Allow", "AzureLoadBalancer", "8080"), Rule("deny-all", 4096, "Deny", "*", "*", protocol: "*") })
        },
        { "LBNSG005", Template(webNsg: false, publicFrontend: true) },
        {
            "LBNSG006",
            Template(new[] { Rule("allow-probe", 100, "Allow", "AzureLoadBalancer", "8080"), Rule("allow-frontend-port", 110, "Allow", "10.0.0.0/16", "80"), Rule("deny-all", 4096, "Deny", "*", "*", protocol: "*") })
        },
        {
            "LBNSG007",
            Template(new[] { Rule("allow-probe", 100, "Allow", "AzureLoadBalancer", "8080"), Rule("deny-all", 2048, "Deny", "*", "*", protocol: "*"), Rule("allow-clients-too-late", 3000, "Allow", "10.0.0.0/16", "8080") })
        },
        { "LBNSG101", Template(CorrectRules.Append(Rule("late", 5000, "Allow", "10.0.0.0/16", "22"))) },
        { "LBNSG102", Template(CorrectRules.Append(Rule("same-number", 110, "Allow", "10.0.0.0/16", "22"))) },
        { "LBNSG103", Template(CorrectRules.Append(Rule("bad-prefix", 120, "Allow", "10.0.0.0/33", "22"))) },
        {
            "LBNSG104",
            Template(CorrectRules.Append(Rule("both-forms", "120", "Allow", "\"sourceAddressPrefix\": \"10.0.0.0/16\", \"sourceAddressPrefixes\": [ \"10.1.0.0/16\" ]", "22")))
        },
        { "LBNSG105", Template(sku: "Basic") },
        {
            "LBNSG106",
            Template(new[] { Rule("deny-vnet", 90, "Deny", "VirtualNetwork", "22"), Rule("allow-vnet-ssh", 95, "Allow", "10.0.0.0/16", "22") }.Concat(CorrectRules))
        },
    };

    public static TheoryData<string, string> Negatives => new()
    {
        { "LBNSG001", Template(lbSubnetRules: new[] { Rule("allow-ssh-to-jumpbox", 100, "Allow", "10.0.0.0/16", "22", destination: "10.0.1.200") }) },
        { "LBNSG002", Template() },
        { "LBNSG003", Template() },
        { "LBNSG004", Template() },
        {
            "LBNSG005",
            Template(new[] { Rule("allow-internet", 100, "Allow", "Internet", "8080"), Rule("allow-probe", 110, "Allow", "AzureLoadBalancer", "8080") }, publicFrontend: true)
        },
        { "LBNSG006", Template() },
        { "LBNSG007", Template() },
        { "LBNSG101", Template(CorrectRules.Append(Rule("last", 4095, "Allow", "10.0.0.0/16", "22"))) },
        { "LBNSG102", Template(CorrectRules.Append(Rule("outbound-110", 110, "Allow", "10.0.0.0/16", "22", direction: "Outbound"))) },
        { "LBNSG103", Template(CorrectRules.Append(Rule("good-prefix", 120, "Allow", "10.0.0.0/8", "22"))) },
        { "LBNSG104", Template(CorrectRules.Append(Rule("plural", "120", "Allow", "\"sourceAddressPrefixes\": [ \"10.0.0.0/16\", \"10.1.0.0/16\" ]", "22"))) },
        { "LBNSG105", Template() },
        { "LBNSG106", Template() },
    };

    [Theory]
    [MemberData(nameof(Positives))]
    public void A_template_with_the_mistake_is_reported(string id, string template)
    {
        using var folder = Lbnsg.Folder(("lab.json", template));
        var (exit, output, error) = Lbnsg.Run("check", folder.Path + "/lab.json", "--severity", "LBNSG106=warning");
        Assert.True(exit == 0, error);
        var matching = Lbnsg.Lines(output).Where(l => l.Contains(": warning " + id + ": ", System.StringComparison.Ordinal)).ToList();
        Assert.True(matching.Count >= 1, output);
        var line = matching[0];
        Assert.Matches(new Regex(@"lab\.json\(\d+,\d+\): warning " + id + ": "), line);
    }

    [Theory]
    [MemberData(nameof(Negatives))]
    public void Correct_infrastructure_is_not_reported(string id, string template)
    {
        using var folder = Lbnsg.Folder(("lab.json", template));
        var (exit, output, error) = Lbnsg.Run("check", folder.Path + "/lab.json", "--severity", "LBNSG106=warning");
        Assert.True(exit == 0, error);
        Assert.DoesNotContain(" " + id + ":", output, System.StringComparison.Ordinal);
        Assert.Contains("1 file checked", error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_correct_lab_has_no_finding_at_all()
    {
        using var folder = Lbnsg.Folder(("lab.json", Template()));
        var (exit, output, error) = Lbnsg.Run("check", folder.Path);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("0 errors, 0 warnings, 0 infos", error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_points_at_the_json_object_of_the_rule()
    {
        var template = Template(new[] { Rule("allow-clients", 110, "Allow", "10.0.0.0/16", "8080"), Rule("deny-all", 200, "Deny", "*", "*", protocol: "*") });
        using var folder = Lbnsg.Folder(("lab.json", template));
        var (_, output, _) = Lbnsg.Run("check", folder.Path + "/lab.json");
        var lines = template.Split('\n');
        int ruleLine = System.Array.FindIndex(lines, l => l.Contains("\"name\": \"deny-all\"", System.StringComparison.Ordinal));
        int objectLine = ruleLine; // the rule's '{' is on the line before its name
        var match = Regex.Match(output, @"lab\.json\((\d+),(\d+)\): warning LBNSG003");
        Assert.True(match.Success, output);
        Assert.Equal(objectLine, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(lines[objectLine - 1].IndexOf('{') + 1, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }
}

using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Cli.ArmLab;

namespace AzLbNsgAnalyzers.Tests.Cli;

/// <summary>What lbnsg reads: Bicep (loops, modules), symbolic names, parameters, Unknown expressions; and input it cannot read.</summary>
public class LbnsgTemplateTests
{
    private const string BicepNsg = """
        param location string = resourceGroup().location
        param ports array = [ '22', '3389' ]

        resource nsg 'Microsoft.Network/networkSecurityGroups@2023-09-01' = {
          name: 'nsg-admin'
          location: location
          properties: {
            securityRules: [for (port, i) in ports: {
              name: 'allow-${port}'
              properties: {
                priority: 5000
                direction: 'Inbound'
                access: 'Allow'
                protocol: 'Tcp'
                sourceAddressPrefix: '10.0.0.0/16'
                sourcePortRange: '*'
                destinationAddressPrefix: '*'
                destinationPortRange: port
              }
            }]
          }
        }
        """;

    [Fact]
    public void A_rule_in_a_bicep_loop_is_reported_at_the_loop_body()
    {
        using var folder = Lbnsg.Folder(("admin.bicep", BicepNsg));
        var (exit, output, error) = Lbnsg.RunWithBicep("check", Path.Combine(folder.Path, "admin.bicep"));
        Assert.True(exit == 0, error);
        var line = Assert.Single(Lbnsg.Lines(output));
        Assert.True(line.Contains("admin.bicep(8,45)", System.StringComparison.Ordinal), line);
        Assert.Contains("admin.bicep(8,45): warning LBNSG101: ", line, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_finding_points_into_the_module_file_with_the_value_its_parent_passes()
    {
        const string Module = """
            param priority int

            resource nsg 'Microsoft.Network/networkSecurityGroups@2023-09-01' = {
              name: 'nsg-web'
              location: resourceGroup().location
              properties: {
                securityRules: [
                  {
                    name: 'late'
                    properties: { priority: priority, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', sourceAddressPrefix: '10.0.0.0/16', sourcePortRange: '*', destinationAddressPrefix: '*', destinationPortRange: '22' }
                  }
                ]
              }
            }
            """;
        const string Main = """
            module web 'modules/nsg.bicep' = {
              name: 'web-nsg'
              params: { priority: 4500 }
            }
            """;
        using var folder = Lbnsg.Folder(("main.bicep", Main), ("modules/nsg.bicep", Module));
        var (exit, output, error) = Lbnsg.RunWithBicep("check", Path.Combine(folder.Path, "main.bicep"));
        Assert.True(exit == 0, error);
        var line = Assert.Single(Lbnsg.Lines(output));
        Assert.Contains(Path.Combine("modules", "nsg.bicep") + "(8,7): warning LBNSG101: Security rule 'late' has priority 4500", line, System.StringComparison.Ordinal);

        // Checking the folder reads the module alone too (its priority is then a parameter, Unknown): still one finding.
        var (_, folderOutput, _) = Lbnsg.RunWithBicep("check", folder.Path);
        Assert.Single(Lbnsg.Lines(folderOutput));
    }

    [Fact]
    public void A_symbolic_name_template_and_a_nested_deployment_are_read()
    {
        const string Template = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "languageVersion": "2.0",
              "contentVersion": "1.0.0.0",
              "resources": {
                "inner": {
                  "type": "Microsoft.Resources/deployments",
                  "apiVersion": "2022-09-01",
                  "name": "inner",
                  "properties": {
                    "mode": "Incremental",
                    "expressionEvaluationOptions": { "scope": "inner" },
                    "parameters": { "prio": { "value": 4097 } },
                    "template": {
                      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                      "contentVersion": "1.0.0.0",
                      "parameters": { "prio": { "type": "int" } },
                      "resources": [
                        {
                          "type": "Microsoft.Network/networkSecurityGroups/securityRules",
                          "apiVersion": "2023-09-01",
                          "name": "[format('{0}/{1}', 'nsg-web', 'from-module')]",
                          "properties": { "priority": "[parameters('prio')]", "direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "10.0.0.0/16", "sourcePortRange": "*", "destinationAddressPrefix": "*", "destinationPortRange": "22" }
                        }
                      ]
                    }
                  }
                },
                "nsg": {
                  "type": "Microsoft.Network/networkSecurityGroups",
                  "apiVersion": "2023-09-01",
                  "name": "nsg-web",
                  "properties": { "securityRules": [] }
                },
                "existingNsg": {
                  "existing": true,
                  "type": "Microsoft.Network/networkSecurityGroups",
                  "apiVersion": "2023-09-01",
                  "name": "nsg-other"
                }
              }
            }
            """;
        using var folder = Lbnsg.Folder(("symbolic.json", Template));
        var (exit, output, error) = Lbnsg.Run("check", Path.Combine(folder.Path, "symbolic.json"));
        Assert.True(exit == 0, error);
        var line = Assert.Single(Lbnsg.Lines(output));
        Assert.True(line.Contains("symbolic.json(19,13)", System.StringComparison.Ordinal), line);
        Assert.Contains("symbolic.json(19,13): warning LBNSG101: Security rule 'from-module' has priority 4097, outside 100-4096: Azure rejects the deployment of NSG 'nsg-web'", line, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_known_only_at_deployment_is_never_guessed_and_a_parameters_file_supplies_it()
    {
        string template = Template(
            CorrectRules.Append(Rule("ssh", "\"[parameters('sshPriority')]\"", "Allow", "\"sourceAddressPrefix\": \"[parameters('admins')]\"", "22")),
            parameters: """, "sshPriority": { "type": "int" }, "admins": { "type": "string", "defaultValue": "10.0.0.0/33" }""");
        using var folder = Lbnsg.Folder(("lab.json", template), ("lab.parameters.json", """{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "contentVersion": "1.0.0.0", "parameters": { "sshPriority": { "value": 7000 } } }"""));
        var (_, unknown, _) = Lbnsg.Run("check", Path.Combine(folder.Path, "lab.json"));
        Assert.DoesNotContain("LBNSG101", unknown, System.StringComparison.Ordinal);
        Assert.Contains("LBNSG103", unknown, System.StringComparison.Ordinal); // the parameter's default is a constant

        var (_, supplied, error) = Lbnsg.Run("check", Path.Combine(folder.Path, "lab.json"), "--parameters", Path.Combine(folder.Path, "lab.parameters.json"));
        Assert.Contains("warning LBNSG101: Security rule 'ssh' has priority 7000", supplied, System.StringComparison.Ordinal);
        Assert.Contains("1 file checked", error, System.StringComparison.Ordinal); // the parameters file in the folder is not a template
    }

    [Fact]
    public void Copy_loops_stand_for_many_and_decide_nothing_by_guess()
    {
        // NSG rules made by a resource copy loop: their priorities depend on copyIndex(), so the deny-all cannot be proven to block the probe.
        string loopRule = """
                {
                  "type": "Microsoft.Network/networkSecurityGroups/securityRules",
                  "apiVersion": "2023-09-01",
                  "name": "[format('nsg-web/allow-{0}', copyIndex())]",
                  "copy": { "name": "rules", "count": 3 },
                  "properties": { "priority": "[add(100, copyIndex())]", "direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "AzureLoadBalancer", "sourcePortRange": "*", "destinationAddressPrefix": "*", "destinationPortRange": "8080" }
                },
            """;
        string template = Template(new[] { Rule("allow-clients", 150, "Allow", "10.0.0.0/16", "8080"), Rule("deny-all", 200, "Deny", "*", "*", protocol: "*") }, extraResources: loopRule);
        using var folder = Lbnsg.Folder(("loop.json", template));
        var (exit, output, error) = Lbnsg.Run("check", Path.Combine(folder.Path, "loop.json"));
        Assert.True(exit == 0, error);
        Assert.Equal(string.Empty, output);

        // Without the loop the same NSG is reported.
        using var plain = Lbnsg.Folder(("plain.json", Template(new[] { Rule("allow-clients", 150, "Allow", "10.0.0.0/16", "8080"), Rule("deny-all", 200, "Deny", "*", "*", protocol: "*") })));
        Assert.Contains("LBNSG003", Lbnsg.Run("check", plain.Path).Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_object_declared_both_inline_and_as_a_resource_is_one_object_and_not_a_fact()
    {
        // The rule 'allow-clients' again as a resource (same name, same priority): one rule, not a duplicate priority.
        string sameRule = """
                {
                  "type": "Microsoft.Network/networkSecurityGroups/securityRules",
                  "apiVersion": "2023-09-01",
                  "name": "nsg-web/allow-clients",
                  "properties": { "priority": 110, "direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "10.0.0.0/16", "sourcePortRange": "*", "destinationAddressPrefix": "*", "destinationPortRange": "8080" }
                },
            """;
        using var folder = Lbnsg.Folder(("rule.json", Template(extraResources: sameRule)));
        Assert.DoesNotContain("LBNSG102", Lbnsg.Run("check", folder.Path).Output, System.StringComparison.Ordinal);

        // The web subnet inline without an NSG, and again as a resource with one: a public backend is not proven closed.
        string subnetWithNsg = """
                {
                  "type": "Microsoft.Network/networkSecurityGroups",
                  "apiVersion": "2023-09-01",
                  "name": "nsg-other",
                  "properties": { "securityRules": [ { "name": "allow-internet", "properties": { "priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "Internet", "sourcePortRange": "*", "destinationAddressPrefix": "*", "destinationPortRange": "8080" } } ] }
                },
                {
                  "type": "Microsoft.Network/virtualNetworks/subnets",
                  "apiVersion": "2023-09-01",
                  "name": "vnet/web",
                  "properties": { "addressPrefix": "10.0.2.0/24", "networkSecurityGroup": { "id": "[resourceId('Microsoft.Network/networkSecurityGroups', 'nsg-other')]" } }
                },
            """;
        using var subnets = Lbnsg.Folder(("subnet.json", Template(webNsg: false, publicFrontend: true, extraResources: subnetWithNsg)));
        Assert.DoesNotContain("LBNSG005", Lbnsg.Run("check", subnets.Path).Output, System.StringComparison.Ordinal);
        using var only = Lbnsg.Folder(("subnet.json", Template(webNsg: false, publicFrontend: true)));
        Assert.Contains("LBNSG005", Lbnsg.Run("check", only.Path).Output, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("broken.json", "{ \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\", \"resources\": [ ", "malformed JSON")]
    [InlineData("other.json", "{ \"$schema\": \"https://json.schemastore.org/package.json\", \"name\": \"x\" }", "not an ARM template")]
    [InlineData("array.json", "[ 1, 2 ]", "not an ARM template")]
    [InlineData("broken.bicep", "resource nsg 'Microsoft.Network/networkSecurityGroups@2023-09-01' = {\n  name: \n}\n", "the Bicep CLI could not compile it")]
    public void Input_it_cannot_read_is_one_clear_error_and_exit_code_2(string name, string text, string expected)
    {
        using var folder = Lbnsg.Folder((name, text));
        var (exit, _, error) = Lbnsg.RunWithBicep("check", Path.Combine(folder.Path, name));
        Assert.Equal(2, exit);
        Assert.Contains(name + ": error: " + expected, error, System.StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_a_missing_bicep_cli_and_a_bad_option_are_errors_with_exit_code_2()
    {
        var missing = Lbnsg.Run("check", "/no/such/template.json");
        Assert.Equal(2, missing.Exit);
        Assert.Contains("/no/such/template.json: error: no such file or folder", missing.Error, System.StringComparison.Ordinal);

        using var folder = Lbnsg.Folder(("lab.bicep", "param x string\n"));
        var noBicep = Lbnsg.Run("check", Path.Combine(folder.Path, "lab.bicep"), "--bicep", "/no/bicep");
        Assert.Equal(2, noBicep.Exit);
        Assert.Contains("the Bicep CLI given by --bicep does not exist: /no/bicep", noBicep.Error, System.StringComparison.Ordinal);

        var badOption = Lbnsg.Run("check", folder.Path, "--format", "xml");
        Assert.Equal(2, badOption.Exit);
        Assert.Contains("lbnsg: error:", badOption.Error, System.StringComparison.Ordinal);

        var badSeverity = Lbnsg.Run("check", folder.Path, "--severity", "LBNSG003");
        Assert.Equal(2, badSeverity.Exit);
    }

    [Fact]
    public void Deep_and_odd_templates_never_crash()
    {
        string deep = new string('[', 300) + new string(']', 300);
        string odd = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "variables": { "a": "[variables('b')]", "b": "[variables('a')]" },
              "resources": [
                { "type": "[variables('a')]", "name": "x" },
                { "type": "Microsoft.Network/networkSecurityGroups", "name": "[concat(", "properties": { "securityRules": "[variables('a')]" } },
                { "type": "Microsoft.Network/loadBalancers", "name": "lb", "properties": { "loadBalancingRules": [ { "name": "r", "properties": { "frontendPort": "[int('x')]", "backendPort": 99999999999 } } ] } },
                { "type": "Microsoft.Network/virtualNetworks/subnets", "name": "orphan/sub", "properties": { "addressPrefix": 7 } },
                42,
                { "type": "Microsoft.Resources/deployments", "name": "linked", "properties": { "templateLink": { "uri": "https://example.invalid/t.json" } } }
              ]
            }
            """;
        using var folder = Lbnsg.Folder(("deep.json", deep), ("odd.json", odd));
        var (deepExit, _, deepError) = Lbnsg.Run("check", Path.Combine(folder.Path, "deep.json"));
        Assert.Equal(2, deepExit);
        Assert.DoesNotContain("internal error", deepError, System.StringComparison.Ordinal);
        var (oddExit, oddOutput, oddError) = Lbnsg.Run("check", Path.Combine(folder.Path, "odd.json"));
        Assert.True(oddExit == 0, oddError);
        Assert.DoesNotContain("internal error", oddError, System.StringComparison.Ordinal);
        Assert.Equal(string.Empty, oddOutput);
    }

    [Fact]
    public void Sarif_output_carries_rule_metadata_help_links_and_results()
    {
        using var folder = Lbnsg.Folder(("lab.json", Template(sku: "Basic")));
        var (exit, output, _) = Lbnsg.Run("check", folder.Path, "--format", "sarif");
        Assert.Equal(0, exit);
        var sarif = JObject.Parse(output);
        Assert.Equal("2.1.0", (string?)sarif["version"]);
        var run = sarif["runs"]![0]!;
        Assert.Equal("lbnsg", (string?)run["tool"]!["driver"]!["name"]);
        var rules = run["tool"]!["driver"]!["rules"]!.ToList();
        Assert.Contains(rules, r => (string?)r["id"] == "LBNSG003" && ((string?)r["helpUri"])!.EndsWith("docs/rules/LBNSG003.md", System.StringComparison.Ordinal));
        var result = Assert.Single(run["results"]!);
        Assert.Equal("LBNSG105", (string?)result["ruleId"]);
        Assert.Equal("warning", (string?)result["level"]);
        Assert.EndsWith("/lab.json", (string?)result["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"], System.StringComparison.Ordinal);
        Assert.True((int)result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]! > 1);
    }

    [Fact]
    public void Severities_come_from_the_command_line_and_editorconfig_and_decide_the_exit_code()
    {
        using var folder = Lbnsg.Folder(("lab.json", Template(sku: "Basic")));
        Assert.Equal(0, Lbnsg.Run("check", folder.Path).Exit);
        Assert.Equal(1, Lbnsg.Run("check", folder.Path, "--fail-on", "warning").Exit);

        var asError = Lbnsg.Run("check", folder.Path, "--severity", "LBNSG105=error");
        Assert.Equal(1, asError.Exit);
        Assert.Contains(": error LBNSG105: ", asError.Output, System.StringComparison.Ordinal);

        folder.Write(".editorconfig", "root = true\n\n[*.json]\ndotnet_diagnostic.LBNSG105.severity = none\n");
        var off = Lbnsg.Run("check", folder.Path, "--fail-on", "warning");
        Assert.Equal(0, off.Exit);
        Assert.Equal(string.Empty, off.Output);

        // The command line wins over .editorconfig.
        Assert.Contains(": error LBNSG105: ", Lbnsg.Run("check", folder.Path, "--severity", "LBNSG105=error").Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Many_files_report_progress_and_timing()
    {
        using var folder = Lbnsg.Folder(Enumerable.Range(0, 26).Select(i => ("lab" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + ".json", Template())).ToArray());
        var (exit, _, error) = Lbnsg.Run("check", folder.Path);
        Assert.Equal(0, exit);
        Assert.Contains("lbnsg: checked 25 of 26 files (", error, System.StringComparison.Ordinal);
        Assert.Matches(@"lbnsg: 26 files checked: 0 errors, 0 warnings, 0 infos \(\d+\.\d s\)", error);
    }

    [Fact]
    public void Help_and_version_are_printed()
    {
        var help = Lbnsg.Run("--help");
        Assert.Equal(0, help.Exit);
        Assert.Contains("check", help.Output, System.StringComparison.Ordinal);
        Assert.Contains("explain", help.Output, System.StringComparison.Ordinal);
        var checkHelp = Lbnsg.Run("check", "--help");
        Assert.Contains("--fail-on", checkHelp.Output, System.StringComparison.Ordinal);
        Assert.Contains("--severity", checkHelp.Output, System.StringComparison.Ordinal);
        Assert.Contains("--format", Lbnsg.Run("explain", "--help").Output, System.StringComparison.Ordinal);
        var version = Lbnsg.Run("--version");
        Assert.Equal(0, version.Exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Output.Trim());
    }
}

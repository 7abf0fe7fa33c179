using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Cli;

/// <summary>samples/SeedLab/bicep: lbnsg on the field report's lab as Bicep, and parity with the C# analyzer on the C# lab.</summary>
public class LbnsgSeedLabTests
{
    private static readonly Dictionary<string, string> BicepTwinOf = new()
    {
        ["Verification1_NoNsg"] = "verification1-no-nsg.bicep",
        ["Verification1_5_DenyAllBlocksProbes"] = "verification1_5-deny-all-blocks-probes.bicep",
        ["Verification2_OnlyAzureLoadBalancerAllowed"] = "verification2-only-azure-load-balancer-allowed.bicep",
        ["Verification3_ClientAllowedToBackendPort"] = "verification3-client-allowed-to-backend-port.bicep",
        ["Verification4_FrontendSubnetNsgIsBypassed"] = "verification4-frontend-subnet-nsg-is-bypassed.bicep",
        ["Supplement_PublicLoadBalancerWithoutNsg"] = "supplement-public-load-balancer-without-nsg.bicep",
    };

    private static string Folder => Path.Combine(AnalyzerRunner.RepositoryRoot(), "samples", "SeedLab", "bicep");

    [Fact]
    public void The_bicep_lab_reports_exactly_the_expected_findings_at_the_declarations()
    {
        var (exit, output, error) = Lbnsg.RunWithBicep("check", Folder);
        Assert.True(exit == 0, error);
        var actual = Lbnsg.Lines(output).Select(l => Path.GetFileName(l.Substring(0, l.IndexOf(": ", System.StringComparison.Ordinal)))).ToList();
        string[] expected =
        [
            "supplement-public-load-balancer-without-nsg.bicep(121,7)",
            "supplement-public-load-balancer-without-nsg.bicep(149,7)",
            "verification1_5-deny-all-blocks-probes.bicep(37,7)",
            "verification2-only-azure-load-balancer-allowed.bicep(38,1)",
            "verification4-frontend-subnet-nsg-is-bypassed.bicep(91,1)",
        ];
        Assert.Equal(expected, actual);
        Assert.Contains("6 files checked: 0 errors, 5 warnings", error, System.StringComparison.Ordinal);

        // The reported lines are the objects the findings name.
        string v15 = File.ReadAllLines(Path.Combine(Folder, "verification1_5-deny-all-blocks-probes.bicep"))[37];
        Assert.Contains("name: 'deny-all'", v15, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_checked_in_arm_json_of_the_lab_gives_the_same_findings_at_the_json_objects()
    {
        // tests/.../Cli/Templates/SeedLab: `bicep build` of samples/SeedLab/bicep (0.49.2), checked in so that JSON is tested without the Bicep CLI.
        string json = Path.Combine(AnalyzerRunner.RepositoryRoot(), "tests", "AzLbNsgAnalyzers.Tests", "Cli", "Templates", "SeedLab");
        var (exit, output, error) = Lbnsg.Run("check", json);
        Assert.True(exit == 0, error);
        var lines = Lbnsg.Lines(output);
        Assert.Equal(
            [
                "supplement-public-load-balancer-without-nsg.json(122,11) LBNSG005",
                "supplement-public-load-balancer-without-nsg.json(150,11) LBNSG005",
                "verification1_5-deny-all-blocks-probes.json(38,11) LBNSG003",
                "verification2-only-azure-load-balancer-allowed.json(42,5) LBNSG004",
                "verification4-frontend-subnet-nsg-is-bypassed.json(86,5) LBNSG001",
            ],
            lines.Select(l => Path.GetFileName(l.Substring(0, l.IndexOf(": ", System.StringComparison.Ordinal))) + " " + l.Split(": warning ")[1].Split(':')[0]).ToList());

        var bicep = Lbnsg.Lines(Lbnsg.RunWithBicep("check", Folder).Output).Select(l => l.Split(": warning ")[1]);
        Assert.Equal(bicep, lines.Select(l => l.Split(": warning ")[1]));
        Assert.Contains("\"deny-all\"", File.ReadAllLines(Path.Combine(json, "verification1_5-deny-all-blocks-probes.json"))[38], System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csharp_analyzer_and_lbnsg_report_the_same_findings_for_every_verification()
    {
        string csharpFolder = Path.Combine(AnalyzerRunner.RepositoryRoot(), "samples", "SeedLab");
        var sources = Directory.GetFiles(csharpFolder, "*.cs").OrderBy(f => f).Select(f => (f, File.ReadAllText(f))).ToArray();
        var diagnostics = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(sources));
        var csharp = diagnostics.Select(d => BicepTwinOf[Analyzers.SeedLabSampleTests.Method(d)] + ": " + d.Id + ": " + d.GetMessage()).OrderBy(s => s, System.StringComparer.Ordinal).ToList();

        var (_, output, _) = Lbnsg.RunWithBicep("check", Folder);
        var bicep = Lbnsg.Lines(output)
            .Select(l => Path.GetFileName(l.Substring(0, l.IndexOf('('))) + ": " + l.Substring(l.IndexOf(": warning ", System.StringComparison.Ordinal) + ": warning ".Length))
            .OrderBy(s => s, System.StringComparer.Ordinal)
            .ToList();

        Assert.Equal(5, csharp.Count);
        Assert.Equal(csharp, bicep);
    }

    [Fact]
    public void Explain_shows_the_path_the_probe_and_the_clients_of_verification_1_5()
    {
        var (exit, output, error) = Lbnsg.RunWithBicep("explain", Path.Combine(Folder, "verification1_5-deny-all-blocks-probes.bicep"));
        Assert.True(exit == 0, error);
        Assert.Contains("Load balancer 'lb-web' (Standard internal", output, System.StringComparison.Ordinal);
        Assert.Contains("rule httpRule -> backend web-vm1-nic", output, System.StringComparison.Ordinal);
        Assert.Contains("packet path     | client host -> backend host: backend subnet web: NSG nsg-web -> backend NIC: no NSG", output, System.StringComparison.Ordinal);
        Assert.Contains("not on the path | frontend subnet lb: no NSG", output, System.StringComparison.Ordinal);
        Assert.Contains("health probe    | DENIED: 168.63.129.16 (AzureLoadBalancer) to port 5000 by 'deny-all' (2048, nsg-web, verification1_5-deny-all-blocks-probes.bicep:37)", output, System.StringComparison.Ordinal);
        Assert.Contains("allowed       | 192.168.8.4 by 'allow-client-http' (1000, nsg-web", output, System.StringComparison.Ordinal);
        Assert.Contains("denied        | 192.168.8.0/30, 192.168.8.5-192.168.8.255 by 'deny-all'", output, System.StringComparison.Ordinal);
        Assert.Contains("warning LBNSG003", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_shows_a_correct_lab_allowed_end_to_end()
    {
        var (_, output, _) = Lbnsg.RunWithBicep("explain", Path.Combine(Folder, "verification3-client-allowed-to-backend-port.bicep"));
        Assert.Contains("health probe    | ALLOWED: 168.63.129.16 (AzureLoadBalancer) to port 5000 by 'allow-azure-load-balancer' (1024, nsg-web, verification3-client-allowed-to-backend-port.bicep:51)", output, System.StringComparison.Ordinal);
        Assert.Contains("allowed       | 192.168.8.4 by 'allow-client-to-backend-port' (900, nsg-web", output, System.StringComparison.Ordinal);
        Assert.Contains("Findings: none", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_writes_markdown_with_mermaid_and_html_with_an_svg_picture()
    {
        string file = Path.Combine(Folder, "verification1_5-deny-all-blocks-probes.bicep");
        var markdown = Lbnsg.RunWithBicep("explain", file, "--format", "markdown").Output;
        Assert.Contains("```mermaid", markdown, System.StringComparison.Ordinal);
        Assert.Contains("flowchart LR", markdown, System.StringComparison.Ordinal);
        Assert.Contains("| httpRule -> web-vm1-nic |", markdown, System.StringComparison.Ordinal);
        Assert.Contains("stroke:#cf222e", markdown, System.StringComparison.Ordinal);

        var html = Lbnsg.RunWithBicep("explain", file, "--format", "html").Output;
        Assert.StartsWith("<!DOCTYPE html>", html, System.StringComparison.Ordinal);
        var svg = html.Substring(html.IndexOf("<svg", System.StringComparison.Ordinal), html.IndexOf("</svg>", System.StringComparison.Ordinal) + 6 - html.IndexOf("<svg", System.StringComparison.Ordinal));
        var document = System.Xml.Linq.XDocument.Parse(svg); // well-formed SVG
        Assert.Contains(document.Descendants().Where(e => e.Name.LocalName == "line"), l => (string?)l.Attribute("stroke") == "#cf222e");
        Assert.Contains("probe denied by &#39;deny-all&#39;", svg, System.StringComparison.Ordinal);
        Assert.Contains(document.Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value == "denies: deny-all (2048)" && (string?)t.Attribute("fill") == "#cf222e");
        Assert.Contains(document.Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value == "allows: allow-client-http (1000)" && (string?)t.Attribute("fill") == "#1a7f37");
    }
}

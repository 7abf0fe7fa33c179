using System;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Cli;

/// <summary>lbnsg never fails with an internal error, whatever a template holds where: the reader's analogue of AD0001.</summary>
public class LbnsgRobustnessTests
{
    private static readonly JToken[] Replacements =
    {
        new JValue(42), new JValue(-1), new JValue(true), JValue.CreateNull(), new JValue(""), new JValue("[concat("), new JValue("[parameters('missing')]"),
        new JValue("[variables('x').y[3]]"), new JValue("[resourceId('a')]"), new JValue("[[literal]"), new JValue(99999999999L), new JValue(1.5),
        new JArray(), new JArray(1, "a", new JObject()), new JObject(), new JObject(new JProperty("id", 7)), new JObject(new JProperty("id", "[copyIndex()]")),
    };

    [Fact]
    public void Replacing_any_value_of_a_real_template_with_any_other_shape_never_crashes()
    {
        var lab = JObject.Parse(File.ReadAllText(Path.Combine(Infrastructure.AnalyzerRunner.RepositoryRoot(), "tests", "AzLbNsgAnalyzers.Tests", "Cli", "Templates", "SeedLab", "verification1_5-deny-all-blocks-probes.json")));
        int tokenCount = lab.DescendantsAndSelf().Count();
        var random = new Random(1405);
        using var folder = Lbnsg.Folder();
        for (int i = 0; i < 120; i++)
        {
            var mutated = (JObject)lab.DeepClone();
            for (int edits = 0; edits < 1 + (i % 4); edits++)
            {
                var tokens = mutated.DescendantsAndSelf().Where(t => t.Parent is JProperty or JArray).ToList();
                var target = tokens[random.Next(tokens.Count)];
                target.Replace(Replacements[random.Next(Replacements.Length)].DeepClone());
            }

            folder.Write("case" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture) + ".json", mutated.ToString());
        }

        var (exit, output, error) = Lbnsg.Run("check", folder.Path);
        Assert.True(tokenCount > 100);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.InRange(exit, 0, 2);
        // Cases whose $schema was replaced are not templates, and a folder scan skips them; the rest are all read.
        var match = System.Text.RegularExpressions.Regex.Match(error, @"lbnsg: (\d+) files checked");
        Assert.True(match.Success, error);
        Assert.InRange(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 100, 120);
        Assert.Contains("LBNSG003", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_truncation_of_a_bicep_file_is_a_finding_an_error_or_silence_never_a_crash()
    {
        string bicep = File.ReadAllText(Path.Combine(Infrastructure.AnalyzerRunner.RepositoryRoot(), "samples", "SeedLab", "bicep", "verification1_5-deny-all-blocks-probes.bicep"));
        // The source map reads the Bicep text itself: every prefix of it must parse without throwing.
        for (int length = 0; length <= bicep.Length; length += 7)
        {
            var syntax = AzLbNsgAnalyzers.Cli.Bicep.BicepSyntax.Parse(bicep.Substring(0, length));
            Assert.NotNull(syntax.Declarations);
        }

        var full = AzLbNsgAnalyzers.Cli.Bicep.BicepSyntax.Parse(bicep);
        Assert.Contains(full.Declarations, d => d.Symbol == "webNsg" && d.NameLiteral == "nsg-web");
    }
}

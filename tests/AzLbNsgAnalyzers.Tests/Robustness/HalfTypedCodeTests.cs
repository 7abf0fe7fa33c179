using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Robustness;

/// <summary>
/// Code as it is while being typed: every positive source cut at ~100 token boundaries, and with random tokens
/// deleted (seeded), goes through every analyzer without a single AD0001.
/// </summary>
public class HalfTypedCodeTests
{
    private const int Truncations = 100;
    private const int Deletions = 40;

    public static TheoryData<string> SourceNames()
    {
        var data = new TheoryData<string>();
        foreach (var source in RobustnessKit.PositiveSources)
        {
            data.Add(source.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SourceNames))]
    public async Task Truncated_at_token_boundaries_never_throws(string name)
    {
        var source = RobustnessKit.PositiveSources.Single(s => s.Name == name);
        var tokens = Tokens(source.Text);
        int step = Math.Max(1, tokens.Count / Truncations);
        var failures = new List<string>();
        int variants = 0;
        for (int i = step - 1; i < tokens.Count; i += step)
        {
            string text = source.Text.Substring(0, tokens[i].FullSpan.End);
            variants++;
            await Check(source, text, $"truncated after token {i} '{tokens[i].Text}' (offset {tokens[i].FullSpan.End})", failures);
        }

        Assert.True(variants >= Math.Min(Truncations, tokens.Count) - 1, "only " + variants + " truncations");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Theory]
    [MemberData(nameof(SourceNames))]
    public async Task Random_tokens_deleted_never_throws(string name)
    {
        var source = RobustnessKit.PositiveSources.Single(s => s.Name == name);
        var tokens = Tokens(source.Text);
        var random = new Random(StableHash(name));
        var failures = new List<string>();
        for (int variant = 0; variant < Deletions; variant++)
        {
            var deleted = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(tokens.Count)).Distinct().OrderByDescending(i => i).ToList();
            string text = source.Text;
            foreach (int index in deleted)
            {
                text = text.Remove(tokens[index].SpanStart, tokens[index].Span.Length);
            }

            await Check(source, text, "tokens deleted: " + string.Join(", ", deleted.Select(i => i + " '" + tokens[i].Text + "'")), failures);
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static async Task Check(RobustnessKit.Source source, string text, string what, List<string> failures)
    {
        var compilation = RobustnessKit.Compile(source.Companions.Append(("Edited.cs", text)).ToArray());
        var diagnostics = await RobustnessKit.RunAsync(compilation);
        foreach (var exception in RobustnessKit.AnalyzerExceptions(diagnostics))
        {
            failures.Add(source.Name + ", " + what + ":\n" + exception.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static List<SyntaxToken> Tokens(string text) =>
        CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToList();

    private static int StableHash(string text)
    {
        unchecked
        {
            int hash = 17;
            foreach (char c in text)
            {
                hash = hash * 31 + c;
            }

            return hash;
        }
    }
}

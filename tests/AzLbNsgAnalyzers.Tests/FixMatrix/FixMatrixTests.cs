using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace AzLbNsgAnalyzers.Tests.FixMatrix;

/// <summary>
/// The fix-shape matrix: for every rule with a fix, each code style people write is a case file under
/// FixMatrix/Cases. The analyzer must report exactly the header's diagnostics; where a fix is expected,
/// every offered fix must compile, resolve its diagnostic and introduce none; where none is expected
/// (the header says why), none may be offered.
/// </summary>
public class FixMatrixTests
{
    private readonly ITestOutputHelper _output;

    public FixMatrixTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var matrixCase in FixMatrixCase.All())
        {
            data.Add(matrixCase.Name);
        }

        return data;
    }

    private static FixMatrixCase Case(string name) => FixMatrixCase.Load(System.IO.Path.Combine(FixMatrixCase.CasesDirectory, name + ".cs"));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Case_reports_its_diagnostics_and_its_fixes_work(string name)
    {
        var matrixCase = Case(name);
        var (findings, outcomes) = await FixMatrixRunner.RunOnceAsync(matrixCase);
        foreach (var finding in findings)
        {
            _output.WriteLine(finding.ToString());
        }

        Assert.Equal(string.Join(" ", matrixCase.Diagnostics), string.Join(" ", findings.Select(f => f.Id).OrderBy(i => i, StringComparer.Ordinal)));
        var own = outcomes.Where(o => o.Id == matrixCase.Rule).ToList();
        Assert.NotEmpty(own);
        foreach (var outcome in own)
        {
            _output.WriteLine(outcome.ToString());
            if (matrixCase.ExpectFix)
            {
                Assert.True(outcome.Offered > 0, name + ": no fix offered for " + outcome.Id + " at " + outcome.Where);
                Assert.True(outcome.Fixed, name + ": " + outcome.Detail);
            }
            else
            {
                Assert.True(outcome.Offered == 0, name + ": a fix was offered although the case says: " + matrixCase.Reason);
            }
        }

        Assert.Empty(await FixMatrixRunner.FixAllProblemsAsync(matrixCase));
    }

    [Fact]
    public async Task At_least_nine_in_ten_fixable_diagnostics_get_a_working_fix()
    {
        var rows = new List<FixMatrixOutcome>();
        foreach (var matrixCase in FixMatrixCase.All())
        {
            var (_, outcomes) = await FixMatrixRunner.RunOnceAsync(matrixCase);
            rows.AddRange(outcomes.Where(o => o.Id == matrixCase.Rule));
        }

        var table = new StringBuilder();
        table.AppendLine("| rule | shape | case | diagnostics | offered | compiled | resolved, none new |");
        table.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var group in rows.GroupBy(r => r.Case).OrderBy(g => g.Key.Rule, StringComparer.Ordinal).ThenBy(g => g.Key.Shape, StringComparer.Ordinal))
        {
            int count = group.Count();
            int offered = group.Count(r => r.Offered > 0);
            int compiled = group.Count(r => r.Offered > 0 && r.Compiled);
            int resolved = group.Count(r => r.Fixed);
            table.AppendLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1} | {2} | {3} | {4} | {5} | {6} |", group.Key.Rule, group.Key.Shape, group.Key.Name, count, offered, compiled, resolved)
                + (group.Key.ExpectFix ? string.Empty : " no fix: " + group.Key.Reason));
        }

        // Every diagnostic of a rule that has a fix counts, the shapes where the fix is deliberately withheld too: the
        // per-case test already holds each expected fix to working, so the ratio measures how much of the matrix is covered.
        int total = rows.Count;
        int fixedCount = rows.Count(r => r.Fixed);
        int withheld = rows.Count(r => !r.Case.ExpectFix);
        table.AppendLine(string.Format(CultureInfo.InvariantCulture, "fixed {0} of {1} diagnostics of rules with a fix ({2:P0}); {3} in shapes where no fix is safe (documented on the rule pages)", fixedCount, total, total == 0 ? 0 : (double)fixedCount / total, withheld));
        _output.WriteLine(table.ToString());
        Assert.True(total > 0);
        Assert.True(fixedCount * 10 >= total * 9, table.ToString());
    }
}

/// <summary>What particular fixes write, beyond compiling and resolving (the matrix cannot see a value lost on the way).</summary>
public class FixMatrixOutputTests
{
    [Fact]
    public async Task A_moved_rule_keeps_the_priority_set_after_construction()
    {
        var matrixCase = FixMatrixCase.Load(System.IO.Path.Combine(FixMatrixCase.CasesDirectory, "LBNSG001_StatementsAfterConstruction.cs"));
        var document = FixMatrixRunner.CreateDocument(matrixCase.Text);
        var (_, findings) = await FixMatrixRunner.AnalyzeAsync(document);
        var diagnostic = Assert.Single(findings, f => f.Id == "LBNSG001");
        var action = Assert.Single(await FixMatrixRunner.OfferedAsync(document, diagnostic));
        string text = (await (await FixMatrixRunner.ApplyAsync(document, action)).GetTextAsync()).ToString();

        // The rule's priority (1000, taken in nsg-web, so the next free 1001) travels into the moved initializer.
        Assert.DoesNotContain("denyTestClientHttp.Priority", text);
        Assert.DoesNotContain("lbNsg.SecurityRules.Add", text);
        int moved = text.IndexOf("infra.Add(new SecurityRule(\"denyTestClientHttp\")", StringComparison.Ordinal);
        Assert.True(moved >= 0, text);
        string movedRule = text.Substring(moved, text.IndexOf("});", moved, StringComparison.Ordinal) - moved);
        Assert.Contains("Priority = 1001", movedRule);
        Assert.Contains("DestinationPortRange = \"5000\"", movedRule);
        Assert.Contains("Parent = webNsg", movedRule);
    }
}

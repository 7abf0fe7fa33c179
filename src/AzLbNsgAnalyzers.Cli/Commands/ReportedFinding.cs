using System.Collections.Generic;
using AzLbNsgAnalyzers.Model;
using AzLbNsgAnalyzers.Rules;

namespace AzLbNsgAnalyzers.Cli.Commands;

/// <summary>A finding as lbnsg reports it: its message, its level for its file, and its places.</summary>
internal sealed class ReportedFinding
{
    public ReportedFinding(Finding finding, RuleEntry entry, ReportLevel level)
    {
        Finding = finding;
        Entry = entry;
        Level = level;
        Message = entry.Format(finding);
        Place = finding.Primary.ReportPlace;
        var additional = new List<SourcePlace>();
        foreach (var origin in finding.Additional)
        {
            if (origin.Place is TextPlace { Path.Length: > 0 } place)
            {
                additional.Add(place);
            }
        }

        Additional = additional;
    }

    public Finding Finding { get; }

    public RuleEntry Entry { get; }

    public ReportLevel Level { get; }

    public string Message { get; }

    public SourcePlace Place { get; }

    public IReadOnlyList<SourcePlace> Additional { get; }

    public int Line => Place is TextPlace text ? text.Line : 1;

    public int Column => Place is TextPlace text ? text.Column : 1;

    public string LevelText => Level switch
    {
        ReportLevel.Error => "error",
        ReportLevel.Warning => "warning",
        ReportLevel.Info => "info",
        _ => "hidden",
    };

    /// <summary>The compiler's format: path(line,col): warning LBNSG003: message.</summary>
    public override string ToString() => Place.Path + "(" + Line + "," + Column + "): " + LevelText + " " + Entry.Id + ": " + Message;
}

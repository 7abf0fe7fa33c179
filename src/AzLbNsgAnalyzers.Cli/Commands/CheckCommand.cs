using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using AzLbNsgAnalyzers.Cli.Bicep;
using AzLbNsgAnalyzers.Cli.Templates;
using AzLbNsgAnalyzers.Rules;
using Newtonsoft.Json.Linq;

namespace AzLbNsgAnalyzers.Cli.Commands;

/// <summary>lbnsg check: the analyzer's findings on templates, in the compiler's format or SARIF, with an exit code for CI.</summary>
internal sealed class CheckCommand
{
    public const int ProgressEvery = 25;

    public string Format { get; init; } = "text";

    public ReportLevel FailOn { get; init; } = ReportLevel.Error;

    public Dictionary<string, ReportLevel> SeverityOverrides { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public string? BicepPath { get; init; }

    public string? ParametersFile { get; init; }

    public int Run(IReadOnlyList<string> paths, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        var errors = new List<InputException>();
        var files = Inputs.Expand(paths, errors);
        var severities = new Severities(SeverityOverrides);
        var compiler = new BicepCompiler(BicepPath);
        Dictionary<string, JToken>? parameters = null;
        if (ParametersFile is not null)
        {
            try
            {
                parameters = TemplateAnalysis.ReadParametersFile(ParametersFile);
            }
            catch (InputException e)
            {
                errors.Add(e);
            }
        }

        // Files are read in parallel (a Bicep build takes seconds); results are reported in input order.
        var results = new (List<ReportedFinding>? Findings, InputException? Error)[files.Count];
        int done = 0;
        var progressLock = new object();
        System.Threading.Tasks.Parallel.For(0, files.Count, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            try
            {
                results[i] = (Report(TemplateAnalysis.Load(files[i], compiler, parameters), severities), null);
            }
            catch (InputException e)
            {
                results[i] = (null, e);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The tool's own failure on one file: named, without a stack trace, and the other files are still checked.
                results[i] = (null, new InputException(files[i], "internal error: " + e.GetType().Name + ": " + e.Message + " (please report it with this file)"));
            }

            int count = System.Threading.Interlocked.Increment(ref done);
            if (files.Count >= ProgressEvery && count % ProgressEvery == 0 && count < files.Count)
            {
                lock (progressLock)
                {
                    error.WriteLine("lbnsg: checked " + count + " of " + files.Count + " files (" + Seconds(clock) + ")");
                }
            }
        });

        var reported = new List<ReportedFinding>();
        var seen = new HashSet<(string, string, int, string)>();
        foreach (var (findings, failure) in results)
        {
            if (failure is not null)
            {
                errors.Add(failure);
                continue;
            }

            foreach (var result in findings!)
            {
                // A Bicep module is also checked as part of each file that uses it: report it once.
                if (result.Level != ReportLevel.Hidden && seen.Add((result.Entry.Id, result.Place.Path, result.Place.Start, result.Message)))
                {
                    reported.Add(result);
                }
            }
        }

        reported.Sort((a, b) => string.CompareOrdinal(a.Place.Path, b.Place.Path) is int byPath && byPath != 0 ? byPath : a.Place.Start.CompareTo(b.Place.Start));
        if (Format == "sarif")
        {
            SarifWriter.Write(output, reported, Program.Version);
        }
        else
        {
            foreach (var finding in reported)
            {
                output.WriteLine(finding);
            }
        }

        foreach (var e in errors)
        {
            error.WriteLine(e.Path + ": error: " + e.Message);
        }

        int warnings = reported.Count(r => r.Level == ReportLevel.Warning);
        int errorCount = reported.Count(r => r.Level == ReportLevel.Error);
        error.WriteLine("lbnsg: " + files.Count + (files.Count == 1 ? " file" : " files") + " checked: " + errorCount + " errors, " + warnings + " warnings, "
            + reported.Count(r => r.Level == ReportLevel.Info) + " infos" + (errors.Count > 0 ? ", " + errors.Count + " files not read" : string.Empty) + " (" + Seconds(clock) + ")");

        if (errors.Count > 0)
        {
            return 2;
        }

        return reported.Any(r => r.Level >= FailOn && r.Level >= ReportLevel.Warning) ? 1 : 0;
    }

    /// <summary>The findings of one file at their configured levels (none turned off).</summary>
    public static List<ReportedFinding> Report(TemplateAnalysis analysis, Severities severities)
    {
        var results = new List<ReportedFinding>();
        foreach (var finding in analysis.Findings(id => severities.For(id, analysis.Path) != ReportLevel.None))
        {
            var entry = RuleCatalog.For(finding);
            string place = finding.Primary.ReportPlace.Path;
            var level = severities.For(entry.Id, place.Length > 0 ? place : analysis.Path);
            if (level != ReportLevel.None)
            {
                results.Add(new ReportedFinding(finding, entry, level));
            }
        }

        results.Sort((a, b) => string.CompareOrdinal(a.Place.Path, b.Place.Path) is int byPath && byPath != 0 ? byPath : a.Place.Start.CompareTo(b.Place.Start));
        return results;
    }

    private static string Seconds(Stopwatch clock) => clock.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s";
}

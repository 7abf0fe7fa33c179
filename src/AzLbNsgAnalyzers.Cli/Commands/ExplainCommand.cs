using System;
using System.Collections.Generic;
using System.IO;
using AzLbNsgAnalyzers.Cli.Bicep;
using AzLbNsgAnalyzers.Cli.Explain;
using AzLbNsgAnalyzers.Cli.Templates;

namespace AzLbNsgAnalyzers.Cli.Commands;

/// <summary>lbnsg explain: per load balancer, rule and backend, the packet path and the deciding NSG rules.</summary>
internal sealed class ExplainCommand
{
    public string Format { get; init; } = "text";

    public string? BicepPath { get; init; }

    public string? ParametersFile { get; init; }

    public int Run(string path, TextWriter output, TextWriter error)
    {
        try
        {
            var parameters = ParametersFile is null ? null : TemplateAnalysis.ReadParametersFile(ParametersFile);
            var analysis = TemplateAnalysis.Load(path, new BicepCompiler(BicepPath), parameters);
            // Severities as .editorconfig sets them (explain has no --severity).
            var findings = CheckCommand.Report(analysis, new Severities(new Dictionary<string, ReportLevel>()));
            var explanation = Explanation.Of(analysis, findings.FindAll(f => f.Level != ReportLevel.Hidden));
            switch (Format)
            {
                case "markdown":
                    ExplanationWriters.WriteMarkdown(output, explanation);
                    break;
                case "html":
                    ExplanationWriters.WriteHtml(output, explanation);
                    break;
                default:
                    ExplanationWriters.WriteText(output, explanation);
                    break;
            }

            return 0;
        }
        catch (InputException e)
        {
            error.WriteLine(e.Path + ": error: " + e.Message);
            return 2;
        }
    }
}

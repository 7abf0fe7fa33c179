using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using AzLbNsgAnalyzers.Cli.Commands;

namespace AzLbNsgAnalyzers.Cli;

/// <summary>lbnsg: the Azure Load Balancer / NSG engine on ARM templates and Bicep files.</summary>
public static class Program
{
    public static string Version { get; } =
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs a command line; exit codes: 0 clean, 1 findings at the --fail-on level, 2 input the tool cannot read or a bad command line.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("lbnsg: finds Azure Load Balancer and NSG mistakes in ARM templates and Bicep files (the AzLbNsgAnalyzers engine and rule IDs), and explains why load-balanced traffic does or does not arrive.");

        var paths = new Argument<string[]>("paths") { Description = "ARM template (.json) or Bicep (.bicep) files, or folders to search for them", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format: text (the compiler's format) or sarif (SARIF 2.1.0)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "sarif");
        var severity = new Option<string[]>("--severity") { Description = "A rule's severity, e.g. LBNSG106=warning (error, warning, info, hidden, none); repeatable; overrides .editorconfig", AllowMultipleArgumentsPerToken = false };
        var failOn = new Option<string>("--fail-on") { Description = "Exit with code 1 when a finding of this level or higher is reported: warning or error", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("warning", "error");
        var bicep = new Option<string?>("--bicep") { Description = "Path of the Bicep CLI executable (default: LBNSG_BICEP, then bicep on PATH, then ~/.azure/bin/bicep)" };
        var parameters = new Option<string?>("--parameters") { Description = "An ARM parameters file (as az deployment takes it) whose values replace the templates' defaults" };

        var check = new Command("check", "Report the findings, one line per finding: path(line,col): warning LBNSG003: message") { paths, format, severity, failOn, bicep, parameters };
        check.SetAction(parse =>
        {
            var overrides = new Dictionary<string, ReportLevel>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in parse.GetValue(severity) ?? Array.Empty<string>())
            {
                int equals = item.IndexOf('=');
                if (equals <= 0 || Severities.ParseLevel(item.Substring(equals + 1)) is not { } level)
                {
                    error.WriteLine("lbnsg: error: --severity takes ID=level (error, warning, info, hidden, none), not '" + item + "'");
                    return 2;
                }

                overrides[item.Substring(0, equals).Trim()] = level;
            }

            var command = new CheckCommand
            {
                Format = parse.GetValue(format) ?? "text",
                FailOn = parse.GetValue(failOn) == "warning" ? ReportLevel.Warning : ReportLevel.Error,
                SeverityOverrides = overrides,
                BicepPath = parse.GetValue(bicep),
                ParametersFile = parse.GetValue(parameters),
            };
            return command.Run(parse.GetValue(paths) ?? Array.Empty<string>(), output, error);
        });
        root.Subcommands.Add(check);

        var file = new Argument<string>("file") { Description = "An ARM template (.json) or a Bicep (.bicep) file" };
        var explainFormat = new Option<string>("--format") { Description = "Output format: text (a table per backend), markdown (with a Mermaid diagram) or html (with an SVG picture)", DefaultValueFactory = _ => "text" };
        explainFormat.AcceptOnlyFromAmong("text", "markdown", "html");
        var explainBicep = new Option<string?>("--bicep") { Description = bicep.Description };
        var explainParameters = new Option<string?>("--parameters") { Description = parameters.Description };
        var explain = new Command("explain", "For each load balancer, load-balancing rule and backend: the NSGs on the packet path, the health probe's verdict and the clients' verdict, each with the deciding rule") { file, explainFormat, explainBicep, explainParameters };
        explain.SetAction(parse => new ExplainCommand
        {
            Format = parse.GetValue(explainFormat) ?? "text",
            BicepPath = parse.GetValue(explainBicep),
            ParametersFile = parse.GetValue(explainParameters),
        }.Run(parse.GetValue(file)!, output, error));
        root.Subcommands.Add(explain);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine("lbnsg: error: " + parseError.Message);
            }

            error.WriteLine("Run 'lbnsg --help' for the commands and options.");
            return 2;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never a stack trace: the tool's own failure is reported as one line, with what to send.
            error.WriteLine("lbnsg: internal error: " + e.GetType().Name + ": " + e.Message + " (please report it with the input file)");
            return 2;
        }
    }
}

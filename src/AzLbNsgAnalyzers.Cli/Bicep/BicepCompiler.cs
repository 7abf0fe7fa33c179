using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using AzLbNsgAnalyzers.Cli.Templates;

namespace AzLbNsgAnalyzers.Cli.Bicep;

/// <summary>Compiles a .bicep file to its ARM template with the Bicep CLI (<c>bicep build --stdout</c>).</summary>
internal sealed class BicepCompiler
{
    private readonly string? _explicitPath;
    private string? _resolved;

    public BicepCompiler(string? explicitPath) => _explicitPath = explicitPath;

    /// <summary>The Bicep CLI: --bicep, else LBNSG_BICEP, else `bicep` on PATH, else the Azure CLI's copy (~/.azure/bin).</summary>
    public string Resolve(string forFile)
    {
        if (_resolved is not null)
        {
            return _resolved;
        }

        if (_explicitPath is not null)
        {
            return _resolved = File.Exists(_explicitPath)
                ? _explicitPath
                : throw new InputException(forFile, "the Bicep CLI given by --bicep does not exist: " + _explicitPath);
        }

        var candidates = new[] { Environment.GetEnvironmentVariable("LBNSG_BICEP") }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Where(d => d.Length > 0)
                .SelectMany(d => new[] { Path.Combine(d, "bicep"), Path.Combine(d, "bicep.exe") }))
            .Append(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".azure", "bin", OperatingSystem.IsWindows() ? "bicep.exe" : "bicep"));
        foreach (var candidate in candidates)
        {
            if (!string.IsNullOrEmpty(candidate) && File.Exists(candidate))
            {
                return _resolved = candidate!;
            }
        }

        throw new InputException(forFile, "a .bicep file needs the Bicep CLI, and none was found: install it (az bicep install, or https://aka.ms/bicep-install), put `bicep` on PATH, or pass --bicep <path to the bicep executable>");
    }

    public string Compile(string path)
    {
        string bicep = Resolve(path);
        var start = new ProcessStartInfo(bicep)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("build");
        start.ArgumentList.Add(path);
        start.ArgumentList.Add("--stdout");
        try
        {
            using var process = Process.Start(start) ?? throw new InputException(path, "could not start the Bicep CLI " + bicep);
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var errors = stderr.Result.Split('\n').Where(l => l.Contains(": Error ", StringComparison.Ordinal) || l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(5).ToList();
                throw new InputException(path, "the Bicep CLI could not compile it (exit code " + process.ExitCode + "):" + Environment.NewLine + string.Join(Environment.NewLine, errors.Count > 0 ? errors : stderr.Result.Split('\n').Take(5)).TrimEnd());
            }

            return stdout;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InputException(path, "could not run the Bicep CLI " + bicep + ": " + e.Message);
        }
    }
}

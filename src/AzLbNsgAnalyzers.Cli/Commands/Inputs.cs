using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AzLbNsgAnalyzers.Cli.Templates;

namespace AzLbNsgAnalyzers.Cli.Commands;

/// <summary>The files a command reads: the files given, and in folders every .bicep file and every .json deployment template.</summary>
internal static class Inputs
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", ".git", ".vs" };

    public static List<string> Expand(IEnumerable<string> arguments, List<InputException> errors)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                files.AddRange(Scan(argument, errors));
            }
            else if (File.Exists(argument))
            {
                files.Add(argument);
            }
            else
            {
                errors.Add(new InputException(argument, "no such file or folder"));
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> Scan(string folder, List<InputException> errors)
    {
        var found = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            string current = pending.Pop();
            string[] entries;
            string[] folders;
            try
            {
                entries = Directory.GetFiles(current);
                folders = Directory.GetDirectories(current);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new InputException(current, e.Message));
                continue;
            }

            foreach (var file in entries.OrderBy(f => f, StringComparer.Ordinal))
            {
                if (file.EndsWith(".bicep", StringComparison.OrdinalIgnoreCase) || (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && IsTemplateFile(file, errors)))
                {
                    found.Add(file);
                }
            }

            foreach (var sub in folders.OrderByDescending(f => f, StringComparer.Ordinal))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(sub)))
                {
                    pending.Push(sub);
                }
            }
        }

        return found;
    }

    // Other JSON in a folder (parameters files, configuration) is not checked; a template that does not parse is an error.
    private static bool IsTemplateFile(string file, List<InputException> errors)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new InputException(file, e.Message));
            return false;
        }

        try
        {
            return TemplateLoader.IsTemplate(TemplateLoader.Parse(file, text));
        }
        catch (InputException e)
        {
            if (text.IndexOf("deploymentTemplate.json", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                errors.Add(e);
            }

            return false;
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using AzLbNsgAnalyzers.Rules;

namespace AzLbNsgAnalyzers.Cli.Commands;

/// <summary>How a finding is reported: the compiler's levels, plus None (not reported).</summary>
internal enum ReportLevel
{
    None,
    Hidden,
    Info,
    Warning,
    Error,
}

/// <summary>
/// The severity of each rule for a file: the catalog's default, then .editorconfig files from the file's folder
/// upwards (dotnet_diagnostic.ID.severity, as the compiler reads them), then --severity ID=level.
/// </summary>
internal sealed class Severities
{
    private readonly Dictionary<string, ReportLevel> _commandLine;
    // Files are checked in parallel.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<EditorConfigFile>> _configsByFolder = new(StringComparer.Ordinal);

    public Severities(Dictionary<string, ReportLevel> commandLine) => _commandLine = commandLine;

    public static ReportLevel? ParseLevel(string text) => text.Trim().ToLowerInvariant() switch
    {
        "error" => ReportLevel.Error,
        "warning" => ReportLevel.Warning,
        "suggestion" or "info" => ReportLevel.Info,
        "silent" or "hidden" => ReportLevel.Hidden,
        "none" => ReportLevel.None,
        _ => null,
    };

    public static ReportLevel FromCatalog(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => ReportLevel.Error,
        RuleSeverity.Warning => ReportLevel.Warning,
        RuleSeverity.Info => ReportLevel.Info,
        _ => ReportLevel.Hidden,
    };

    public ReportLevel For(string ruleId, string file)
    {
        if (_commandLine.TryGetValue(ruleId, out var level))
        {
            return level;
        }

        var entry = RuleCatalog.All.Length > 0 ? FirstEntry(ruleId) : null;
        var result = entry is null ? ReportLevel.Warning : FromCatalog(entry.DefaultSeverity);
        string full = Path.GetFullPath(file);

        // Farther files first, so that closer ones override them; within a file, later sections win.
        var configs = ConfigsFor(Path.GetDirectoryName(full) ?? full);
        for (int i = configs.Count - 1; i >= 0; i--)
        {
            if (configs[i].Severity(ruleId, full) is { } configured)
            {
                result = configured;
            }
        }

        return result;
    }

    private static RuleEntry? FirstEntry(string id)
    {
        foreach (var entry in RuleCatalog.All)
        {
            if (entry.Id == id)
            {
                return entry;
            }
        }

        return null;
    }

    // Closest first, up to the first root = true.
    private List<EditorConfigFile> ConfigsFor(string folder)
    {
        if (_configsByFolder.TryGetValue(folder, out var cached))
        {
            return cached;
        }

        var list = new List<EditorConfigFile>();
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            string path = Path.Combine(directory.FullName, ".editorconfig");
            if (File.Exists(path))
            {
                var config = EditorConfigFile.Read(path);
                list.Add(config);
                if (config.IsRoot)
                {
                    break;
                }
            }
        }

        _configsByFolder[folder] = list;
        return list;
    }

    /// <summary>An .editorconfig file: its sections' globs and the LBNSG severities they set.</summary>
    private sealed class EditorConfigFile
    {
        private readonly string _folder;
        private readonly List<(Regex Glob, Dictionary<string, ReportLevel> Levels)> _sections = new();

        private EditorConfigFile(string folder) => _folder = folder;

        public bool IsRoot { get; private set; }

        public static EditorConfigFile Read(string path)
        {
            var config = new EditorConfigFile(Path.GetDirectoryName(path)!);
            Dictionary<string, ReportLevel>? current = null;
            string[] lines;
            try
            {
                lines = File.ReadAllLines(path);
            }
            catch (IOException)
            {
                return config;
            }

            foreach (var raw in lines)
            {
                string line = raw.Trim();
                if (line.Length == 0 || line[0] is '#' or ';')
                {
                    continue;
                }

                if (line[0] == '[' && line[line.Length - 1] == ']')
                {
                    current = new Dictionary<string, ReportLevel>(StringComparer.OrdinalIgnoreCase);
                    config._sections.Add((GlobToRegex(line.Substring(1, line.Length - 2)), current));
                    continue;
                }

                int equals = line.IndexOf('=');
                if (equals < 0)
                {
                    continue;
                }

                string key = line.Substring(0, equals).Trim();
                string value = line.Substring(equals + 1).Trim();
                if (current is null)
                {
                    config.IsRoot |= key.Equals("root", StringComparison.OrdinalIgnoreCase) && value.Equals("true", StringComparison.OrdinalIgnoreCase);
                    continue;
                }

                const string Prefix = "dotnet_diagnostic.";
                const string Suffix = ".severity";
                if (key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) && ParseLevel(value) is { } level)
                {
                    current[key.Substring(Prefix.Length, key.Length - Prefix.Length - Suffix.Length)] = level;
                }
            }

            return config;
        }

        public ReportLevel? Severity(string ruleId, string fullPath)
        {
            string relative = Path.GetRelativePath(_folder, fullPath).Replace('\\', '/');
            ReportLevel? result = null;
            foreach (var (glob, levels) in _sections)
            {
                if (levels.TryGetValue(ruleId, out var level) && glob.IsMatch(relative))
                {
                    result = level;
                }
            }

            return result;
        }

        // EditorConfig globs: * (not /), ** (anything), ?, {a,b}, [abc]; a glob without '/' matches the file name anywhere.
        private static Regex GlobToRegex(string glob)
        {
            var pattern = new System.Text.StringBuilder("^");
            if (!glob.Contains('/'))
            {
                pattern.Append("(.*/)?");
            }
            else if (glob.StartsWith('/'))
            {
                glob = glob.Substring(1);
            }

            for (int i = 0; i < glob.Length; i++)
            {
                char c = glob[i];
                switch (c)
                {
                    case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                        pattern.Append(".*");
                        i++;
                        break;
                    case '*':
                        pattern.Append("[^/]*");
                        break;
                    case '?':
                        pattern.Append("[^/]");
                        break;
                    case '{':
                        pattern.Append("(?:");
                        break;
                    case '}':
                        pattern.Append(')');
                        break;
                    case ',':
                        pattern.Append('|');
                        break;
                    case '[':
                        pattern.Append('[');
                        break;
                    case ']':
                        pattern.Append(']');
                        break;
                    default:
                        pattern.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            pattern.Append('$');
            try
            {
                return new Regex(pattern.ToString(), RegexOptions.CultureInvariant);
            }
            catch (ArgumentException)
            {
                return new Regex("(?!)");
            }
        }
    }
}

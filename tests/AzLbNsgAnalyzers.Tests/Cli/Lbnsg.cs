using System;
using System.IO;
using System.Linq;
using System.Reflection;
using AzLbNsgAnalyzers.Cli;

namespace AzLbNsgAnalyzers.Tests.Cli;

/// <summary>Runs lbnsg in-process, with the Bicep CLI restored by the test project, and captures what it prints.</summary>
internal static class Lbnsg
{
    public static string BicepCli { get; } =
        typeof(Lbnsg).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCli").Value!;

    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs a command with --bicep pointing at the restored Bicep CLI.</summary>
    public static (int Exit, string Output, string Error) RunWithBicep(params string[] args) =>
        Run(args.Concat(new[] { "--bicep", BicepCli }).ToArray());

    /// <summary>A temporary folder with the given files, deleted when disposed.</summary>
    public static TempFolder Folder(params (string Name, string Text)[] files)
    {
        var folder = new TempFolder();
        foreach (var (name, text) in files)
        {
            folder.Write(name, text);
        }

        return folder;
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lbnsg-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string text)
    {
        string file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

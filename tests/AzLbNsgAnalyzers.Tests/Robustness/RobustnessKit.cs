using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.Tests.Extraction;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using AzLbNsgAnalyzers.Tests.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AzLbNsgAnalyzers.Tests.Robustness;

/// <summary>Sources, compilation and assertions shared by the robustness tests.</summary>
internal static class RobustnessKit
{
    /// <summary>Generous: the tests assert that analysis completes, not how fast.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    // Derived compilations share the base's reference manager: binding the references once keeps hundreds of runs cheap.
    private static readonly CSharpCompilation Base = AnalyzerRunner.Compile();

    public static CSharpCompilation Compile(params (string Path, string Text)[] sources) =>
        Base.AddSyntaxTrees(sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path)));

    /// <summary>A positive source and the files it needs compiled alongside (unchanged) to bind.</summary>
    public sealed record Source(string Name, string Text, (string Path, string Text)[] Companions)
    {
        public override string ToString() => Name;
    }

    /// <summary>Every sample file and the positive test sources reachable from code.</summary>
    public static IReadOnlyList<Source> PositiveSources { get; } = CreatePositiveSources();

    private static IReadOnlyList<Source> CreatePositiveSources()
    {
        var list = new List<Source>();
        string folder = Path.Combine(AnalyzerRunner.RepositoryRoot(), "samples", "SeedLab");
        string helperPath = Path.Combine(folder, "SeedLabScenarios.cs");
        var helper = (helperPath, File.ReadAllText(helperPath));
        foreach (var file in Directory.GetFiles(folder, "*.cs").OrderBy(f => f, StringComparer.Ordinal))
        {
            bool isHelper = string.Equals(file, helperPath, StringComparison.Ordinal);
            list.Add(new Source("samples/SeedLab/" + Path.GetFileName(file), File.ReadAllText(file), isHelper ? Array.Empty<(string, string)>() : new[] { helper }));
        }

        list.Add(new Source("SeedLabSources.InlineStyle", SeedLabSources.InlineStyle, Array.Empty<(string, string)>()));
        list.Add(new Source("SeedLabSources.ParentLinkedStyle", SeedLabSources.ParentLinkedStyle, Array.Empty<(string, string)>()));
        list.Add(new Source("SeedLabSources.HelperStyle", SeedLabSources.HelperStyle, Array.Empty<(string, string)>()));

        string allowClient = LBNSG003Tests.Rule("allowClient", "allow-client-5000", 1000, "Allow", "192.168.8.4", "5000", "Tcp");
        string denyAll = LBNSG003Tests.Rule("denyAll", "deny-all", 2048, "Deny", "*", "*");
        list.Add(new Source("LBNSG003.Lab(deny-all without AzureLoadBalancer allow)", LBNSG003Tests.Lab(allowClient + ", " + denyAll), Array.Empty<(string, string)>()));
        list.Add(new Source("LBNSG003.Lab(deny of the probe port, parameter priority)", LBNSG003Tests.Lab(LBNSG003Tests.Rule("denyHttp", "deny-5000", 300, "Deny", "*", "5000", "Tcp").Replace("Priority = 300", "Priority = priority"), parameters: "int priority"), Array.Empty<(string, string)>()));
        list.Add(new Source(
            "LBNSG003.Lab(deny on the NIC NSG)",
            LBNSG003Tests.Lab(string.Empty, extra: """
                var nicNsg = new NetworkSecurityGroup("nicNsg") { Name = "nsg-vm3" };
                infra.Add(new SecurityRule("nicDeny") { Parent = nicNsg, Name = "deny-in", Priority = 150, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = "*", SourcePortRange = "*", DestinationAddressPrefix = "*", DestinationPortRange = "4000-6000" });
                var nic3 = new NetworkInterface("vm3Nic") { Name = "web-vm3", NetworkSecurityGroup = nicNsg };
                nic3.IPConfigurations.Add(new NetworkInterfaceIPConfiguration("vm3Ip") { Subnet = { Id = web.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool("vm3PoolRef") { Id = pool.Id } } });
                infra.Add(nicNsg);
                infra.Add(nic3);
                """),
            Array.Empty<(string, string)>()));
        return list;
    }

    /// <summary>Runs every analyzer under the timeout; returns the analyzer diagnostics (AD0001 included).</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, bool concurrent = true)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        return await AnalyzerRunner.RunAsync(compilation, concurrent, timeout.Token).ConfigureAwait(false);
    }

    public static IEnumerable<Diagnostic> AnalyzerExceptions(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Id == "AD0001");

    /// <summary>What must not differ between runs: ID, location, message, additional locations.</summary>
    public static string Signature(Diagnostic diagnostic) =>
        diagnostic.Id + " " + Where(diagnostic.Location) + " " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)
        + " [" + string.Join("; ", diagnostic.AdditionalLocations.Select(Where)) + "]";

    public static ImmutableArray<string> Signatures(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Select(Signature).OrderBy(s => s, StringComparer.Ordinal).ToImmutableArray();

    private static string Where(Location location) =>
        location.IsInSource ? Path.GetFileName(location.SourceTree!.FilePath) + location.GetLineSpan().Span + "@" + location.SourceSpan : location.Kind.ToString();
}

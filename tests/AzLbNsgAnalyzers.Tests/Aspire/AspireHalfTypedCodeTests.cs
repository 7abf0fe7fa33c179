using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static AzLbNsgAnalyzers.Tests.Aspire.AspireKit;

namespace AzLbNsgAnalyzers.Tests.Aspire;

/// <summary>AppHosts as they are while being typed: cut at token boundaries and with tokens deleted, never an AD0001.</summary>
public class AspireHalfTypedCodeTests
{
    private const int Truncations = 80;
    private const int Deletions = 30;

    // Derived compilations share the base's reference manager: the references are bound once for every variant.
    private static readonly CSharpCompilation TopLevelBase = TestReferences.CompileAspire(string.Empty, topLevel: true).RemoveAllSyntaxTrees();
    private static readonly CSharpCompilation LibraryBase = TestReferences.CompileAspire(string.Empty).RemoveAllSyntaxTrees();

    private static readonly Dictionary<string, (string Text, bool TopLevel)> Sources = new()
    {
        ["playground"] = (AppHost("""
            var vnet = builder.AddAzureVirtualNetwork("vnet");
            var apps = vnet.AddSubnet("container-apps", "10.0.0.0/23")
                .AllowInbound(port: "443", from: AzureServiceTags.AzureLoadBalancer, protocol: SecurityRuleProtocol.Tcp)
                .DenyInbound(from: AzureServiceTags.VirtualNetwork)
                .DenyInbound(from: AzureServiceTags.Internet);
            """, topLevel: true), true),
        ["nsg-and-faults"] = (AppHost("""
            var nsg = builder.AddNetworkSecurityGroup("web-nsg")
                .WithSecurityRule(new AzureSecurityRule { Name = "allow-probes", Priority = 100, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = AzureServiceTags.AzureLoadBalancer, DestinationPortRange = "8080" })
                .WithSecurityRule(new AzureSecurityRule { Name = "ALLOW-PROBES", Priority = 5000, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Asterisk, DestinationPortRange = "*" });
            var web = builder.AddAzureVirtualNetwork("vnet", "10.1.0.0/16").AddSubnet("web", "10.1.0.0/24").DenyInbound().AllowInbound(port: "70000", from: "10.0.0.0/33");
            web.WithNetworkSecurityGroup(nsg);
            """, topLevel: true), true),
        ["helpers-branches-loops"] = (AppHost("""
            var vnet = builder.AddAzureVirtualNetwork("vnet");
            var web = vnet.AddSubnet("web", "10.0.1.0/24");
            AllowHttps(web);
            if (Environment.ProcessorCount > 2) { web.AllowInbound(port: "8080"); }
            foreach (var port in new[] { "80", "81" }) { web.AllowInbound(port: port, priority: 4000); }
            web.DenyInbound(priority: Environment.TickCount);
            """, topLevel: false, members: """
                private static void AllowHttps(IResourceBuilder<AzureSubnetResource> subnet) =>
                    subnet.AllowInbound(port: "443", from: AzureServiceTags.VirtualNetwork, protocol: SecurityRuleProtocol.Tcp);
            """), false),
    };

    public static TheoryData<string> SourceNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Sources.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SourceNames))]
    public async Task Truncated_at_token_boundaries_never_throws(string name)
    {
        var (text, topLevel) = Sources[name];
        var tokens = Tokens(text);
        int step = Math.Max(1, tokens.Count / Truncations);
        var failures = new List<string>();
        for (int i = step - 1; i < tokens.Count; i += step)
        {
            await Check(text.Substring(0, tokens[i].FullSpan.End), topLevel, name + " truncated after token " + i, failures);
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Theory]
    [MemberData(nameof(SourceNames))]
    public async Task Random_tokens_deleted_never_throws(string name)
    {
        var (text, topLevel) = Sources[name];
        var tokens = Tokens(text);
        var random = new Random(name.Length * 7919 + name[0]);
        var failures = new List<string>();
        for (int variant = 0; variant < Deletions; variant++)
        {
            var deleted = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(tokens.Count)).Distinct().OrderByDescending(i => i).ToList();
            string edited = text;
            foreach (int index in deleted)
            {
                edited = edited.Remove(tokens[index].SpanStart, tokens[index].Span.Length);
            }

            await Check(edited, topLevel, name + " tokens deleted: " + string.Join(", ", deleted), failures);
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public async Task A_chain_of_thousands_of_shorthand_calls_never_throws()
    {
        // Deeper than the interpreter's nesting budget: the body is then not analysed (silent), never a stack overflow.
        var chain = string.Concat(Enumerable.Range(0, 3000).Select(i => "\n    .AllowInbound(port: \"" + (10000 + i) + "\", from: AzureServiceTags.VirtualNetwork)"));
        var failures = new List<string>();
        await Check(AppHost("builder.AddAzureVirtualNetwork(\"vnet\").AddSubnet(\"web\", \"10.0.1.0/24\")" + chain + ";", topLevel: true), topLevel: true, "3000 calls", failures);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static async Task Check(string text, bool topLevel, string what, List<string> failures)
    {
        var compilation = (topLevel ? TopLevelBase : LibraryBase).AddSyntaxTrees(CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), "Edited.cs"));
        var diagnostics = await AnalyzerRunner.RunAsync(compilation);
        foreach (var exception in diagnostics.Where(d => d.Id == "AD0001"))
        {
            failures.Add(what + ":\n" + exception.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static List<SyntaxToken> Tokens(string text) =>
        CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToList();
}

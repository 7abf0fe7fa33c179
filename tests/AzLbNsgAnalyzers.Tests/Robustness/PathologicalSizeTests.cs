using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.Tests.Extraction;
using AzLbNsgAnalyzers.Tests.Rules;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Robustness;

/// <summary>
/// Sizes and shapes nobody writes on purpose: analysis completes (each run under a 60 s cancellation token),
/// without AD0001, stack overflow or hang. Completion is asserted, not timing.
/// </summary>
public class PathologicalSizeTests
{
    private static async Task CompletesWithoutAnalyzerException(string source)
    {
        var compilation = RobustnessKit.Compile(("Pathological.cs", source));
        var diagnostics = await RobustnessKit.RunAsync(compilation);
        var exceptions = RobustnessKit.AnalyzerExceptions(diagnostics).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(exceptions.Count == 0, string.Join("\n\n", exceptions));
    }

    [Fact]
    public Task One_nsg_with_1000_rules() =>
        CompletesWithoutAnalyzerException(LBNSG003Tests.Lab(string.Join(
            ",\n",
            Enumerable.Range(0, 1000).Select(i => LBNSG003Tests.Rule(
                "r" + i,
                "rule-" + i,
                100 + i,
                i % 7 == 0 ? "Deny" : "Allow",
                i % 3 == 0 ? "10." + (i % 256) + ".0.0/16" : "192.168." + (i % 256) + ".0/24",
                (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                i % 2 == 0 ? "Tcp" : "Udp")))));

    [Fact]
    public Task Nsg_with_1000_parent_linked_rules_and_deny_all() =>
        CompletesWithoutAnalyzerException(LBNSG003Tests.Lab(
            LBNSG003Tests.Rule("denyAll", "deny-all", 4000, "Deny", "*", "*"),
            extra: string.Join("\n", Enumerable.Range(0, 1000).Select(i =>
                $"infra.Add(new SecurityRule(\"p{i}\") {{ Parent = webNsg, Name = \"p-{i}\", Priority = {100 + i}, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow, Protocol = SecurityRuleProtocol.Tcp, SourceAddressPrefix = \"10.1.{i % 256}.0/24\", SourcePortRange = \"*\", DestinationAddressPrefix = \"*\", DestinationPortRange = \"{2000 + i}\" }});"))));

    [Fact]
    public Task Method_with_5000_statements()
    {
        var extra = new StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            extra.Append((i % 5) switch
            {
                0 => $"var s{i} = new SecurityRule(\"s{i}\") {{ Parent = webNsg, Name = \"s-{i}\", Priority = {100 + (i % 3000)}, Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Allow }};",
                1 => $"s{i - 1}.SourceAddressPrefix = \"10.2.{i % 256}.0/24\";",
                2 => $"s{i - 2}.DestinationPortRange = \"{3000 + i}\";",
                3 => $"int n{i} = {i} * 2 + n{(i >= 8 ? i - 5 : 3)};".Replace("n3;", "0;"),
                _ => $"infra.Add(s{i - 4});",
            }).Append('\n');
        }

        return CompletesWithoutAnalyzerException(LBNSG003Tests.Lab(string.Empty, extra: extra.ToString()));
    }

    [Fact]
    public Task String_concatenation_nested_3000_deep()
    {
        // Right-nested with parentheses: "a" + ("b" + ("c" + ... + text)) 3000 deep, not constant (a parameter at the bottom).
        string nested = string.Concat(Enumerable.Repeat("\"1\" + (", 3000)) + "text" + new string(')', 3000);
        return CompletesWithoutAnalyzerException(LBNSG003Tests.Lab(
            LBNSG003Tests.Rule("deep", "deep", 2048, "Deny", "*", "*").Replace("SourceAddressPrefix = \"*\"", "SourceAddressPrefix = " + nested),
            parameters: "string text"));
    }

    [Fact]
    public Task String_concatenation_chained_3000_long()
    {
        // Left-associative: text + "." + text + "." + ... (a 3000-deep binary tree on the left spine).
        string chained = string.Join(" + ", Enumerable.Range(0, 3000).Select(i => i % 2 == 0 ? "text" : "\".\""));
        return CompletesWithoutAnalyzerException(LBNSG003Tests.Lab(
            LBNSG003Tests.Rule("chain", "chain", 2048, "Deny", "*", "*").Replace("SourceAddressPrefix = \"*\"", "SourceAddressPrefix = " + chained),
            parameters: "string text"));
    }

    [Fact]
    public Task Parenthesised_expressions_nested_3000_deep()
    {
        string priority = new string('(', 3000) + "2048" + new string(')', 3000);
        string port = new string('(', 3000) + "\"5000\"" + new string(')', 3000);
        return CompletesWithoutAnalyzerException(LBNSG003Tests.Lab(
            LBNSG003Tests.Rule("parens", "parens", 2048, "Deny", "*", "*").Replace("Priority = 2048", "Priority = " + priority).Replace("DestinationPortRange = \"*\"", "DestinationPortRange = " + port)));
    }

    [Fact]
    public Task Conditional_expressions_nested_500_deep()
    {
        string nested = string.Concat(Enumerable.Range(0, 500).Select(i => $"number == {i} ? \"10.0.{i % 256}.0/24\" : ")) + "\"*\"";
        return CompletesWithoutAnalyzerException(LBNSG003Tests.Lab(
            LBNSG003Tests.Rule("cond", "cond", 2048, "Deny", "*", "*").Replace("SourceAddressPrefix = \"*\"", "SourceAddressPrefix = " + nested),
            parameters: "int number"));
    }

    [Fact]
    public Task Directly_recursive_helper() =>
        CompletesWithoutAnalyzerException(SeedLabSources.Usings + """
            public static class Recursive
            {
                public static Infrastructure Build()
                {
                    var infra = new Infrastructure();
                    var nsg = new NetworkSecurityGroup("nsg") { Name = "nsg" };
                    var web = new SubnetResource("web") { Name = "web", AddressPrefix = "10.0.1.0/24", NetworkSecurityGroup = nsg };
                    var vnet = new VirtualNetwork("vnet") { Subnets = [web] };
                    var pool = new BackendAddressPool("pool");
                    infra.Add(vnet);
                    infra.Add(AddRules(infra, nsg, 50));
                    infra.Add(MakeNic(infra, 10, web, pool));
                    return infra;
                }

                private static NetworkSecurityGroup AddRules(Infrastructure infra, NetworkSecurityGroup nsg, int remaining)
                {
                    if (remaining == 0)
                    {
                        return nsg;
                    }

                    infra.Add(new SecurityRule("r" + remaining) { Parent = nsg, Name = "r", Priority = 100 + remaining, Access = SecurityRuleAccess.Deny, Direction = SecurityRuleDirection.Inbound, SourceAddressPrefix = "*", DestinationPortRange = "*" });
                    return AddRules(infra, nsg, remaining - 1);
                }

                private static NetworkInterface MakeNic(Infrastructure infra, int n, SubnetResource subnet, BackendAddressPool pool) =>
                    n <= 0
                        ? new NetworkInterface("nic") { IPConfigurations = [new NetworkInterfaceIPConfiguration("ip") { Subnet = { Id = subnet.Id }, LoadBalancerBackendAddressPools = { new BackendAddressPool("ref") { Id = pool.Id } } }] }
                        : MakeNic(infra, n - 1, subnet, pool);
            }
            """);

    [Fact]
    public Task Mutually_recursive_helpers_local_functions_constructors_and_fields() =>
        CompletesWithoutAnalyzerException(SeedLabSources.Usings + """
            public sealed class Node
            {
                public Node(int depth, NetworkSecurityGroup nsg)
                {
                    Rule = new SecurityRule("n" + depth) { Parent = nsg, Priority = 100 + depth };
                    Child = depth > 0 ? new Node(depth - 1, nsg) : null;
                }

                public SecurityRule Rule { get; }
                public Node? Child { get; }
            }

            public static class Mutual
            {
                private static readonly string A = B + "a";
                private static readonly string B = A + "b";
                private static readonly string Self = Self + "c";

                public static Infrastructure Build()
                {
                    var infra = new Infrastructure();
                    var nsg = new NetworkSecurityGroup("nsg") { Name = A + B + Self };
                    var node = new Node(20, nsg);
                    Ping(infra, nsg, 10);
                    Local(5);
                    return infra;

                    void Local(int n)
                    {
                        infra.Add(new SecurityRule("l" + n) { Parent = nsg, SourceAddressPrefix = Self });
                        if (n > 0)
                        {
                            Other(n - 1);
                        }
                    }

                    void Other(int n) => Local(n);
                }

                private static void Ping(Infrastructure infra, NetworkSecurityGroup nsg, int n)
                {
                    infra.Add(new SecurityRule("ping" + n) { Parent = nsg, Priority = n });
                    if (n > 0)
                    {
                        Pong(infra, nsg, n - 1);
                    }
                }

                private static void Pong(Infrastructure infra, NetworkSecurityGroup nsg, int n)
                {
                    var subnet = new SubnetResource("pong" + n) { NetworkSecurityGroup = nsg };
                    infra.Add(subnet);
                    Ping(infra, nsg, n);
                }
            }
            """);
}

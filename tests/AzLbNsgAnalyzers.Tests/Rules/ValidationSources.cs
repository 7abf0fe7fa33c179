using AzLbNsgAnalyzers.Tests.Extraction;

namespace AzLbNsgAnalyzers.Tests.Rules;

/// <summary>NSG-only programs for the deploy-time validation rules (LBNSG101-106).</summary>
internal static class ValidationSources
{
    /// <summary>A security rule with every field set; override fields with <paramref name="members"/> (markup allowed in <paramref name="id"/>).</summary>
    public static string Rule(string id, string name, int priority, string members = "", string access = "Allow", string direction = "Inbound", string markup = null!) =>
        $$"""{{(markup is null ? string.Empty : "{|" + markup + ":")}}new SecurityRule("{{id}}"){{(markup is null ? string.Empty : "|}")}} { Name = "{{name}}", Priority = {{priority}}, Direction = SecurityRuleDirection.{{direction}}, Access = SecurityRuleAccess.{{access}}, Protocol = SecurityRuleProtocol.Tcp, SourcePortRange = "*", DestinationAddressPrefix = "*", {{(members.Contains("SourceAddressPrefix") ? string.Empty : "SourceAddressPrefix = \"10.0.1.0/24\", ")}}{{(members.Contains("DestinationPortRange") ? string.Empty : "DestinationPortRange = \"443\", ")}}{{members}} }""";

    /// <summary>An NSG with inline rules, attached to a subnet of a 10.0.0.0/16 VNet, inside one method.</summary>
    public static string InlineNsg(string rules, string parameters = "", string extra = "") => SeedLabSources.Usings + $$"""
        public static class Network
        {
            public static Infrastructure Build({{parameters}})
            {
                var infra = new Infrastructure();
                var nsg = new NetworkSecurityGroup("appNsg") { Name = "nsg-app", SecurityRules = [{{rules}}] };
                var vnet = new VirtualNetwork("vnet") { AddressSpace = new VirtualNetworkAddressSpace { AddressPrefixes = { "10.0.0.0/16" } }, Subnets = [new SubnetResource("app") { Name = "app", AddressPrefix = "10.0.2.0/24", NetworkSecurityGroup = new NetworkSecurityGroup("nsgRef") { Id = nsg.Id } }] };
                infra.Add(nsg);
                infra.Add(vnet);
                {{extra}}
                return infra;
            }
        }
        """;

    /// <summary>The same with Parent-linked standalone rules added after construction.</summary>
    public static string ParentLinkedNsg(string[] rules, string parameters = "") => SeedLabSources.Usings + $$"""
        public static class Network
        {
            public static Infrastructure Build({{parameters}})
            {
                var infra = new Infrastructure();
                var nsg = new NetworkSecurityGroup("appNsg") { Name = "nsg-app" };
                infra.Add(nsg);
                {{string.Join("\n        ", System.Array.ConvertAll(rules, r => "infra.Add(" + r.Replace("{ Name =", "{ Parent = nsg, Name =") + ");"))}}
                return infra;
            }
        }
        """;
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AzLbNsgAnalyzers.Tests.Extraction;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Robustness;

/// <summary>
/// Seeded random topologies and rule sets: malformed strings, Unknown values, cyclic and self references.
/// No AD0001, and the same diagnostics (ID, location, message, additional locations) on repeated runs and with
/// concurrent analysis on and off.
/// </summary>
public class RandomProgramTests
{
    private const int Programs = 60;
    private const int PerTest = 6;

    public static TheoryData<int> Batches()
    {
        var data = new TheoryData<int>();
        for (int first = 0; first < Programs; first += PerTest)
        {
            data.Add(first);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public async Task Random_programs_never_throw_and_are_deterministic(int firstSeed)
    {
        var failures = new List<string>();
        for (int seed = firstSeed; seed < firstSeed + PerTest; seed++)
        {
            string source = RandomProgram.Generate(seed);
            var compilation = RobustnessKit.Compile(("Random" + seed + ".cs", source));
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                failures.Add($"seed {seed}: the generated program does not compile (a generator bug): {errors[0]}\n{source}");
                continue;
            }

            var first = await RobustnessKit.RunAsync(compilation, concurrent: true);
            var again = await RobustnessKit.RunAsync(compilation.Clone(), concurrent: true);
            var sequential = await RobustnessKit.RunAsync(compilation.Clone(), concurrent: false);
            foreach (var exception in RobustnessKit.AnalyzerExceptions(first.AddRange(again).AddRange(sequential)).Take(1))
            {
                failures.Add($"seed {seed}: AD0001\n{exception.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}\n{source}");
            }

            var a = RobustnessKit.Signatures(first);
            var b = RobustnessKit.Signatures(again);
            var c = RobustnessKit.Signatures(sequential);
            if (!a.SequenceEqual(b) || !a.SequenceEqual(c))
            {
                failures.Add($"seed {seed}: diagnostics differ between runs\nconcurrent:\n  {string.Join("\n  ", a)}\nagain:\n  {string.Join("\n  ", b)}\nsequential:\n  {string.Join("\n  ", c)}\n{source}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>Guards the generator: its programs must reach the rules, or determinism would only be compared on silence.</summary>
    [Fact]
    public async Task Some_random_programs_get_findings()
    {
        int withFindings = 0;
        foreach (int seed in new[] { 0, 5, 18, 33, 40, 43, 58 })
        {
            var diagnostics = await RobustnessKit.RunAsync(RobustnessKit.Compile(("Random" + seed + ".cs", RandomProgram.Generate(seed))));
            withFindings += diagnostics.Any(d => d.Id.StartsWith("LBNSG", System.StringComparison.Ordinal)) ? 1 : 0;
        }

        Assert.True(withFindings > 0, "none of the sampled random programs gets a finding");
    }

    [Fact]
    public void The_generator_is_deterministic() =>
        Assert.Equal(RandomProgram.Generate(7), RandomProgram.Generate(7));
}

/// <summary>A seeded generator of random (compiling) Azure.Provisioning network code.</summary>
internal static class RandomProgram
{
    // Mostly well-formed values (so that the rules have something to evaluate), with malformed and Unknown ones mixed in.
    private static readonly string[] Prefixes =
    [
        "\"10.0.0.0/16\"", "\"10.0.1.0/24\"", "\"10.0.2.0/24\"", "\"Internet\"", "\"AzureLoadBalancer\"", "\"VirtualNetwork\"", "\"*\"", "\"10.0.1.4\"",
        "\"10.0.2.10\"", "\"0.0.0.0/0\"",
    ];

    private static readonly string[] OddPrefixes =
    [
        "\"10.0.0.256\"", "\"10.0.0.0/33\"", "\"*,*\"", "\"\"", "\"Internett\"", "\"::/0\"", "\"10.0.1.0/24 \"", "\"azureloadbalancer\"",
        "\"10.0.1.5-10.0.1.9\"", "prefixParameter", "BicepFunction.Interpolate($\"10.0.{octetParameter}.0/24\")", "text",
    ];

    private static readonly string[] Ports = ["\"*\"", "\"80\"", "\"5000\"", "\"22\"", "\"4000-6000\"", "\"443\"", "\"1-65535\""];

    private static readonly string[] OddPorts = ["\"80-\"", "\"-1\"", "\"5000-4000\"", "\"0\"", "\"65536\"", "\"22,80\"", "\"\"", "\"abc\"", "\" 5000\"", "portParameter", "text"];

    private static readonly string[] Priorities = ["100", "200", "1000", "2048", "4096", "300", "150"];

    private static readonly string[] OddPriorities = ["4097", "-1", "0", "70000", "65500", "priorityParameter", "number", "int.MaxValue"];

    private static readonly string[] IntPorts = ["80", "5000", "443", "22"];

    private static readonly string[] OddIntPorts = ["0", "-1", "65536", "numberParameter", "number"];

    public static string Generate(int seed)
    {
        var random = new Random(seed);
        string PickOne(string[] values) => values[random.Next(values.Length)];
        bool Chance(int percent) => random.Next(100) < percent;
        string Pick(string[] values) => values == Prefixes ? (Chance(80) ? PickOne(Prefixes) : PickOne(OddPrefixes))
            : values == Ports ? (Chance(80) ? PickOne(Ports) : PickOne(OddPorts))
            : values == Priorities ? (Chance(80) ? PickOne(Priorities) : PickOne(OddPriorities))
            : values == IntPorts ? (Chance(85) ? PickOne(IntPorts) : PickOne(OddIntPorts))
            : PickOne(values);

        var sb = new StringBuilder(SeedLabSources.Usings);
        sb.Append("public static class Random").Append(seed).Append('\n').Append("{\n");
        sb.Append("    public static Infrastructure Build(string text, int number)\n    {\n");
        void L(string line) => sb.Append("        ").Append(line).Append('\n');

        L("var infra = new Infrastructure();");
        L("var prefixParameter = new ProvisioningParameter(\"prefix\", typeof(string));");
        L("var octetParameter = new ProvisioningParameter(\"octet\", typeof(string));");
        L("var portParameter = new ProvisioningParameter(\"port\", typeof(string));");
        L("var priorityParameter = new ProvisioningParameter(\"priority\", typeof(int));");
        L("var numberParameter = new ProvisioningParameter(\"number\", typeof(int));");

        // VNet and subnets (inline, Parent-linked, or both; a subnet listed twice).
        L($"var vnet = new VirtualNetwork(\"vnet\") {{ Name = \"vnet\", AddressSpace = new VirtualNetworkAddressSpace {{ AddressPrefixes = {{ {Pick(Prefixes)} }} }} }};");
        L("infra.Add(vnet);");
        int subnets = random.Next(1, 5);
        for (int i = 0; i < subnets; i++)
        {
            L($"var subnet{i} = new SubnetResource(\"subnet{i}\") {{ Name = \"subnet-{i}\", AddressPrefix = {Pick(Prefixes)} }};");
            switch (random.Next(4))
            {
                case 0: L($"vnet.Subnets.Add(subnet{i});"); break;
                case 1: L($"subnet{i}.Parent = vnet; infra.Add(subnet{i});"); break;
                case 2: L($"vnet.Subnets.Add(subnet{i}); vnet.Subnets.Add(subnet{i}); subnet{i}.Parent = vnet;"); break;
                default: L($"vnet.Subnets = [subnet{i}, subnet{i}];"); break;
            }
        }

        string Subnet() => "subnet" + random.Next(subnets);

        // NSGs and rules.
        int nsgs = random.Next(1, 4);
        for (int n = 0; n < nsgs; n++)
        {
            L($"var nsg{n} = new NetworkSecurityGroup(\"nsg{n}\") {{ Name = \"nsg-{n}\" }};");
            L($"infra.Add(nsg{n});");
            int rules = random.Next(0, 16);
            for (int r = 0; r < rules; r++)
            {
                string name = $"rule{n}_{r}";
                string fields = $"Name = \"{name}\", Priority = {Pick(Priorities)}, Direction = SecurityRuleDirection.{(Chance(85) ? "Inbound" : "Outbound")}, Access = SecurityRuleAccess.{(Chance(50) ? "Allow" : "Deny")}, Protocol = SecurityRuleProtocol.{Pick(["Tcp", "Udp", "Asterisk", "Icmp"])}, SourcePortRange = {Pick(Ports)}, DestinationPortRange = {Pick(Ports)}";
                fields += Chance(80) ? $", SourceAddressPrefix = {Pick(Prefixes)}" : $", SourceAddressPrefixes = {{ {Pick(Prefixes)}, {Pick(Prefixes)} }}";
                fields += Chance(80) ? $", DestinationAddressPrefix = {Pick(Prefixes)}" : $", DestinationAddressPrefixes = [{Pick(Prefixes)}]";
                switch (random.Next(5))
                {
                    case 0: L($"nsg{n}.SecurityRules.Add(new SecurityRule(\"{name}\") {{ {fields} }});"); break;
                    case 1: L($"infra.Add(new SecurityRule(\"{name}\") {{ Parent = nsg{n}, {fields} }});"); break;
                    case 2:
                        // The same rule both Parent-linked and in the list, twice.
                        L($"var {name} = new SecurityRule(\"{name}\") {{ Parent = nsg{n}, {fields} }};");
                        L($"nsg{n}.SecurityRules.Add({name}); nsg{n}.SecurityRules.Add({name}); infra.Add({name});");
                        break;
                    case 3:
                        // Statements after construction, one of them self-referencing.
                        L($"var {name} = new SecurityRule(\"{name}\") {{ Parent = nsg{n} }};");
                        L($"{name}.Priority = {Pick(Priorities)}; {name}.Access = SecurityRuleAccess.Deny; {name}.Direction = SecurityRuleDirection.Inbound; {name}.SourceAddressPrefix = {Pick(Prefixes)}; {name}.DestinationPortRange = {Pick(Ports)};");
                        L($"{name}.Id = {name}.Id; {name}.Name = {name}.Name;");
                        L($"infra.Add({name});");
                        break;
                    default: L($"nsg{n}.SecurityRules = [new SecurityRule(\"{name}\") {{ {fields} }}];"); break;
                }
            }
        }

        // Cyclic and self references between NSGs.
        if (nsgs >= 2 && Chance(50))
        {
            L("nsg0.Id = nsg1.Id; nsg1.Id = nsg0.Id;");
        }

        if (Chance(30))
        {
            L("nsg0.Id = nsg0.Id;");
        }

        string Nsg() => "nsg" + random.Next(nsgs);
        for (int i = 0; i < subnets; i++)
        {
            switch (random.Next(6))
            {
                case 0: L($"subnet{i}.NetworkSecurityGroup = new NetworkSecurityGroup(\"subnet{i}NsgRef\") {{ Id = {Nsg()}.Id }};"); break;
                case 1: L($"subnet{i}.NetworkSecurityGroup.Id = {Nsg()}.Id;"); break;
                case 2: L($"subnet{i}.NetworkSecurityGroup = {Nsg()};"); break;
                case 3: L($"subnet{i}.NetworkSecurityGroup.Id = subnet{i}.Id;"); break;
                default: break;
            }
        }

        // Load balancers.
        int lbs = random.Next(0, 10) == 0 ? 0 : random.Next(1, 3);
        for (int b = 0; b < lbs; b++)
        {
            L($"var lb{b} = new LoadBalancer(\"lb{b}\") {{ Name = \"lb-{b}\", Sku = new LoadBalancerSku {{ Name = LoadBalancerSkuName.{(Chance(80) ? "Standard" : "Basic")} }} }};");
            L($"infra.Add(lb{b});");
            if (Chance(30))
            {
                L($"var pip{b} = new PublicIPAddress(\"pip{b}\") {{ Sku = new PublicIPAddressSku {{ Name = PublicIPAddressSkuName.Standard }} }};");
                L($"var fe{b} = new FrontendIPConfiguration(\"fe{b}\") {{ PublicIPAddress = {{ Id = pip{b}.Id }} }};");
            }
            else
            {
                L($"var fe{b} = new FrontendIPConfiguration(\"fe{b}\") {{ Subnet = {{ Id = {(Chance(10) ? "vnet" : Subnet())}.Id }} }};");
                L($"fe{b}.PrivateIPAddress.Assign({Pick(Prefixes)});");
            }

            L($"var pool{b} = new BackendAddressPool(\"pool{b}\"){(Chance(50) ? $" {{ Parent = lb{b} }}" : string.Empty)};");
            L($"var probe{b} = new ProbeResource(\"probe{b}\");");
            L($"probe{b}.Port.Assign({Pick(IntPorts)});");
            L($"probe{b}.Protocol.Assign(ProbeProtocol.{Pick(["Http", "Tcp", "Https"])});");
            int rules = random.Next(0, 4);
            var ruleNames = new List<string>();
            for (int r = 0; r < rules; r++)
            {
                string otherPool = b > 0 && Chance(20) ? "pool0" : "pool" + b;
                string probe = Chance(15) && b > 0 ? "probe0" : "probe" + b;
                L($"var lbRule{b}_{r} = new LoadBalancingRule(\"lbRule{b}_{r}\") {{ Properties = {{ Protocol = LoadBalancingTransportProtocol.{Pick(["Tcp", "Udp", "All"])}, FrontendPort = {Pick(IntPorts)}, BackendPort = {Pick(IntPorts)}, FrontendIPConfigurationId = fe{b}.Id, BackendAddressPoolId = {otherPool}.Id, ProbeId = {probe}.Id, EnableFloatingIP = {(Chance(20) ? "true" : "false")} }} }};");
                ruleNames.Add($"lbRule{b}_{r}");
            }

            L($"lb{b}.FrontendIPConfigurations = [fe{b}, fe{b}];");
            L($"lb{b}.Probes.Add(probe{b});");
            L($"lb{b}.LoadBalancingRules = [{string.Join(", ", ruleNames)}];");
            L($"lb{b}.BackendAddressPools.Add(pool{b});");
        }

        // NICs, some with their own NSG (possibly one of the cyclic ones), some in two pools or in no subnet.
        int nics = random.Next(1, 6);
        for (int i = 0; i < nics; i++)
        {
            string pools = lbs == 0 ? string.Empty : string.Join(", ", Enumerable.Range(0, random.Next(0, 10) == 0 ? 0 : random.Next(1, 3)).Select(_ => $"new BackendAddressPool(\"nic{i}Ref{random.Next(100)}\") {{ Id = pool{random.Next(lbs)}.Id }}"));
            string subnet = Chance(10) ? "vnet" : Subnet();
            L($"var nic{i} = new NetworkInterface(\"nic{i}\") {{ Name = \"nic-{i}\", IPConfigurations = [new NetworkInterfaceIPConfiguration(\"nic{i}Ip\") {{ Subnet = {{ Id = {subnet}.Id }}, LoadBalancerBackendAddressPools = {{ {pools} }} }}] }};");
            if (Chance(30))
            {
                L($"nic{i}.NetworkSecurityGroup = {(Chance(50) ? Nsg() : $"new NetworkSecurityGroup(\"nic{i}NsgRef\") {{ Id = {Nsg()}.Id }}")};");
            }

            if (Chance(20))
            {
                L($"nic{i}.IPConfigurations.Add(new NetworkInterfaceIPConfiguration(\"nic{i}Ip2\") {{ Parent = nic{i}, Subnet = {{ Id = {Subnet()}.Id }} }});");
            }

            L($"infra.Add(nic{i});");
        }

        L("return infra;");
        sb.Append("    }\n}\n");
        return sb.ToString();
    }
}

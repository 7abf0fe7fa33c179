using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using AzLbNsgAnalyzers.Evaluation;
using AzLbNsgAnalyzers.Model;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Evaluation;

/// <summary>
/// Compares the interval evaluator with a brute-force reference that walks the rules for each
/// individual source address, destination address, destination port, protocol and source port.
/// </summary>
public class NsgEvaluatorReferenceTests
{
    private const int RuleSets = 3000;
    private const int FlowsPerRuleSet = 3;

    // Tri-state of one rule field at one point.
    private const int No = 0;
    private const int Maybe = 1;
    private const int Yes = 2;

    private static readonly uint Host = Ipv4.AzureHostAddress;

    private static readonly (uint First, uint Last)[] NeverInternet =
    {
        (Ipv4.Parse("10.0.0.0"), Ipv4.Parse("10.255.255.255")),
        (Ipv4.Parse("172.16.0.0"), Ipv4.Parse("172.31.255.255")),
        (Ipv4.Parse("192.168.0.0"), Ipv4.Parse("192.168.255.255")),
        (Ipv4.Parse("100.64.0.0"), Ipv4.Parse("100.127.255.255")),
    };

    private static readonly uint[] Sources = BuildSources();

    private static readonly uint[] SourcePortSamples = { 0, 79, 80, 81, 1023, 1024, 65535 };

    private static readonly uint[] WidePortSamples = { 0, 79, 80, 81, 82, 83, 90, 91, 65535 };

    private static readonly string[] SourcePortChoices = { "*", "*", "*", "*", "0-65535", "1024-65535", "80", "?", "[0-79,80-65535]" };

    private static readonly string[] DestinationPortChoices = { "*", "80", "81", "80-82", "82-90", "[80,82]", "[80-81, 83]", "?", "0-65535", "80,81", "-", "90" };

    [Fact]
    public void Interval_evaluator_agrees_with_brute_force_reference()
    {
        var random = new Random(20240607);
        int compared = 0;
        var verdictCounts = new int[3];
        for (int set = 0; set < RuleSets; set++)
        {
            var (knownSpaces, complete) = RandomSpaces(random);
            var context = new AddressContext(knownSpaces, complete);
            var subnetNsg = RandomNsg(random, "subnet");
            var nicNsg = RandomNsg(random, "nic");
            var path = new NsgPath(subnetNsg, nicNsg);
            for (int f = 0; f < FlowsPerRuleSet; f++)
            {
                var direction = random.Next(4) == 0 ? RuleDirection.Outbound : RuleDirection.Inbound;
                var flow = RandomFlow(random);
                var verdict = NsgEvaluator.Evaluate(path, flow, context, direction);
                AssertPartition(verdict);
                var reference = new Reference(knownSpaces, complete, flow, direction);
                var ordered = direction == RuleDirection.Inbound ? new[] { subnetNsg, nicNsg } : new[] { nicNsg, subnetNsg };
                foreach (uint source in Sources)
                {
                    var steps = ordered.Select(n => reference.Nsg(n, source)).ToArray();
                    var expected = Combine(steps, out var deciding);
                    var actual = verdict.VerdictOf(source);
                    if (expected != actual)
                    {
                        Assert.Fail(Describe(set, f, source, expected, actual, flow, direction, context, subnetNsg, nicNsg));
                    }

                    var actualDeciding = verdict.DecidingRules(source).Select(d => d.Rule).ToArray();
                    if (!deciding.SequenceEqual(actualDeciding))
                    {
                        Assert.Fail("deciding rules differ: expected " + string.Join(",", deciding.Select(r => r.DisplayName)) + " got " +
                            string.Join(",", actualDeciding.Select(r => r.DisplayName)) + "\n" + Describe(set, f, source, expected, actual, flow, direction, context, subnetNsg, nicNsg));
                    }

                    verdictCounts[(int)actual]++;
                    compared++;
                }
            }
        }

        // The generator must exercise every outcome in earnest.
        Assert.True(compared > 1_000_000);
        Assert.All(verdictCounts, count => Assert.True(count > compared / 20, string.Join("/", verdictCounts)));
    }

    private static SourceVerdict Combine(StepResult[] steps, out SecurityRuleModel[] deciding)
    {
        foreach (var step in steps)
        {
            if (step.Verdict == SourceVerdict.Denied)
            {
                deciding = new[] { step.Rule! };
                return SourceVerdict.Denied;
            }
        }

        if (steps.All(s => s.Verdict == SourceVerdict.Allowed))
        {
            deciding = steps.Where(s => s.Rule is not null).Select(s => s.Rule!).ToArray();
            return SourceVerdict.Allowed;
        }

        deciding = Array.Empty<SecurityRuleModel>();
        return SourceVerdict.Unknown;
    }

    private static void AssertPartition(FlowVerdict verdict)
    {
        Assert.Equal(Ipv4.All, verdict.Allowed.Union(verdict.Denied).Union(verdict.Unknown));
        Assert.Equal(1UL << 32, verdict.Allowed.Count + verdict.Denied.Count + verdict.Unknown.Count);
    }

    private static string Describe(int set, int flowIndex, uint source, SourceVerdict expected, SourceVerdict actual, Flow flow, RuleDirection direction, AddressContext context, Known<NetworkSecurityGroupModel?> subnet, Known<NetworkSecurityGroupModel?> nic)
    {
        string Nsg(Known<NetworkSecurityGroupModel?> nsg) => nsg.IsUnknown ? "?" : nsg.Value is null ? "none" : (nsg.Value.RulesComplete ? "" : "(incomplete) ") + string.Join("\n    ", nsg.Value.Rules.Select(DescribeRule));
        return $"set {set} flow {flowIndex}: source {Ipv4.Format(source)} expected {expected} got {actual}\n flow {flow} {direction}\n spaces {Ipv4.Format(context.KnownSpaces)} complete {context.SpacesComplete}\n subnet:\n    {Nsg(subnet)}\n nic:\n    {Nsg(nic)}";
    }

    private static string DescribeRule(SecurityRuleModel r) =>
        $"{r.DisplayName} p={r.Priority} {r.Direction} {r.Access} {r.Protocol} src={Field(r.Source)}:{Field(r.SourcePorts)} dst={Field(r.Destination)}:{Field(r.DestinationPorts)}";

    private static string Field(AddressField f) => f.Singular.IsUnknown ? "?" : f.Singular.Value ?? (f.Plural.Value.IsEmpty ? "-" : "[" + string.Join(",", f.Plural.Value) + "]");

    private static string Field(PortField f) => f.Singular.IsUnknown ? "?" : f.Singular.Value ?? (f.Plural.Value.IsEmpty ? "-" : "[" + string.Join(",", f.Plural.Value) + "]");

    private static uint[] BuildSources()
    {
        var list = new List<uint>();
        for (uint i = 0; i < 256; i++)
        {
            list.Add(Ipv4.Parse("10.0.0.0") + i);
        }

        foreach (var text in new[] { "168.63.129.16", "168.63.129.15", "168.63.129.17", "10.0.1.1", "9.255.255.255", "10.255.255.255", "11.0.0.0", "172.16.0.1", "172.32.0.1", "192.168.8.4", "192.168.9.1", "100.64.0.1", "100.128.0.1", "8.8.8.8", "20.0.0.1", "0.0.0.0", "255.255.255.255" })
        {
            list.Add(Ipv4.Parse(text));
        }

        return list.ToArray();
    }

    // LBNSG106 skips its walk unless an earlier rule certainly decides the first and the last of the rule's sources
    // (NsgEvaluator.CertainlyDecidedSources). Sound only if a source the walk decides is one its deciding rule certainly
    // decides, and a source no rule certainly decides is never decided.
    [Fact]
    public void A_source_the_walk_decides_is_one_its_deciding_rule_certainly_decides()
    {
        var random = new Random(106106);
        int decided = 0;
        int undecided = 0;
        for (int set = 0; set < RuleSets; set++)
        {
            var (knownSpaces, complete) = RandomSpaces(random);
            var context = new AddressContext(knownSpaces, complete);
            if (RandomNsg(random, "nsg") is not { IsKnown: true, Value: { RulesComplete: true } nsg })
            {
                continue;
            }

            for (int f = 0; f < FlowsPerRuleSet; f++)
            {
                var direction = random.Next(4) == 0 ? RuleDirection.Outbound : RuleDirection.Inbound;
                var flow = RandomFlow(random);
                var ordered = NsgEvaluator.OrderedCustomRules(nsg, direction);
                foreach (uint source in Sources)
                {
                    var decisions = NsgEvaluator.DecisionsOfFirstRules(nsg, ordered, ordered.Length, flow, context, direction, IntervalSet.Of(source));
                    bool someRuleDecides = ordered.Any(rule => NsgEvaluator.CertainlyDecidedSources(rule, flow, context, direction).Contains(source));
                    if (decisions.IsEmpty)
                    {
                        undecided++;
                        continue;
                    }

                    decided++;
                    var decision = Assert.Single(decisions);
                    Assert.True(decision.Sources.Contains(source));
                    Assert.True(NsgEvaluator.CertainlyDecidedSources(decision.Rule, flow, context, direction).Contains(source), decision.Rule.DisplayName + " decides " + Ipv4.Format(source) + " without certainly deciding it");
                    Assert.True(someRuleDecides);
                }
            }
        }

        // Both outcomes must be common, or the property says little.
        Assert.True(decided > 1000 && undecided > 1000, "decided " + decided + ", undecided " + undecided);
    }

    private static (IntervalSet Spaces, bool Complete) RandomSpaces(Random random) => random.Next(6) switch
    {
        0 => (Ipv4.Cidr("10.0.0.0/25"), true),
        1 => (Ipv4.Cidr("10.0.0.0/24").Union(Ipv4.Cidr("192.168.8.0/24")), true),
        2 => (Ipv4.Cidr("10.0.0.0/24").Union(Ipv4.Cidr("20.0.0.0/30")), true),
        3 => (Ipv4.Cidr("10.0.0.0/24"), random.Next(3) != 0),
        4 => (IntervalSet.Empty, false),
        _ => (Ipv4.Cidr("10.0.0.0/24"), true),
    };

    private static Flow RandomFlow(Random random)
    {
        var protocols = random.Next(4) switch
        {
            0 => ImmutableArray.Create(FlowProtocol.Udp),
            1 => ImmutableArray.Create(FlowProtocol.Tcp, FlowProtocol.Udp),
            _ => ImmutableArray.Create(FlowProtocol.Tcp),
        };
        var destinations = random.Next(9) switch
        {
            0 => Ipv4.Cidr("10.0.0.0/30"),
            1 => Ipv4.Cidr("10.0.0.64/31"),
            2 => IntervalSet.Of(Ipv4.Parse("172.16.0.5")),
            3 => IntervalSet.Of(Ipv4.Parse("20.0.0.1")),
            4 => IntervalSet.Of(Ipv4.Parse("10.0.0.200")),
            5 => IntervalSet.Of(Ipv4.Parse("10.0.0.77")),
            _ => IntervalSet.Of(Ipv4.Parse("10.0.0.4")),
        };
        var ports = random.Next(6) switch
        {
            0 => IntervalSet.Of(80, 81),
            1 => PortRange.All,
            2 => IntervalSet.Of(79, 83),
            _ => PortRange.Single(79 + random.Next(5)),
        };
        return new Flow(protocols, destinations, ports);
    }

    private static Known<NetworkSecurityGroupModel?> RandomNsg(Random random, string name)
    {
        int kind = random.Next(20);
        if (kind == 0)
        {
            return Known<NetworkSecurityGroupModel?>.Unknown;
        }

        if (kind <= 3)
        {
            return Known<NetworkSecurityGroupModel?>.Of(null);
        }

        var nsg = new NetworkSecurityGroupModel(name, Origin.None);
        if (random.Next(30) == 0)
        {
            nsg.RulesComplete = false;
        }

        var inboundPriorities = Enumerable.Range(100, 40).OrderBy(_ => random.Next()).ToArray();
        var outboundPriorities = Enumerable.Range(100, 40).OrderBy(_ => random.Next()).ToArray();
        int count = random.Next(8);
        for (int i = 0; i < count; i++)
        {
            Known<RuleDirection> direction = random.Next(12) switch
            {
                0 => Known<RuleDirection>.Unknown,
                1 or 2 => RuleDirection.Outbound,
                _ => RuleDirection.Inbound,
            };
            var priorities = direction.IsKnown && direction.Value == RuleDirection.Outbound ? outboundPriorities : inboundPriorities;
            Known<int> priority = random.Next(25) == 0 ? Known<int>.Unknown : priorities[i];
            Known<RuleAccess> access = random.Next(25) == 0 ? Known<RuleAccess>.Unknown : random.Next(2) == 0 ? RuleAccess.Allow : RuleAccess.Deny;
            Known<RuleProtocol> protocol = random.Next(10) switch
            {
                0 => Known<RuleProtocol>.Unknown,
                1 or 2 => RuleProtocol.Tcp,
                3 => RuleProtocol.Udp,
                4 => RuleProtocol.Icmp,
                _ => RuleProtocol.Any,
            };
            var rule = new SecurityRuleModel(
                name + "-r" + i,
                Origin.None,
                priority,
                direction,
                access,
                protocol,
                NsgTestKit.Address(RandomAddress(random)),
                NsgTestKit.Ports(SourcePortChoices[random.Next(SourcePortChoices.Length)]),
                NsgTestKit.Address(RandomAddress(random, destination: true)),
                NsgTestKit.Ports(DestinationPortChoices[random.Next(DestinationPortChoices.Length)]));
            nsg.Rules.Add(rule);
        }

        return nsg;
    }

    private static string RandomAddress(Random random, bool destination = false)
    {
        int choice = random.Next(destination ? 40 : 30);
        switch (choice)
        {
            case 0: return "*";
            case 1: return "Any";
            case 2: return "0.0.0.0/0";
            case 3: return "AzureLoadBalancer";
            case 4: return "azureloadbalancer";
            case 5: return "VirtualNetwork";
            case 6: return "VIRTUALNETWORK";
            case 7: return "Internet";
            case 8: return "internet";
            case 9: return "?";
            case 10: return "Storage";
            case 11: return "2001:db8::/32";
            case 12: return "-";
            case 13: return "10.0.0.0/8";
            case 14: return "192.168.8.0/24";
            case 15: return "8.8.8.0/24";
            case 16: return "[" + RandomCidr(random) + "," + RandomCidr(random) + "]";
            case 17: return "[" + RandomCidr(random) + ",2001:db8::/32]";
            case 18: return "[" + RandomCidr(random) + ",Internet]";
            case 19: return "10.0.0.256";
            case 20: return "168.63.129.16";
            case 21: return "172.16.0.0/12";
            default: return RandomCidr(random);
        }
    }

    private static string RandomCidr(Random random)
    {
        int length = 24 + random.Next(9);
        uint address = Ipv4.Parse("10.0.0.0") + (uint)random.Next(256);
        if (random.Next(4) != 0)
        {
            uint size = 1u << (32 - length);
            address &= ~(size - 1);
        }

        return Ipv4.Format(address) + "/" + length.ToString(CultureInfo.InvariantCulture);
    }

    private readonly struct StepResult
    {
        public StepResult(SourceVerdict verdict, SecurityRuleModel? rule)
        {
            Verdict = verdict;
            Rule = rule;
        }

        public SourceVerdict Verdict { get; }

        public SecurityRuleModel? Rule { get; }
    }

    /// <summary>The brute-force reference: one walk per (destination, port, protocol, source port) point.</summary>
    private sealed class Reference
    {
        private readonly IntervalSet _spaces;
        private readonly bool _complete;
        private readonly RuleDirection _direction;
        private readonly uint[] _destinations;
        private readonly uint[] _ports;
        private readonly FlowProtocol[] _protocols;
        private readonly Dictionary<NetworkSecurityGroupModel, Prepared> _prepared = new();

        public Reference(IntervalSet spaces, bool complete, Flow flow, RuleDirection direction)
        {
            _spaces = spaces;
            _complete = complete;
            _direction = direction;
            _destinations = Enumerate(flow.DestinationAddresses, null);
            _ports = Enumerate(flow.DestinationPorts, WidePortSamples);
            _protocols = flow.Protocols.ToArray();
        }

        public StepResult Nsg(Known<NetworkSecurityGroupModel?> nsg, uint source)
        {
            if (nsg.IsUnknown)
            {
                return new StepResult(SourceVerdict.Unknown, null);
            }

            if (nsg.Value is null)
            {
                return new StepResult(SourceVerdict.Allowed, null);
            }

            if (!nsg.Value.RulesComplete)
            {
                return new StepResult(SourceVerdict.Unknown, null);
            }

            if (!_prepared.TryGetValue(nsg.Value, out var prepared))
            {
                prepared = Prepare(nsg.Value);
                _prepared[nsg.Value] = prepared;
            }

            var sourceStates = new int[prepared.Rules.Length];
            for (int r = 0; r < sourceStates.Length; r++)
            {
                sourceStates[r] = Address(prepared.Rules[r].Source, source);
            }

            SecurityRuleModel? decidedBy = null;
            RuleAccess decidedAccess = RuleAccess.Allow;
            for (int point = 0; point < prepared.Points; point++)
            {
                SecurityRuleModel? rule = null;
                RuleAccess access = RuleAccess.Allow;
                for (int r = 0; r < prepared.Rules.Length; r++)
                {
                    int state = Math.Min(prepared.PointStates[r][point], sourceStates[r]);
                    if (state == No)
                    {
                        continue;
                    }

                    if (state == Maybe || !prepared.Certain[r])
                    {
                        return new StepResult(SourceVerdict.Unknown, null);
                    }

                    rule = prepared.Rules[r];
                    access = rule.Access.Value;
                    break;
                }

                // The default DenyAll matches every point: a walk always ends in a decision.
                Assert.NotNull(rule);
                if (decidedBy is null)
                {
                    decidedBy = rule;
                    decidedAccess = access;
                }
                else if (!ReferenceEquals(decidedBy, rule))
                {
                    return new StepResult(SourceVerdict.Unknown, null);
                }
            }

            return new StepResult(decidedAccess == RuleAccess.Allow ? SourceVerdict.Allowed : SourceVerdict.Denied, decidedBy);
        }

        private Prepared Prepare(NetworkSecurityGroupModel nsg)
        {
            var custom = nsg.Rules
                .Where(r => r.Direction.IsUnknown || r.Direction.Value == _direction)
                .OrderBy(r => r.Priority.IsKnown ? r.Priority.Value : int.MinValue);
            var rules = custom.Concat(DefaultRules.For(_direction)).ToArray();
            int points = _destinations.Length * _ports.Length * _protocols.Length * SourcePortSamples.Length;
            var states = new int[rules.Length][];
            var certain = new bool[rules.Length];
            for (int r = 0; r < rules.Length; r++)
            {
                var rule = rules[r];
                certain[r] = rule.Priority.IsKnown && rule.Access.IsKnown && rule.Direction.IsKnown;
                states[r] = new int[points];
                int point = 0;
                foreach (uint destination in _destinations)
                {
                    int d = Address(rule.Destination, destination);
                    foreach (uint port in _ports)
                    {
                        int p = Port(rule.DestinationPorts, port);
                        foreach (var protocol in _protocols)
                        {
                            int pr = Protocol(rule.Protocol, protocol);
                            foreach (uint sourcePort in SourcePortSamples)
                            {
                                int sp = Port(rule.SourcePorts, sourcePort);
                                states[r][point++] = Math.Min(Math.Min(d, p), Math.Min(pr, sp));
                            }
                        }
                    }
                }
            }

            return new Prepared(rules, states, certain, points);
        }

        private int Address(AddressField field, uint address)
        {
            if (field.HasApplicationSecurityGroups || field.Singular.IsUnknown || field.Plural.IsUnknown)
            {
                return Maybe;
            }

            string? singular = field.Singular.Value;
            var plural = field.Plural.Value;
            if (singular is not null && !plural.IsEmpty)
            {
                return Maybe;
            }

            if (singular is not null)
            {
                return SingularAddress(singular.Trim(), address);
            }

            if (plural.IsEmpty)
            {
                return Maybe;
            }

            int best = No;
            foreach (var entry in plural)
            {
                if (entry.Contains(':'))
                {
                    best = Math.Max(best, Maybe);
                }
                else if (Ipv4.TryParseCidr(entry.Trim(), out var range, out _))
                {
                    best = Math.Max(best, address >= range.First && address <= range.Last ? Yes : No);
                }
                else
                {
                    return Maybe; // a tag or junk in a plural list: Azure rejects the rule
                }
            }

            return best;
        }

        private int SingularAddress(string text, uint address)
        {
            string lower = text.ToLowerInvariant();
            if (lower is "*" or "any" or "0.0.0.0/0")
            {
                return Yes;
            }

            bool inSpaces = _spaces.Contains(address);
            bool neverInternet = inSpaces || address == Host || NeverInternet.Any(r => address >= r.First && address <= r.Last);
            switch (lower)
            {
                case "azureloadbalancer":
                    return address == Host ? Yes : No;
                case "virtualnetwork":
                    if (inSpaces || address == Host)
                    {
                        return Yes;
                    }

                    return !_complete || NeverInternet.Any(r => address >= r.First && address <= r.Last) ? Maybe : No;
                case "internet":
                    return neverInternet ? No : _complete ? Yes : Maybe;
            }

            if (Ipv4.TryParseCidr(text, out var range, out _))
            {
                return address >= range.First && address <= range.Last ? Yes : No;
            }

            return Maybe; // other tags, IPv6, invalid
        }

        private static int Port(PortField field, uint port)
        {
            if (field.Singular.IsUnknown || field.Plural.IsUnknown)
            {
                return Maybe;
            }

            string? singular = field.Singular.Value;
            var plural = field.Plural.Value;
            if ((singular is null) == plural.IsEmpty)
            {
                return Maybe;
            }

            var entries = singular is not null ? new[] { singular } : plural.ToArray();
            int best = No;
            foreach (var entry in entries)
            {
                string text = entry.Trim();
                if (text == "*")
                {
                    return Yes;
                }

                var parts = text.Split('-');
                if (parts.Length > 2 || !parts.All(p => uint.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out uint v) && v <= 65535))
                {
                    return Maybe;
                }

                uint first = uint.Parse(parts[0], CultureInfo.InvariantCulture);
                uint last = uint.Parse(parts[parts.Length - 1], CultureInfo.InvariantCulture);
                if (last < first)
                {
                    return Maybe;
                }

                if (port >= first && port <= last)
                {
                    best = Yes;
                }
            }

            return best;
        }

        private static int Protocol(Known<RuleProtocol> protocol, FlowProtocol flowProtocol)
        {
            if (protocol.IsUnknown)
            {
                return Maybe;
            }

            return protocol.Value == RuleProtocol.Any || protocol.Value.ToString() == flowProtocol.ToString() ? Yes : No;
        }

        private static uint[] Enumerate(IntervalSet set, uint[]? samples)
        {
            if (set.Count <= 16)
            {
                return set.Intervals.SelectMany(i => Enumerable.Range(0, (int)i.Count).Select(k => i.First + (uint)k)).ToArray();
            }

            // Wide sets: one sample per elementary piece between the boundaries the generator uses.
            return samples!.Where(set.Contains).ToArray();
        }

        private sealed class Prepared
        {
            public Prepared(SecurityRuleModel[] rules, int[][] pointStates, bool[] certain, int points)
            {
                Rules = rules;
                PointStates = pointStates;
                Certain = certain;
                Points = points;
            }

            public SecurityRuleModel[] Rules { get; }

            public int[][] PointStates { get; }

            public bool[] Certain { get; }

            public int Points { get; }
        }
    }
}

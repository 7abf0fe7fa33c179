using System.Linq;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Extraction;

/// <summary>Values the analysis cannot know at compile time come out Unknown ("?"), never guessed.</summary>
public class UnknownValueExtractionTests
{
    private static string RuleLine(string members, string before = "", string parameters = "")
    {
        string source = SeedLabSources.Usings + $$"""
            public static class Infra
            {
                public static Infrastructure Build({{parameters}})
                {
                    var infra = new Infrastructure();
                    var nsg = new NetworkSecurityGroup("nsg") { Name = "nsg" };
                    {{before}}
                    var rule = new SecurityRule("r") { Parent = nsg, Name = "r", Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Tcp, SourcePortRange = "*", DestinationAddressPrefix = "*", {{members}} };
                    infra.Add(nsg);
                    infra.Add(rule);
                    return infra;
                }

                private static void Touch(object o) { }
            }
            """;
        var dump = ExtractionHarness.Dump(source, "Build");
        foreach (var line in dump.Split('\n'))
        {
            if (line.TrimStart().StartsWith("rule r ", System.StringComparison.Ordinal) || line.StartsWith("nsg", System.StringComparison.Ordinal) && line.Contains("incomplete"))
            {
                return line.Trim();
            }
        }

        return dump;
    }

    [Fact]
    public void Literals_are_known() =>
        Assert.Equal("rule r 2048 Inbound Deny Tcp src=*:* dst=*:5000", RuleLine("Priority = 2048, SourceAddressPrefix = \"*\", DestinationPortRange = \"5000\""));

    [Fact]
    public void Provisioning_parameter_is_unknown() =>
        Assert.Equal(
            "rule r ? Inbound Deny Tcp src=?:* dst=*:5000",
            RuleLine("Priority = priority, SourceAddressPrefix = prefix, DestinationPortRange = \"5000\"", "var priority = new ProvisioningParameter(\"priority\", typeof(int)); var prefix = new ProvisioningParameter(\"prefix\", typeof(string)) { Value = \"10.0.0.0/8\" };"));

    [Fact]
    public void Bicep_expressions_are_unknown() =>
        Assert.Equal(
            "rule r 100 Inbound Deny Tcp src=?:* dst=*:?",
            RuleLine("Priority = 100, SourceAddressPrefix = BicepFunction.Interpolate($\"10.0.{p}.0/24\"), DestinationPortRange = (BicepExpression)\"5000\"", "var p = new ProvisioningParameter(\"p\", typeof(string));"));

    [Fact]
    public void Method_parameters_of_the_analysed_method_are_unknown() =>
        Assert.Equal(
            "rule r ? Inbound Deny Tcp src=?:* dst=*:5000",
            RuleLine("Priority = priority, SourceAddressPrefix = prefix, DestinationPortRange = \"5000\"", parameters: "int priority, string prefix"));

    [Fact]
    public void Constants_locals_and_interpolation_of_constants_are_known() =>
        Assert.Equal(
            "rule r 105 Inbound Deny Tcp src=10.1.0.0/16:* dst=*:8080",
            RuleLine("Priority = basePriority + 5, SourceAddressPrefix = $\"10.{octet}.0.0/16\", DestinationPortRange = port", "const int basePriority = 100; var octet = 1; string port = \"80\" + \"80\";"));

    // The interpreter reuses one builder for interpolated strings: a hole that is itself interpolated, directly or
    // through a local function, must not write into the outer string's builder.
    [Fact]
    public void Interpolation_inside_interpolation_is_known() =>
        Assert.Equal(
            "rule r 100 Inbound Deny Tcp src=10.12.0.0/16:* dst=*:8443",
            RuleLine("Priority = 100, SourceAddressPrefix = $\"10.{$\"{one}{Two()}\"}.0.0/16\", DestinationPortRange = $\"{Port(84)}{Port(43)}\"", "var one = 1; string Two() => $\"{1 + 1}\"; string Port(int n) => $\"{n}\";"));

    [Fact]
    public void An_unknown_hole_in_a_nested_interpolation_makes_only_that_value_unknown() =>
        Assert.Equal(
            "rule r 100 Inbound Deny Tcp src=?:* dst=*:80",
            RuleLine("Priority = 100, SourceAddressPrefix = $\"10.{$\"{octet}\"}.0.0/16\", DestinationPortRange = $\"{8}{Zero()}\"", "string Zero() => $\"0\";", parameters: "int octet"));

    [Fact]
    public void Assignment_on_one_branch_only_is_unknown() =>
        Assert.Equal(
            "rule r ? Inbound Deny Tcp src=*:* dst=*:?",
            RuleLineAfter("if (flag) { rule.Priority = 100; rule.DestinationPortRange = \"80\"; } else { rule.DestinationPortRange = \"81\"; }"));

    [Fact]
    public void Same_value_on_both_branches_stays_known() =>
        Assert.Equal("rule r 100 Inbound Deny Tcp src=*:* dst=*:unset", RuleLineAfter("var priority = 0; if (flag) { priority = 100; } else { priority = 100; } rule.Priority = priority;"));

    // Past 32 locals a frame keeps an index by symbol; branches cut it back and grow it again (locals declared inside).
    private static string ManyLocals(int count) =>
        string.Concat(System.Linq.Enumerable.Range(0, count).Select(i => $"var l{i} = {100 + i}; "));

    [Fact]
    public void Many_locals_keep_their_values_across_branches() =>
        Assert.Equal(
            "rule r 137 Inbound Deny Tcp src=*:* dst=*:5000",
            RuleLineAfter(ManyLocals(40) + "if (flag) { var inner = 1; l3 = 7; l39 = inner; } else { var other = 2; l3 = 7; l39 = other; } rule.Priority = l37 + l3 - l3; rule.DestinationPortRange = \"5000\";"));

    [Fact]
    public void With_many_locals_an_assignment_on_one_branch_is_still_unknown() =>
        Assert.Equal(
            "rule r ? Inbound Deny Tcp src=*:* dst=*:5000",
            RuleLineAfter(ManyLocals(40) + "if (flag) { l38 = 7; } rule.Priority = l38; rule.DestinationPortRange = \"5000\";"));

    [Fact]
    public void With_many_locals_a_loop_assignment_is_unknown_and_the_rest_known() =>
        Assert.Equal(
            "rule r ? Inbound Deny Tcp src=*:* dst=*:5000",
            RuleLineAfter(ManyLocals(40) + "for (int i = 0; i < 3; i++) { var step = i; l20 = l20 + step; } rule.Priority = l20; rule.DestinationPortRange = l1 == 101 ? \"5000\" : \"5000\";"));

    [Fact]
    public void Verbatim_and_raw_string_literals_are_known() =>
        Assert.Equal(
            "rule r 100 Inbound Deny Tcp src=*:* dst=*:5000",
            RuleLineAfter("rule.Priority = 100; rule.DestinationPortRange = \"\"\"\n5000\n\"\"\"; rule.DestinationAddressPrefix = @\"*\";"));

    [Fact]
    public void Undefined_enum_value_is_unknown() =>
        Assert.Equal("rule r 100 Inbound ? Tcp src=*:* dst=*:*", RuleLineAfter("rule.Access = (SecurityRuleAccess)7; rule.Priority = 100; rule.DestinationPortRange = \"*\";"));

    [Fact]
    public void Helper_method_with_a_body_is_followed_and_does_not_open_the_object() =>
        Assert.Equal("rule r 100 Inbound Deny Tcp src=*:* dst=*:unset", RuleLineAfter("Touch(nsg); rule.Priority = 100;"));

    [Fact]
    public void Loop_changing_a_local_makes_it_unknown_after_the_loop() =>
        Assert.Equal("rule r ? Inbound Deny Tcp src=*:* dst=*:unset", RuleLineAfter("var priority = 100; for (int i = 0; i < 3; i++) { priority += 10; } rule.Priority = priority;"));

    [Fact]
    public void Loop_changing_a_local_through_a_lambda_makes_it_unknown_after_the_loop() =>
        Assert.Equal("rule r ? Inbound Deny Tcp src=*:* dst=*:unset", RuleLineAfter("var priority = 100; foreach (var step in new[] { 10, 20 }) { System.Action bump = () => priority += step; bump(); } rule.Priority = priority;"));

    [Fact]
    public void Loop_changing_a_local_in_its_increment_makes_it_unknown_after_the_loop() =>
        Assert.Equal("rule r ? Inbound Deny Tcp src=*:* dst=*:unset", RuleLineAfter("var priority = 100; for (int i = 0; i < 3; i++, priority += 10) { } rule.Priority = priority;"));

    [Fact]
    public void Loop_changing_only_its_own_locals_keeps_outer_locals_known() =>
        Assert.Equal("rule r 100 Inbound Deny Tcp src=*:* dst=*:unset", RuleLineAfter("var priority = 100; for (int i = 0; i < 3; i++) { var inner = priority; inner += 10; } rule.Priority = priority;"));

    [Fact]
    public void Rules_added_in_a_loop_make_the_rule_set_incomplete() =>
        Assert.Equal("nsg nsg (rules incomplete)", RuleLineAfter("foreach (var port in new[] { \"80\", \"443\" }) { infra.Add(new SecurityRule(\"r\" + port) { Parent = nsg, Priority = 300, DestinationPortRange = port }); }"));

    [Fact]
    public void Nsg_handed_to_unknown_code_has_incomplete_rules() =>
        Assert.Equal("nsg nsg (open) (rules incomplete)", RuleLineAfter("System.GC.KeepAlive(nsg);"));

    [Fact]
    public void Set_provisioning_property_is_an_assignment() =>
        Assert.Equal("rule r 300 Inbound Deny Tcp src=*:* dst=*:unset", RuleLineAfter("rule.SetProvisioningProperty(rule.Priority, new BicepValue<int>(300));"));

    private static string RuleLineAfter(string statements)
    {
        string source = SeedLabSources.Usings + $$"""
            public static class Infra
            {
                public static Infrastructure Build(bool flag)
                {
                    var infra = new Infrastructure();
                    var nsg = new NetworkSecurityGroup("nsg") { Name = "nsg" };
                    var rule = new SecurityRule("r") { Parent = nsg, Name = "r", Direction = SecurityRuleDirection.Inbound, Access = SecurityRuleAccess.Deny, Protocol = SecurityRuleProtocol.Tcp, SourcePortRange = "*", SourceAddressPrefix = "*", DestinationAddressPrefix = "*" };
                    {{statements}}
                    infra.Add(nsg);
                    infra.Add(rule);
                    return infra;
                }

                private static void Touch(object o) { }
            }
            """;
        var dump = ExtractionHarness.Dump(source, "Build");
        foreach (var line in dump.Split('\n'))
        {
            if (line.StartsWith("nsg", System.StringComparison.Ordinal) && (line.Contains("incomplete") || line.Contains("open")))
            {
                return line.Trim();
            }

            if (line.TrimStart().StartsWith("rule r ", System.StringComparison.Ordinal))
            {
                return line.Trim();
            }
        }

        return dump;
    }
}

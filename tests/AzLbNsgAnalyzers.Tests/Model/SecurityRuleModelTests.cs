using System.Collections.Generic;
using System.Linq;
using AzLbNsgAnalyzers.Model;
using Xunit;

namespace AzLbNsgAnalyzers.Tests.Model;

/// <summary>A rule keeps what is known of its priority, direction, access, protocol, name and flags in two words: each reads back as set.</summary>
public class SecurityRuleModelTests
{
    private static IEnumerable<Known<T>> KnownAndUnknown<T>(IEnumerable<T> values) => values.Select(Known<T>.Of).Prepend(Known<T>.Unknown);

    [Fact]
    public void Every_field_reads_back_as_it_was_given_whatever_the_others_hold()
    {
        var priorities = KnownAndUnknown(new[] { 100, 4096, 0, -1, int.MaxValue, int.MinValue }).ToList();
        var directions = KnownAndUnknown(new[] { RuleDirection.Inbound, RuleDirection.Outbound }).ToList();
        var accesses = KnownAndUnknown(new[] { RuleAccess.Allow, RuleAccess.Deny }).ToList();
        var protocols = KnownAndUnknown(System.Enum.GetValues(typeof(RuleProtocol)).Cast<RuleProtocol>()).ToList();
        var names = new[] { Known<string?>.Of("allow-web"), Known<string?>.Of(null), Known<string?>.Unknown };
        int checkedRules = 0;
        foreach (var priority in priorities)
        {
            foreach (var direction in directions)
            {
                foreach (var access in accesses)
                {
                    foreach (var protocol in protocols)
                    {
                        var rule = new SecurityRuleModel("r", Origin.None, priority, direction, access, protocol, AddressField.Unset, PortField.Unset, AddressField.Unset, PortField.Unset);
                        Assert.Equal(Known<string?>.Of(null), rule.Name);
                        Assert.Equal(RuleSyntaxKind.ProvisioningObject, rule.SyntaxKind);
                        Assert.False(rule.HasAutoPriority);
                        Assert.False(rule.IsDefault);

                        // The later setters, in turn and undone, must leave every other field as it was.
                        int turn = checkedRules++;
                        var name = names[turn % names.Length];
                        var kind = (RuleSyntaxKind)(turn % 3);
                        rule.SyntaxKind = kind;
                        rule.Name = name;
                        rule.IsDefault = turn % 2 == 0;
                        rule.HasAutoPriority = turn % 4 < 2;
                        Assert.Equal(priority, rule.Priority);
                        Assert.Equal(direction, rule.Direction);
                        Assert.Equal(access, rule.Access);
                        Assert.Equal(protocol, rule.Protocol);
                        Assert.Equal(name, rule.Name);
                        Assert.Equal(kind, rule.SyntaxKind);
                        Assert.Equal(turn % 2 == 0, rule.IsDefault);
                        Assert.Equal(turn % 4 < 2, rule.HasAutoPriority);

                        rule.IsDefault = false;
                        rule.HasAutoPriority = false;
                        rule.SyntaxKind = RuleSyntaxKind.ProvisioningObject;
                        rule.Name = Known<string?>.Of("renamed");
                        Assert.Equal(priority, rule.Priority);
                        Assert.Equal(direction, rule.Direction);
                        Assert.Equal(access, rule.Access);
                        Assert.Equal(protocol, rule.Protocol);
                        Assert.Equal("renamed", rule.Name.Value);
                        Assert.False(rule.IsDefault || rule.HasAutoPriority);
                    }
                }
            }
        }

        Assert.Equal(7 * 3 * 3 * 7, checkedRules);
    }

    [Fact]
    public void An_enum_value_no_front_end_makes_is_unknown_not_another_value()
    {
        var rule = new SecurityRuleModel("r", Origin.None, 100, (RuleDirection)300, (RuleAccess)(-1), (RuleProtocol)255, AddressField.Unset, PortField.Unset, AddressField.Unset, PortField.Unset);
        Assert.True(rule.Direction.IsUnknown);
        Assert.True(rule.Access.IsUnknown);
        Assert.True(rule.Protocol.IsUnknown);
        Assert.Equal(100, rule.Priority.Value);

        // The largest value a field holds still reads back.
        var largest = new SecurityRuleModel("r", Origin.None, 100, (RuleDirection)254, RuleAccess.Deny, (RuleProtocol)254, AddressField.Unset, PortField.Unset, AddressField.Unset, PortField.Unset);
        Assert.Equal((RuleDirection)254, largest.Direction.Value);
        Assert.Equal(RuleAccess.Deny, largest.Access.Value);
        Assert.Equal((RuleProtocol)254, largest.Protocol.Value);
    }
}

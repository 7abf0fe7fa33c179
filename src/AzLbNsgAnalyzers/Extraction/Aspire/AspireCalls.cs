using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AzLbNsgAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AzLbNsgAnalyzers.Extraction;

/// <summary>
/// The Aspire front end: Aspire.Hosting.Azure.Network's fluent calls replayed as Aspire itself runs them
/// (docs/design/aspire-front-end.md), onto heap objects named like the Azure.Provisioning properties the
/// model builder reads, so both front ends end in the same model.
/// </summary>
internal sealed partial class Interpreter
{
    private const string DefaultVirtualNetworkPrefix = "10.0.0.0/16";
    private const int AutoPriorityStep = 100;

    private static readonly EnumValue Inbound = new("SecurityRuleDirection", "Inbound", 0);
    private static readonly EnumValue Outbound = new("SecurityRuleDirection", "Outbound", 1);
    private static readonly EnumValue Allow = new("SecurityRuleAccess", "Allow", 0);
    private static readonly EnumValue Deny = new("SecurityRuleAccess", "Deny", 1);
    private static readonly EnumValue AnyProtocol = new("SecurityRuleProtocol", "Asterisk", 0);
    private static readonly AbstractValue Wildcard = AbstractValue.Constant("*");

    private List<ConfigurationFault>? _faults;

    /// <summary>What Aspire would reject when the AppHost starts (found while the calls were replayed).</summary>
    public IReadOnlyList<ConfigurationFault> Faults => (IReadOnlyList<ConfigurationFault>?)_faults ?? Array.Empty<ConfigurationFault>();

    // A static call into Aspire's network extensions: true when modelled here (the result is then the call's value).
    private bool TryAspireCall(IInvocationOperation invocation, IMethodSymbol method, Arguments arguments, out AbstractValue result)
    {
        result = AbstractValue.Unknown;
        var aspire = _types.Aspire;
        var type = method.ContainingType;
        if (!aspire.IsPresent || type is null || type.DeclaringSyntaxReferences.Length > 0)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, aspire.VirtualNetworkExtensions))
        {
            result = method.Name switch
            {
                "AddAzureVirtualNetwork" => AddVirtualNetwork(invocation, arguments),
                "AddSubnet" => AddSubnet(invocation, arguments),
                "AllowInbound" => AddShorthandRule(invocation, arguments, Allow, Inbound),
                "DenyInbound" => AddShorthandRule(invocation, arguments, Deny, Inbound),
                "AllowOutbound" => AddShorthandRule(invocation, arguments, Allow, Outbound),
                "DenyOutbound" => AddShorthandRule(invocation, arguments, Deny, Outbound),
                "WithNetworkSecurityGroup" => AttachNetworkSecurityGroup(invocation, arguments),
                _ => NeutralCall(method, arguments),
            };
            return true;
        }

        if (SymbolEqualityComparer.Default.Equals(type, aspire.SecurityGroupExtensions))
        {
            result = method.Name switch
            {
                "AddNetworkSecurityGroup" => AddNetworkSecurityGroup(invocation, arguments),
                "WithSecurityRule" => AddSecurityRule(invocation, arguments),
                _ => NeutralCall(method, arguments),
            };
            return true;
        }

        if (Extraction.Aspire.AspireTypes.IsNeutralNetworkExtension(type))
        {
            result = NeutralCall(method, arguments);
            return true;
        }

        // Aspire's other extensions (WithReference, WithEnvironment, ...) read resources and add no NSG rule; the one that
        // can is ConfigureInfrastructure, whose callback may add Azure.Provisioning rules: that one lets the resource escape.
        if (method.Name != "ConfigureInfrastructure" && arguments.Length > 0 && arguments[0] is ObjectValue { Target.Kind: HeapObjectKind.Aspire }
            && NamespaceNames.IsWithin(type.ContainingNamespace, "Aspire.Hosting"))
        {
            for (int i = 1; i < arguments.Length; i++)
            {
                if (arguments[i] is not ObjectValue { Target.Kind: HeapObjectKind.Aspire })
                {
                    Escape(arguments[i]);
                }
            }

            result = IsBuilderPassThrough(method) ? arguments[0] : AbstractValue.Unknown;
            return true;
        }

        return false;
    }

    // WithNatGateway, WithServiceDelegation, WithDelegatedSubnet, AddPrivateEndpoint...: no rule changes; a With* call returns its builder.
    private static AbstractValue NeutralCall(IMethodSymbol method, Arguments arguments) =>
        IsBuilderPassThrough(method) && arguments.Length > 0 ? arguments[0] : AbstractValue.Unknown;

    private static bool IsBuilderPassThrough(IMethodSymbol method) =>
        method.Name.StartsWith("With", StringComparison.Ordinal) && method.Parameters.Length > 0
        && SymbolEqualityComparer.Default.Equals(method.ReturnType, method.Parameters[0].Type);

    // ------------------------------------------------------------ resources

    private AbstractValue AddVirtualNetwork(IInvocationOperation invocation, Arguments arguments)
    {
        var vnet = NewAspireObject(AspireRole.VirtualNetwork, invocation.Syntax);
        vnet.Properties["Name"] = Argument(arguments, "name");
        var prefix = IsParameterResource(arguments, "addressPrefix") ? AbstractValue.Unknown : Argument(arguments, "addressPrefix");
        if (prefix is ConstantValue { Value: null })
        {
            prefix = AbstractValue.Constant(DefaultVirtualNetworkPrefix);
        }

        var addressSpace = NewObject(HeapObjectKind.Plain, null, invocation.Syntax);
        var prefixes = NewObject(HeapObjectKind.List, null, invocation.Syntax);
        prefixes.Items.Add(prefix);
        addressSpace.Properties["AddressPrefixes"] = prefixes.Reference;
        vnet.Properties["AddressSpace"] = addressSpace.Reference;
        return vnet.Reference;
    }

    private AbstractValue AddSubnet(IInvocationOperation invocation, Arguments arguments)
    {
        var subnet = NewAspireObject(AspireRole.Subnet, invocation.Syntax);
        var resourceName = Argument(arguments, "name");
        var subnetName = Argument(arguments, "subnetName");
        subnet.Properties["Name"] = subnetName is ConstantValue { Value: null } ? resourceName : subnetName;
        subnet.BicepIdentifier = resourceName is ConstantValue { Value: string identifier } ? identifier : null;
        subnet.Properties["AddressPrefix"] = IsParameterResource(arguments, "addressPrefix") ? AbstractValue.Unknown : Argument(arguments, "addressPrefix");
        var parent = arguments.Length > 0 ? arguments[0] : AbstractValue.Unknown;
        subnet.Properties["Parent"] = parent is ObjectValue { Target.AspireRole: AspireRole.VirtualNetwork } ? parent : AbstractValue.Unknown;
        return subnet.Reference;
    }

    private AbstractValue AddNetworkSecurityGroup(IInvocationOperation invocation, Arguments arguments)
    {
        var nsg = NewAspireObject(AspireRole.NetworkSecurityGroup, invocation.Syntax);
        nsg.Properties["Name"] = Argument(arguments, "name");
        nsg.Properties["SecurityRules"] = NewObject(HeapObjectKind.List, null, invocation.Syntax).Reference;
        return nsg.Reference;
    }

    private AbstractValue AttachNetworkSecurityGroup(IInvocationOperation invocation, Arguments arguments)
    {
        var subnetValue = arguments.Length > 0 ? arguments[0] : AbstractValue.Unknown;
        var nsgValue = Argument(arguments, "nsg");
        if (subnetValue is not ObjectValue { Target: { AspireRole: AspireRole.Subnet } subnet })
        {
            Escape(nsgValue);
            return subnetValue;
        }

        if (subnet.Properties.TryGetValue("NetworkSecurityGroup", out var current) && current is ObjectValue { Target: { IsImplicitNsg: true } implicitNsg })
        {
            // Aspire throws InvalidOperationException: the shorthand rules already made this subnet's NSG.
            AddFault(new ConfigurationFault(
                ConfigurationFaultKind.NsgAfterShorthandRules,
                AspireCallOrigin(invocation.Syntax),
                ImmutableArray.Create(implicitNsg.Origin),
                implicitNsg.DisplayName,
                subnet.DisplayName,
                subnet.Origin));
            return subnetValue;
        }

        SetProperty(subnet, "NetworkSecurityGroup", nsgValue is ObjectValue { Target.AspireRole: AspireRole.NetworkSecurityGroup } ? nsgValue : AbstractValue.Unknown);
        if (nsgValue is not ObjectValue { Target.AspireRole: AspireRole.NetworkSecurityGroup })
        {
            Escape(nsgValue);
        }

        return subnetValue;
    }

    // ------------------------------------------------------------ rules

    // AllowInbound(port, from, to, protocol, priority, name) and its three siblings, as Aspire builds the rule.
    private AbstractValue AddShorthandRule(IInvocationOperation invocation, Arguments arguments, EnumValue access, EnumValue direction)
    {
        var subnetValue = arguments.Length > 0 ? arguments[0] : AbstractValue.Unknown;
        if (subnetValue is not ObjectValue { Target: { AspireRole: AspireRole.Subnet } subnet })
        {
            return subnetValue;
        }

        var nsg = ShorthandNetworkSecurityGroup(subnet, invocation.Syntax);
        if (nsg is null || RuleList(nsg) is not { } rules)
        {
            return subnetValue;
        }

        var port = Argument(arguments, "port");
        var from = Argument(arguments, "from");
        var to = Argument(arguments, "to");
        var protocol = Argument(arguments, "protocol");
        var priority = Argument(arguments, "priority");
        var name = Argument(arguments, "name");

        var rule = NewAspireObject(AspireRole.SecurityRule, invocation.Syntax);
        rule.RuleSyntax = RuleSyntaxKind.AspireShorthand;
        rule.HasAutoPriority = priority is ConstantValue { Value: null };
        rule.BuilderOrigin = subnet.Origin;
        rule.Properties["Name"] = name is ConstantValue { Value: null } ? AutoRuleName(rule, rules, access, direction, port, from, to) : name;
        rule.Properties["Priority"] = rule.HasAutoPriority ? AutoPriority(nsg, rules) : priority;
        rule.Properties["Direction"] = direction;
        rule.Properties["Access"] = access;
        rule.Properties["Protocol"] = protocol is ConstantValue { Value: null } ? AnyProtocol : protocol;
        rule.Properties["SourceAddressPrefix"] = OrWildcard(from);
        rule.Properties["SourcePortRange"] = Wildcard;
        rule.Properties["DestinationAddressPrefix"] = OrWildcard(to);
        rule.Properties["DestinationPortRange"] = OrWildcard(port);
        AddRuleTo(rules, rule);
        return subnetValue;
    }

    // The subnet's NSG for a shorthand rule: the one it has, else the {subnet}-nsg Aspire creates. Null when unknown.
    private HeapObject? ShorthandNetworkSecurityGroup(HeapObject subnet, SyntaxNode call)
    {
        if (!subnet.Properties.TryGetValue("NetworkSecurityGroup", out var current))
        {
            var created = NewAspireObject(AspireRole.NetworkSecurityGroup, call);
            created.IsImplicitNsg = true;
            created.Properties["Name"] = subnet.BicepIdentifier is { } resourceName ? AbstractValue.Constant(resourceName + "-nsg") : AbstractValue.Unknown;
            created.Properties["SecurityRules"] = NewObject(HeapObjectKind.List, null, call).Reference;
            SetProperty(subnet, "NetworkSecurityGroup", created.Reference);
            subnet.Properties.TryGetValue("NetworkSecurityGroup", out current);
        }

        return current is ObjectValue { Target: { AspireRole: AspireRole.NetworkSecurityGroup } nsg } ? nsg : null;
    }

    // WithSecurityRule(new AzureSecurityRule { ... }): the record's fields, its defaults, and Aspire's duplicate-name check.
    private AbstractValue AddSecurityRule(IInvocationOperation invocation, Arguments arguments)
    {
        var nsgValue = arguments.Length > 0 ? arguments[0] : AbstractValue.Unknown;
        var specValue = Argument(arguments, "rule");
        if (nsgValue is not ObjectValue { Target: { AspireRole: AspireRole.NetworkSecurityGroup } nsg } || RuleList(nsg) is not { } rules)
        {
            return nsgValue;
        }

        if (specValue is not ObjectValue { Target: { AspireRole: AspireRole.RuleSpec } spec })
        {
            // A rule built where the analysis cannot see: the NSG holds one more rule, unknown.
            rules.ItemsIncomplete = true;
            return nsgValue;
        }

        var name = Read(spec, "Name");
        if (name is ConstantValue { Value: string ruleName } && FindRuleNamed(rules, ruleName) is { } existing)
        {
            // Aspire throws ArgumentException (names compare ignoring case), and the rule is not added.
            AddFault(new ConfigurationFault(
                ConfigurationFaultKind.DuplicateRuleName,
                AspireCallOrigin(invocation.Syntax),
                ImmutableArray.Create(existing.Origin),
                nsg.DisplayName,
                ruleName,
                nsg.Origin));
            return nsgValue;
        }

        var rule = NewObject(HeapObjectKind.Aspire, null, spec.Origin);
        rule.AspireRole = AspireRole.SecurityRule;
        rule.RuleSyntax = RuleSyntaxKind.AspireSecurityRule;
        rule.BuilderOrigin = nsg.Origin;
        rule.IsLoopSummary |= spec.IsLoopSummary;
        rule.IsOpen |= spec.IsOpen;
        rule.Properties["Name"] = name;
        rule.Properties["Priority"] = Read(spec, "Priority");
        rule.Properties["Direction"] = Read(spec, "Direction");
        rule.Properties["Access"] = Read(spec, "Access");
        rule.Properties["Protocol"] = Read(spec, "Protocol");
        rule.Properties["SourceAddressPrefix"] = HasReference(spec, "SourceAddressPrefixReference") ? AbstractValue.Unknown : ReadOrWildcard(spec, "SourceAddressPrefix");
        rule.Properties["SourcePortRange"] = ReadOrWildcard(spec, "SourcePortRange");
        rule.Properties["DestinationAddressPrefix"] = HasReference(spec, "DestinationAddressPrefixReference") ? AbstractValue.Unknown : ReadOrWildcard(spec, "DestinationAddressPrefix");
        rule.Properties["DestinationPortRange"] = Read(spec, "DestinationPortRange");
        AddRuleTo(rules, rule);
        return nsgValue;
    }

    private void AddRuleTo(HeapObject rules, HeapObject rule)
    {
        if (IsConditionalFor(rules))
        {
            rules.ItemsIncomplete = true;
        }

        rules.Items.Add(rule.Reference);
    }

    private static HeapObject? RuleList(HeapObject nsg) =>
        nsg.Properties.TryGetValue("SecurityRules", out var list) && list is ObjectValue { Target: { Kind: HeapObjectKind.List } rules } ? rules : null;

    // Aspire: 100 for the NSG's first rule, else its largest priority + 100 (every rule, both directions). A priority the
    // analysis cannot see, a rule added on one path only, or a rule made each time round a loop leaves it Unknown.
    private AbstractValue AutoPriority(HeapObject nsg, HeapObject rules)
    {
        if (rules.ItemsIncomplete || nsg.IsOpen || rules.IsOpen || _loopDepth > 0)
        {
            return AbstractValue.Unknown;
        }

        int max = 0;
        foreach (var item in rules.Items)
        {
            if (item is not ObjectValue { Target: var rule } || rule.IsLoopSummary
                || !rule.Properties.TryGetValue("Priority", out var priority) || priority is not ConstantValue { Value: int value })
            {
                return AbstractValue.Unknown;
            }

            max = Math.Max(max, value);
        }

        if (rules.Items.Count == 0)
        {
            return AbstractValue.Constant(AutoPriorityStep);
        }

        return max > int.MaxValue - AutoPriorityStep ? AbstractValue.Unknown : AbstractValue.Constant(max + AutoPriorityStep);
    }

    // allow|deny-inbound|outbound[-port][-from][-to], then -2, -3... while a rule of the NSG has that name (case-sensitive).
    private static AbstractValue AutoRuleName(HeapObject rule, HeapObject rules, EnumValue access, EnumValue direction, AbstractValue port, AbstractValue from, AbstractValue to)
    {
        var builder = new System.Text.StringBuilder();
        builder.Append(access == Allow ? "allow" : "deny").Append('-').Append(direction == Inbound ? "inbound" : "outbound");
        foreach (var part in new[] { port, from, to })
        {
            switch (part)
            {
                case ConstantValue { Value: null }:
                    break;
                case ConstantValue { Value: string text }:
                    builder.Append('-').Append(text);
                    break;
                default:
                    return AbstractValue.Unknown;
            }
        }

        var baseName = builder.ToString();
        rule.BicepIdentifier = baseName;
        if (rules.ItemsIncomplete)
        {
            return AbstractValue.Unknown;
        }

        var candidate = baseName;
        for (int suffix = 2; HasRuleNamed(rules, candidate, StringComparison.Ordinal, out bool unknownName) || unknownName; suffix++)
        {
            if (unknownName)
            {
                return AbstractValue.Unknown;
            }

            candidate = baseName + "-" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return AbstractValue.Constant(candidate);
    }

    private static HeapObject? FindRuleNamed(HeapObject rules, string name)
    {
        foreach (var item in rules.Items)
        {
            if (item is ObjectValue { Target: var rule } && rule.Properties.TryGetValue("Name", out var value)
                && value is ConstantValue { Value: string existing } && string.Equals(existing, name, StringComparison.OrdinalIgnoreCase))
            {
                return rule;
            }
        }

        return null;
    }

    private static bool HasRuleNamed(HeapObject rules, string name, StringComparison comparison, out bool unknownName)
    {
        unknownName = false;
        foreach (var item in rules.Items)
        {
            if (item is not ObjectValue { Target: var rule } || !rule.Properties.TryGetValue("Name", out var value) || value is not ConstantValue { Value: string existing })
            {
                unknownName = true;
                continue;
            }

            if (string.Equals(existing, name, comparison))
            {
                return true;
            }
        }

        return false;
    }

    // ------------------------------------------------------------ helpers

    // An argument by parameter name (the call may name them in any order); an omitted optional one is its default, null.
    private static AbstractValue Argument(Arguments arguments, string parameterName)
    {
        for (int i = 0; i < arguments.Length; i++)
        {
            if (arguments.Parameter(i)?.Name == parameterName)
            {
                return arguments[i];
            }
        }

        return AbstractValue.Constant(null);
    }

    // The IResourceBuilder<ParameterResource> overloads: the prefix is chosen at deployment.
    private static bool IsParameterResource(Arguments arguments, string parameterName)
    {
        for (int i = 0; i < arguments.Length; i++)
        {
            if (arguments.Parameter(i) is { } parameter && parameter.Name == parameterName)
            {
                return parameter.Type.SpecialType != SpecialType.System_String;
            }
        }

        return false;
    }

    private static AbstractValue OrWildcard(AbstractValue value) => value is ConstantValue { Value: null } ? Wildcard : value;

    private static AbstractValue Read(HeapObject spec, string property) =>
        spec.Properties.TryGetValue(property, out var value) ? value : AbstractValue.Unknown;

    // The record's defaults: "*" for the prefixes and the source port when the initializer does not set them.
    private static AbstractValue ReadOrWildcard(HeapObject spec, string property) =>
        spec.Properties.TryGetValue(property, out var value) ? value : Wildcard;

    private static bool HasReference(HeapObject spec, string property) =>
        spec.Properties.TryGetValue(property, out var value) && value is not ConstantValue { Value: null };

    private void AddFault(ConfigurationFault fault) => (_faults ??= new List<ConfigurationFault>()).Add(fault);

    private HeapObject NewAspireObject(AspireRole role, SyntaxNode syntax) => NewAspireObject(role, null, syntax);

    private HeapObject NewAspireObject(AspireRole role, ITypeSymbol? type, SyntaxNode syntax)
    {
        // A fluent call's origin is the method's name to its closing parenthesis, not the whole chain before it;
        // a `new AzureSecurityRule { ... }` is located as any creation.
        var created = NewObject(HeapObjectKind.Aspire, type, syntax, role == AspireRole.RuleSpec ? OriginSpan.Creation : OriginSpan.AspireCall, isAspire: true);
        created.AspireRole = role;
        return created;
    }

    private Origin AspireCallOrigin(SyntaxNode syntax) => OriginOf(syntax, OriginSpan.AspireCall, isAspire: true);

    // `subnet.AllowInbound(port: "443")` in a chain: from AllowInbound to its closing parenthesis.
    private static Location AspireCallLocation(SyntaxNode syntax)
    {
        if (syntax is InvocationExpressionSyntax invocation)
        {
            var name = invocation.Expression switch
            {
                MemberAccessExpressionSyntax member => member.Name,
                MemberBindingExpressionSyntax binding => binding.Name,
                _ => invocation.Expression,
            };
            return Location.Create(syntax.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(name.SpanStart, invocation.ArgumentList.Span.End));
        }

        return syntax.GetLocation();
    }
}

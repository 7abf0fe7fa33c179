using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>
/// LBNSG004 (NSG-only form) "Allow clients from VirtualNetwork on port P": adds, right after the AzureLoadBalancer
/// rule's call, <c>.AllowInbound(port: "P", from: AzureServiceTags.VirtualNetwork, protocol: ...)</c> (or a
/// <c>.WithSecurityRule(...)</c> after a WithSecurityRule). Where Aspire chose every priority of the NSG the call order
/// gives it a priority before the denies; otherwise it takes the largest free number below the first deny.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AspireAllowClientsCodeFixProvider)), Shared]
public sealed class AspireAllowClientsCodeFixProvider : AspireCallCodeFixProvider
{
    private const string ClientTag = "VirtualNetwork";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("LBNSG004");

    internal override IEnumerable<FixPlan> Plans(Diagnostic diagnostic, InvocationExpressionSyntax call)
    {
        if (Port(diagnostic) is not { } port || Shape(call) is not { } shape
            || (NeedsPriority(diagnostic, shape) && UsePriority(diagnostic, new PriorityReservations().For(diagnostic)) is null))
        {
            yield break;
        }

        yield return new FixPlan("Allow clients from " + ClientTag + (port == "*" ? " on every port" : " on port " + port), "LBNSG004-aspire-" + ClientTag);
    }

    internal override SyntaxNode? Apply(SyntaxNode root, InvocationExpressionSyntax call, Diagnostic diagnostic, FixPlan plan, PriorityReservations reservations)
    {
        if (Port(diagnostic) is not { } port || Shape(call) is not { } shape)
        {
            return null;
        }

        int? priority = null;
        if (NeedsPriority(diagnostic, shape))
        {
            var taken = reservations.For(diagnostic);
            priority = UsePriority(diagnostic, taken);
            if (priority is null)
            {
                return null;
            }

            taken.Add(priority.Value);
        }

        diagnostic.Properties.TryGetValue("Protocol", out var protocol);
        var appended = shape == "WithSecurityRule"
            ? AspireSyntax.AppendCall(call, "WithSecurityRule", "(" + SecurityRuleObject(diagnostic, port, protocol ?? "Asterisk", priority!.Value) + ")")
            : AspireSyntax.AppendCall(call, "AllowInbound", ShorthandArguments(port, protocol, priority));
        return root.ReplaceNode(call, appended);
    }

    // "AllowInbound" (a shorthand call) or "WithSecurityRule"; null for other calls.
    private static string? Shape(InvocationExpressionSyntax call) => AspireSyntax.MethodName(call)?.Identifier.ValueText switch
    {
        "AllowInbound" => "AllowInbound",
        "WithSecurityRule" => "WithSecurityRule",
        _ => null,
    };

    // Aspire's port argument is one DestinationPortRange: a port, a range or "*", never a list.
    private static string? Port(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue("BackendPort", out var port) && !string.IsNullOrEmpty(port) && port!.IndexOf(',') < 0 ? port : null;

    private static bool NeedsPriority(Diagnostic diagnostic, string shape) =>
        shape == "WithSecurityRule" || !(diagnostic.Properties.TryGetValue("AllAutoPriorities", out var allAuto) && allAuto == "true");

    private static int? UsePriority(Diagnostic diagnostic, HashSet<int> taken) =>
        PriorityReservations.ParseInt(diagnostic, "DenyPriority") is { } deny ? PriorityReservations.FreeBelow(taken, deny) : null;

    private static string ShorthandArguments(string port, string? protocol, int? priority)
    {
        var arguments = new List<string>();
        if (port != "*")
        {
            arguments.Add("port: \"" + port + "\"");
        }

        arguments.Add("from: global::Aspire.Hosting.Azure.AzureServiceTags." + ClientTag);
        if (protocol is not null && protocol != "Asterisk")
        {
            arguments.Add("protocol: global::Azure.Provisioning.Network.SecurityRuleProtocol." + protocol);
        }

        if (priority is { } value)
        {
            arguments.Add("priority: " + value.ToString(CultureInfo.InvariantCulture));
        }

        return "(" + string.Join(", ", arguments) + ")";
    }

    private static string SecurityRuleObject(Diagnostic diagnostic, string port, string protocol, int priority)
    {
        var names = diagnostic.Properties.TryGetValue("RuleNames", out var list) && list is not null ? list.Split(',') : Array.Empty<string>();
        string baseName = "allow-clients-" + (port == "*" ? "any" : port);
        string name = baseName;
        for (int suffix = 2; names.Contains(name, StringComparer.OrdinalIgnoreCase); suffix++)
        {
            name = baseName + "-" + suffix.ToString(CultureInfo.InvariantCulture);
        }

        return "new global::Aspire.Hosting.Azure.AzureSecurityRule { Name = \"" + name + "\", Priority = " + priority.ToString(CultureInfo.InvariantCulture)
            + ", Direction = global::Azure.Provisioning.Network.SecurityRuleDirection.Inbound, Access = global::Azure.Provisioning.Network.SecurityRuleAccess.Allow"
            + ", Protocol = global::Azure.Provisioning.Network.SecurityRuleProtocol." + protocol
            + ", SourceAddressPrefix = global::Aspire.Hosting.Azure.AzureServiceTags." + ClientTag + ", SourcePortRange = \"*\", DestinationAddressPrefix = \"*\", DestinationPortRange = \"" + port + "\" }";
    }
}

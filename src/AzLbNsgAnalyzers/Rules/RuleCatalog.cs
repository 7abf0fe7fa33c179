using System.Collections.Immutable;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>How a finding is reported unless configuration says otherwise (the compiler's severities).</summary>
public enum RuleSeverity
{
    Hidden,
    Info,
    Warning,
    Error,
}

/// <summary>One message of a rule: what both front ends (the C# analyzer and lbnsg) report for it.</summary>
public sealed class RuleEntry
{
    internal RuleEntry(string id, string title, string messageFormat, string category, RuleSeverity severity, string description)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = severity;
        Description = description;
    }

    public string Id { get; }

    public string Title { get; }

    /// <summary>A composite format string over <see cref="Finding.MessageArguments"/>.</summary>
    public string MessageFormat { get; }

    public string Category { get; }

    public RuleSeverity DefaultSeverity { get; }

    public string Description { get; }

    public string HelpLink => RuleCatalog.HelpLink(Id);

    /// <summary>The message of <paramref name="finding"/>, formatted as the compiler formats a diagnostic's.</summary>
    public string Format(Finding finding) => string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, System.Linq.Enumerable.ToArray(finding.MessageArguments));
}

/// <summary>Every rule's ID, title, message, category, severity and help link, in one place, for both front ends.</summary>
public static class RuleCatalog
{
    /// <summary>The repository the help links point into (docs/rules/ID.md).</summary>
    public const string RepositoryUrl = "https://github.com/azlbnsganalyzers/AzLbNsgAnalyzers";

    public const string LoadBalancingCategory = "AzureLoadBalancing";
    public const string DeploymentCategory = "AzureDeployment";

    public static readonly RuleEntry LBNSG003 = Create(
        "LBNSG003",
        "NSG blocks the load balancer health probe",
        "NSG rule '{0}' (priority {1}) in '{2}' denies the health probe of load balancer '{3}' from 168.63.129.16 (AzureLoadBalancer) on {4} to backend {5}: a custom deny below 65001 overrides AllowAzureLoadBalancerInBound, probes fail, every backend is marked down and no traffic is balanced",
        LoadBalancingCategory,
        RuleSeverity.Warning,
        "Azure Load Balancer health probes come from 168.63.129.16 (service tag AzureLoadBalancer). The default rule AllowAzureLoadBalancerInBound sits at priority 65001, so any custom deny with a smaller number that covers the probe port blocks the probes: the backends are marked down and the load balancer stops sending them traffic, although a direct call to a VM still works. Allow source AzureLoadBalancer to the probe port with a smaller number than the deny.");

    public static readonly RuleEntry LBNSG001 = Create(
        "LBNSG001",
        "NSG on the load balancer frontend subnet does not filter load-balanced traffic",
        "NSG rule '{0}' (priority {1}) in '{2}' on the frontend subnet '{3}' targets load balancer frontend {4} of '{5}', but that subnet is never on the path of load-balanced traffic: the client's host sends the packets straight to the backend, so this rule filters nothing; filter on the backend's NSG instead",
        LoadBalancingCategory,
        RuleSeverity.Warning,
        "Azure Load Balancer is not a hop: the client's host applies the load-balancing rule and sends the packet directly to the backend's host, which applies the NAT and then the backend's subnet and NIC NSGs. An NSG on the subnet that holds an internal frontend only filters traffic to other resources in that subnet.");

    public static readonly RuleEntry LBNSG002 = Create(
        "LBNSG002",
        "Backend NSG admits the load balancer instead of the clients",
        "NSG rule '{0}' (priority {1}) in '{2}' admits only the load balancer's frontend subnet '{3}', but backends see the client's address, not the load balancer's: Azure Load Balancer does not SNAT inbound flows, so this rule admits no client of '{4}' to {5}",
        LoadBalancingCategory,
        RuleSeverity.Warning,
        "Inbound load-balanced flows keep the client's source address. An allow rule on a backend whose source is the load balancer's frontend subnet (or frontend IP) matches no real packet: allow the clients' addresses instead.");

    public static readonly RuleEntry LBNSG004 = Create(
        "LBNSG004",
        "AzureLoadBalancer service tag does not admit load-balanced traffic",
        "NSG rule '{0}' (priority {1}) in '{2}' allows the AzureLoadBalancer service tag, which is only the health probe source 168.63.129.16: load-balanced flows of '{3}' keep the client's address, so clients {4} are denied on {6} to backend {5} by {7}",
        LoadBalancingCategory,
        RuleSeverity.Warning,
        "The AzureLoadBalancer service tag stands for 168.63.129.16, the source of health probes, not of client traffic. With it as the only allow, probes pass and the backends look healthy, but every client flow hits the deny: allow the clients' addresses to the backend port too.");

    /// <summary>LBNSG004 on an NSG whose load balancer the code does not build (Aspire's subnets): the NSG alone proves it.</summary>
    public static readonly RuleEntry LBNSG004NsgOnly = Create(
        "LBNSG004",
        "AzureLoadBalancer service tag does not admit load-balanced traffic",
        "NSG rule '{0}' (priority {1}) in '{2}' admits only the AzureLoadBalancer service tag on {3}, the health probe source 168.63.129.16, and no other rule admits anyone there: only health probes get in; load-balanced clients keep their own address and are denied by {4}",
        LoadBalancingCategory,
        RuleSeverity.Warning,
        "The AzureLoadBalancer service tag stands for 168.63.129.16, the source of health probes, not of client traffic. With it as the only allow, probes pass and the backends look healthy, but every client flow hits the deny: allow the clients' addresses to the backend port too.");

    public static readonly RuleEntry LBNSG005 = Create(
        "LBNSG005",
        "Public Standard load balancer backend has no NSG",
        "Backend {0} of public Standard load balancer '{1}' (rule {2}) has no NSG on its subnet '{3}' or its NIC: Standard load balancers and public IPs are closed to inbound traffic until an NSG allows it, so no client reaches it",
        LoadBalancingCategory,
        RuleSeverity.Warning,
        "A Standard load balancer with a public frontend is secure by default: inbound flows are blocked unless a network security group on the backend's subnet or NIC allows them. Attach an NSG that allows the clients to the backend port.");

    public static readonly RuleEntry LBNSG006 = Create(
        "LBNSG006",
        "NSG rule matches the frontend instead of the backend",
        "NSG rule '{0}' (priority {1}) in '{2}' allows {3} of load balancer rule {4}, but backend {6} receives those flows at {5}: the load balancer translates the destination on the backend's host before the NSG sees it, so this rule never admits them",
        LoadBalancingCategory,
        RuleSeverity.Warning,
        "Without floating IP, backends receive load-balanced flows at their own address and the rule's backend port; with floating IP, at the frontend address and frontend port. An NSG rule written for the other pair never matches.");

    public static readonly RuleEntry LBNSG007 = Create(
        "LBNSG007",
        "Load-balanced traffic cannot reach the backend",
        "Load-balanced traffic of rule {0} cannot reach backend {1}: {2} denies every client ({3}); backends see the client's address, not the load balancer's: Azure Load Balancer does not SNAT inbound flows",
        LoadBalancingCategory,
        RuleSeverity.Warning,
        "The backend's subnet NSG and NIC NSG must both allow the clients' addresses to the port the backend sees. Here every client flow is denied.");

    public static readonly RuleEntry LBNSG101 = Create(
        "LBNSG101",
        "Security rule priority out of range",
        "Security rule '{0}' has priority {1}, outside 100-4096: Azure rejects the deployment of NSG '{2}' (custom rules take priorities 100 to 4096; 65000-65500 belong to the default rules)",
        DeploymentCategory,
        RuleSeverity.Warning,
        "Custom security rules take priorities from 100 to 4096; a lower number wins. Azure rejects other values at deployment.");

    public static readonly RuleEntry LBNSG102 = Create(
        "LBNSG102",
        "Duplicate security rule priority",
        "Security rule '{0}' has priority {1}, already used by '{2}' for {3} rules of NSG '{4}': Azure rejects the deployment with SecurityRuleConflict (priorities are unique per NSG and direction)",
        DeploymentCategory,
        RuleSeverity.Warning,
        "Two rules of one NSG with the same priority and direction make the deployment fail with SecurityRuleConflict. The same number inbound and outbound is fine.");

    public static readonly RuleEntry LBNSG103 = Create(
        "LBNSG103",
        "Malformed rule name, address prefix, service tag or port range",
        "Security rule '{0}': {1}",
        DeploymentCategory,
        RuleSeverity.Warning,
        "Azure validates security rule values only at deployment: names up to 80 letters, digits, '_', '.' and '-' (starting and ending with a letter, digit or '_'), addresses must be IPv4 or IPv6 addresses or CIDRs, '*' or a service tag (tags and '*' only in the singular fields), ports '*', a number 0-65535 or a range 'low-high'.");

    public static readonly RuleEntry LBNSG104 = Create(
        "LBNSG104",
        "Singular and plural forms both set",
        "Security rule '{0}' sets both {1} ('{2}') and {3} ({4}): Azure accepts only one of them and rejects the deployment; put every value in {3}",
        DeploymentCategory,
        RuleSeverity.Warning,
        "SourceAddressPrefix and SourceAddressPrefixes (and the destination and port pairs) are mutually exclusive in ARM.");

    public static readonly RuleEntry LBNSG105 = Create(
        "LBNSG105",
        "Basic SKU load balancer or public IP",
        "{0} '{1}' uses the Basic SKU, retired on 30 September 2025: new Basic resources cannot be deployed; use Standard (a public Standard load balancer then needs an NSG that allows its clients)",
        DeploymentCategory,
        RuleSeverity.Warning,
        "Basic Load Balancer and Basic public IP addresses were retired on 30 September 2025. Standard resources are secure by default: inbound traffic needs an NSG allow.");

    public static readonly RuleEntry LBNSG106 = Create(
        "LBNSG106",
        "Security rule can never match",
        "Security rule '{0}' (priority {1}) in '{2}' can never match: every flow it matches is decided first by {3}",
        DeploymentCategory,
        RuleSeverity.Info,
        "NSG rules are evaluated in priority order and the first match ends evaluation. A rule whose every flow is matched by rules with smaller numbers has no effect.");

    public static readonly RuleEntry LBNSG107 = Create(
        "LBNSG107",
        "Network configuration the AppHost rejects at start",
        "Security rule name '{0}' is already used in NSG '{1}' (names compare ignoring case): Aspire's WithSecurityRule throws ArgumentException when the AppHost starts; give the rule a name of its own",
        DeploymentCategory,
        RuleSeverity.Warning,
        "Aspire.Hosting.Azure.Network checks two things only when the AppHost runs: a rule added with WithSecurityRule must have a name no other rule of that NSG has (ignoring case), and WithNetworkSecurityGroup may not replace the NSG a subnet's AllowInbound/DenyInbound shorthand rules created. Both throw before anything is deployed.");

    /// <summary>LBNSG107 for an explicit NSG given to a subnet whose shorthand rules already created one.</summary>
    public static readonly RuleEntry LBNSG107NsgAfterShorthand = Create(
        "LBNSG107",
        "Network configuration the AppHost rejects at start",
        "Subnet '{0}' already has NSG '{1}', created by its shorthand rules (AllowInbound, DenyInbound...): Aspire's WithNetworkSecurityGroup throws InvalidOperationException when the AppHost starts; call WithNetworkSecurityGroup before the shorthand rules (they are then added to that NSG), or use only one of the two",
        DeploymentCategory,
        RuleSeverity.Warning,
        "Aspire.Hosting.Azure.Network checks two things only when the AppHost runs: a rule added with WithSecurityRule must have a name no other rule of that NSG has (ignoring case), and WithNetworkSecurityGroup may not replace the NSG a subnet's AllowInbound/DenyInbound shorthand rules created. Both throw before anything is deployed.");

    /// <summary>Every entry, in ID order; a rule with several messages has one entry per form, the main one first.</summary>
    public static ImmutableArray<RuleEntry> All { get; } = ImmutableArray.Create(LBNSG001, LBNSG002, LBNSG003, LBNSG004, LBNSG004NsgOnly, LBNSG005, LBNSG006, LBNSG007, LBNSG101, LBNSG102, LBNSG103, LBNSG104, LBNSG105, LBNSG106, LBNSG107, LBNSG107NsgAfterShorthand);

    /// <summary>The entry for a finding: its rule's message of the finding's form.</summary>
    public static RuleEntry For(Finding finding)
    {
        int form = 0;
        foreach (var entry in All)
        {
            if (entry.Id == finding.RuleId && form++ == finding.Form)
            {
                return entry;
            }
        }

        throw new System.ArgumentException("No message for " + finding.RuleId + " form " + finding.Form, nameof(finding));
    }

    public static string HelpLink(string id) => RepositoryUrl + "/blob/main/docs/rules/" + id + ".md";

    private static RuleEntry Create(string id, string title, string message, string category, RuleSeverity severity, string description) =>
        new(id, title, message, category, severity, description);
}

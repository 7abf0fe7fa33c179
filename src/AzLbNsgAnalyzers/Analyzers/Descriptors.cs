using System.Collections.Immutable;
using AzLbNsgAnalyzers.Rules;
using Microsoft.CodeAnalysis;

namespace AzLbNsgAnalyzers.Analyzers;

/// <summary>The compiler's descriptors of the rule catalog (<see cref="RuleCatalog"/>, shared with lbnsg).</summary>
internal static class Descriptors
{
    public const string RepositoryUrl = RuleCatalog.RepositoryUrl;

    public const string LoadBalancingCategory = RuleCatalog.LoadBalancingCategory;
    public const string DeploymentCategory = RuleCatalog.DeploymentCategory;

    public static readonly DiagnosticDescriptor LBNSG003 = Create("LBNSG003", LoadBalancingCategory, DiagnosticSeverity.Warning, RuleCatalog.LBNSG003);

    public static readonly DiagnosticDescriptor LBNSG001 = Create("LBNSG001", LoadBalancingCategory, DiagnosticSeverity.Warning, RuleCatalog.LBNSG001);

    public static readonly DiagnosticDescriptor LBNSG002 = Create("LBNSG002", LoadBalancingCategory, DiagnosticSeverity.Warning, RuleCatalog.LBNSG002);

    public static readonly DiagnosticDescriptor LBNSG004 = Create("LBNSG004", LoadBalancingCategory, DiagnosticSeverity.Warning, RuleCatalog.LBNSG004);

    public static readonly DiagnosticDescriptor LBNSG004NsgOnly = Create("LBNSG004", LoadBalancingCategory, DiagnosticSeverity.Warning, RuleCatalog.LBNSG004NsgOnly);

    public static readonly DiagnosticDescriptor LBNSG005 = Create("LBNSG005", LoadBalancingCategory, DiagnosticSeverity.Warning, RuleCatalog.LBNSG005);

    public static readonly DiagnosticDescriptor LBNSG006 = Create("LBNSG006", LoadBalancingCategory, DiagnosticSeverity.Warning, RuleCatalog.LBNSG006);

    public static readonly DiagnosticDescriptor LBNSG007 = Create("LBNSG007", LoadBalancingCategory, DiagnosticSeverity.Warning, RuleCatalog.LBNSG007);

    public static readonly DiagnosticDescriptor LBNSG101 = Create("LBNSG101", DeploymentCategory, DiagnosticSeverity.Warning, RuleCatalog.LBNSG101);

    public static readonly DiagnosticDescriptor LBNSG102 = Create("LBNSG102", DeploymentCategory, DiagnosticSeverity.Warning, RuleCatalog.LBNSG102);

    public static readonly DiagnosticDescriptor LBNSG103 = Create("LBNSG103", DeploymentCategory, DiagnosticSeverity.Warning, RuleCatalog.LBNSG103);

    public static readonly DiagnosticDescriptor LBNSG104 = Create("LBNSG104", DeploymentCategory, DiagnosticSeverity.Warning, RuleCatalog.LBNSG104);

    public static readonly DiagnosticDescriptor LBNSG105 = Create("LBNSG105", DeploymentCategory, DiagnosticSeverity.Warning, RuleCatalog.LBNSG105);

    public static readonly DiagnosticDescriptor LBNSG106 = Create("LBNSG106", DeploymentCategory, DiagnosticSeverity.Info, RuleCatalog.LBNSG106);

    public static readonly DiagnosticDescriptor LBNSG107 = Create("LBNSG107", DeploymentCategory, DiagnosticSeverity.Warning, RuleCatalog.LBNSG107);

    public static readonly DiagnosticDescriptor LBNSG107NsgAfterShorthand = Create("LBNSG107", DeploymentCategory, DiagnosticSeverity.Warning, RuleCatalog.LBNSG107NsgAfterShorthand);

    /// <summary>Every descriptor, in the order of <see cref="RuleCatalog.All"/> (a test keeps the two aligned).</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(LBNSG001, LBNSG002, LBNSG003, LBNSG004, LBNSG004NsgOnly, LBNSG005, LBNSG006, LBNSG007, LBNSG101, LBNSG102, LBNSG103, LBNSG104, LBNSG105, LBNSG106, LBNSG107, LBNSG107NsgAfterShorthand);

    /// <summary>The descriptor of a finding: its rule's message of the finding's form.</summary>
    public static DiagnosticDescriptor For(Finding finding) => All[RuleCatalog.All.IndexOf(RuleCatalog.For(finding))];

    public static string HelpLink(string id) => RuleCatalog.HelpLink(id);

    // The ID, category and severity are repeated as constants because release tracking (RS2008) reads them from
    // this call; a test asserts they equal the catalog's.
    private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, RuleEntry entry) =>
        new(id, entry.Title, entry.MessageFormat, category, severity, isEnabledByDefault: true, description: entry.Description, helpLinkUri: entry.HelpLink, customTags: WellKnownDiagnosticTags.Telemetry);
}

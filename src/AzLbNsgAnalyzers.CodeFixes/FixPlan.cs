namespace AzLbNsgAnalyzers.CodeFixes;

/// <summary>One offered fix for one diagnostic, decided on the original document before any edit.</summary>
internal sealed class FixPlan
{
    public FixPlan(string title, string equivalenceKey, string? option = null, string? infrastructure = null, string? relatedPosition = null)
    {
        RelatedPosition = relatedPosition;
        Title = title;
        EquivalenceKey = equivalenceKey;
        Option = option;
        Infrastructure = infrastructure;
    }

    public string Title { get; }

    /// <summary>Stable across diagnostics, so Fix All applies the same choice everywhere.</summary>
    public string EquivalenceKey { get; }

    /// <summary>The fixer's choice (a client prefix, a fix kind...).</summary>
    public string? Option { get; }

    /// <summary>"file@start" of a second object the fix edits (the backend NSG, the subnet), tracked through Fix All.</summary>
    public string? RelatedPosition { get; }

    /// <summary>The Infrastructure expression to add new standalone resources to (<c>infra</c>), when needed.</summary>
    public string? Infrastructure { get; }
}

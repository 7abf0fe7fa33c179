using System.Collections.Generic;
using System.Linq;
using AzLbNsgAnalyzers.Analyzers;

namespace AzLbNsgAnalyzers.Tests.Verifiers;

/// <summary>
/// The rule a test looks at. The verifiers run the package's one analyzer (<see cref="AzureNetworkAnalyzer"/>) with
/// every other rule's ID turned off in the compilation options, as a user turns an ID off: the test sees its rule's
/// findings exactly as a build reports them, and nothing of the other rules.
/// </summary>
public abstract class RuleScope
{
    public abstract string Id { get; }

    /// <summary>The IDs of every other rule, to be turned off.</summary>
    public IEnumerable<string> OtherIds() => new AzureNetworkAnalyzer().SupportedDiagnostics.Select(d => d.Id).Where(id => id != Id).Distinct();
}

public sealed class LBNSG001 : RuleScope { public override string Id => "LBNSG001"; }

public sealed class LBNSG002 : RuleScope { public override string Id => "LBNSG002"; }

public sealed class LBNSG003 : RuleScope { public override string Id => "LBNSG003"; }

public sealed class LBNSG004 : RuleScope { public override string Id => "LBNSG004"; }

public sealed class LBNSG005 : RuleScope { public override string Id => "LBNSG005"; }

public sealed class LBNSG006 : RuleScope { public override string Id => "LBNSG006"; }

public sealed class LBNSG007 : RuleScope { public override string Id => "LBNSG007"; }

public sealed class LBNSG101 : RuleScope { public override string Id => "LBNSG101"; }

public sealed class LBNSG102 : RuleScope { public override string Id => "LBNSG102"; }

public sealed class LBNSG103 : RuleScope { public override string Id => "LBNSG103"; }

public sealed class LBNSG104 : RuleScope { public override string Id => "LBNSG104"; }

public sealed class LBNSG105 : RuleScope { public override string Id => "LBNSG105"; }

public sealed class LBNSG106 : RuleScope { public override string Id => "LBNSG106"; }

public sealed class LBNSG107 : RuleScope { public override string Id => "LBNSG107"; }

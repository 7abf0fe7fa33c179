using System;
using System.Collections.Generic;
using AzLbNsgAnalyzers.Model;

namespace AzLbNsgAnalyzers.Rules;

/// <summary>Helpers of the deploy-time validation rules (LBNSG101-106).</summary>
internal static class SecurityRuleValues
{
    public const int MinPriority = 100;
    public const int MaxPriority = 4096;

    /// <summary>
    /// Validation findings on an object a helper method created are reported by the helper's own
    /// analysis, where the object's creation is in the analysed body; callers stay silent so each is
    /// reported once.
    /// </summary>
    public static bool CreatedInAnalysedBody(Origin origin) => origin.CallSites.IsEmpty;

    /// <summary>
    /// <see cref="CreatedInAnalysedBody"/> for a rule, and for an object an Aspire call made on a builder: a helper that
    /// adds rules to a subnet or NSG it was given cannot see them in its own analysis, so its caller reports them (at
    /// the call, the helper's line as an additional location).
    /// </summary>
    public static bool ReportedInThisBody(SecurityRuleModel rule) =>
        rule.Origin.CallSites.IsEmpty || !HelperSeesAlone(rule.Origin, rule.BuilderOrigin);

    /// <inheritdoc cref="ReportedInThisBody(SecurityRuleModel)"/>
    public static bool ReportedInThisBody(Origin made, Origin builder) =>
        made.CallSites.IsEmpty || !HelperSeesAlone(made, builder);

    /// <summary><see cref="ReportedHere(Origin, Origin)"/> for two rules, either of which an Aspire call may have made on a builder from elsewhere.</summary>
    public static bool ReportedHere(SecurityRuleModel reported, SecurityRuleModel other) =>
        ReportedHere(reported.Origin, other.Origin) || !HelperSeesAlone(reported.Origin, reported.BuilderOrigin) || !HelperSeesAlone(other.Origin, other.BuilderOrigin);

    // The outermost helper call that made the object made the builder too (or there is no builder): its analysis sees it.
    private static bool HelperSeesAlone(Origin made, Origin? builder) =>
        builder is null || made.CallSites.IsEmpty || (!builder.CallSites.IsEmpty && made.CallSites[0].Equals(builder.CallSites[0]));

    /// <summary>
    /// For a finding about two objects: report it here unless both came from the same call of a helper
    /// (that helper's own analysis sees both and reports it).
    /// </summary>
    public static bool ReportedHere(Origin reported, Origin other) =>
        reported.CallSites.IsEmpty || other.CallSites.IsEmpty || !reported.CallSites[0].Equals(other.CallSites[0]);

    /// <summary>Source order: the file path, then the position (call sites first, so helpers order by where they were called).</summary>
    public static int CompareSourceOrder(Origin a, Origin b)
    {
        var pa = a.ReportPlace;
        var pb = b.ReportPlace;
        int byFile = string.CompareOrdinal(pa.Path, pb.Path);
        if (byFile != 0)
        {
            return byFile;
        }

        int bySpan = pa.Start.CompareTo(pb.Start);
        return bySpan != 0 ? bySpan : a.Place.Start.CompareTo(b.Place.Start);
    }

    /// <summary>Case-insensitive edit distance (with transpositions), bounded: for near-miss service tags.</summary>
    public static int EditDistance(string a, string b, int max)
    {
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>Every NSG's rules in order; a struct enumeration, as three rules walk it for every analysed body.</summary>
    public static TopologyRules AllRules(Topology topology) => new(topology);

    internal readonly struct TopologyRules
    {
        private readonly Topology _topology;

        public TopologyRules(Topology topology)
        {
            _topology = topology;
        }

        public Enumerator GetEnumerator() => new(_topology.NetworkSecurityGroups);

        internal struct Enumerator
        {
            private readonly List<NetworkSecurityGroupModel> _nsgs;
            private int _nsg;
            private int _rule;

            public Enumerator(List<NetworkSecurityGroupModel> nsgs)
            {
                _nsgs = nsgs;
                _nsg = 0;
                _rule = -1;
            }

            public SecurityRuleModel Current => _nsgs[_nsg].Rules[_rule];

            public bool MoveNext()
            {
                while (_nsg < _nsgs.Count)
                {
                    if (++_rule < _nsgs[_nsg].Rules.Count)
                    {
                        return true;
                    }

                    _nsg++;
                    _rule = -1;
                }

                return false;
            }
        }
    }
}

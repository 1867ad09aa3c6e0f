using System.Numerics;
using Correlator.Domain.Entities;
using Correlator.Domain.Reconciliation;

namespace Correlator.Grains.Bases;

/// <summary>
/// What a base grain keeps of an incident's discrepancies: the gazetteer they were found with and which kinds were
/// found (one bit per <see cref="DiscrepancyKind"/>; null until first evaluated). The discrepancies themselves, about
/// 1 KB each of text and evidence, are found again from these when read.
/// </summary>
internal readonly record struct IncidentFindings(Gazetteer Gazetteer, int? Kinds)
{
    public static int KindsOf(IReadOnlyList<Discrepancy> found)
    {
        var kinds = 0;
        foreach (var discrepancy in found)
        {
            kinds |= 1 << (int)discrepancy.Kind;
        }
        return kinds;
    }

    public static int Count(int kinds) => BitOperations.PopCount((uint)kinds);

    /// <summary>The ids of the kinds in <paramref name="kinds"/>, in the order the rules find them.</summary>
    public static IEnumerable<string> IdsOf(string incidentId, int kinds)
    {
        foreach (var kind in Enum.GetValues<DiscrepancyKind>())
        {
            if ((kinds & (1 << (int)kind)) != 0)
            {
                yield return IncidentRules.IdOf(kind, incidentId);
            }
        }
    }
}

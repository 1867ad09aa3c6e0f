using Correlator.Domain.Entities;
using Correlator.Domain.Reconciliation;
using Correlator.Domain.Tallies;

namespace Correlator.Grains.Tests.Support;

/// <summary>Order-free text forms of the domain's in-memory state, for comparing two builds of it.</summary>
internal static class Fingerprints
{
    /// <summary>Incidents by id with their report ids, then every incident's discrepancies.</summary>
    public static string Of(IncidentSet set, Gazetteer gazetteer) => string.Join('\n',
        set.Incidents.OrderBy(i => i.Id, StringComparer.Ordinal)
            .Select(i => $"{i.Id} [{i.Window.Start:O}..{i.Window.End:O}] {string.Join(',', i.Reports.Select(r => r.Id))}")
            .Concat(set.Incidents.SelectMany(i => IncidentRules.Evaluate(i, gazetteer)).Select(d => $"{d.Id} {d.Fingerprint}").Order(StringComparer.Ordinal)));

    /// <summary>Tally series and tally discrepancies.</summary>
    public static string Of(TallyBook book)
    {
        var series = book.Series();
        return string.Join('\n',
            series.Select(s => $"{s.Key} {s.Fingerprint}")
                .Concat(book.Discrepancies(series).Select(d => $"{d.Id} {d.Fingerprint}").Order(StringComparer.Ordinal)));
    }
}

using Correlator.Domain.Entities;
using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;

namespace Correlator.Grains.Tests.Support;

/// <summary>
/// A base's discrepancies kept as they were found, each with the gazetteer in force then: what a base grain held
/// before it kept only which kinds each incident shows. The reference its answers are checked against.
/// </summary>
internal sealed class KeptDiscrepancies
{
    private readonly IncidentSet incidents = new();
    private readonly Dictionary<string, IReadOnlyList<Discrepancy>> kept = new(StringComparer.Ordinal);

    public void Activate(IEnumerable<Report> log, Gazetteer gazetteer)
    {
        foreach (var report in log)
        {
            incidents.Add(report);
        }
        foreach (var incident in incidents.Incidents)
        {
            kept[incident.Id] = IncidentRules.Evaluate(incident, gazetteer);
        }
    }

    /// <summary>Adds a batch; answers the discrepancies of the incidents it changed and the ids no longer open.</summary>
    public (List<Discrepancy> Updated, List<string> Removed) Apply(IReadOnlyList<Report> reports, Gazetteer gazetteer)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var report in reports)
        {
            var change = incidents.Add(report);
            foreach (var gone in change.Removed)
            {
                changed.Remove(gone);
                if (kept.Remove(gone, out var old))
                {
                    removed.AddRange(old.Select(d => d.Id));
                }
            }
            if (change.Changed is { } id)
            {
                changed.Add(id);
            }
        }
        var updated = new List<Discrepancy>();
        foreach (var id in changed)
        {
            var now = IncidentRules.Evaluate(incidents.Find(id)!, gazetteer);
            if (kept.TryGetValue(id, out var before))
            {
                removed.AddRange(before.Select(d => d.Id).Except(now.Select(d => d.Id)));
            }
            kept[id] = now;
            updated.AddRange(now);
        }
        return (updated, removed.Except(updated.Select(d => d.Id)).ToList());
    }

    public List<Discrepancy> All() => kept.Values.SelectMany(d => d).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
}

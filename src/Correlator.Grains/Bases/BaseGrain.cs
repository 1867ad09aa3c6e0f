using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;
using Correlator.Grains.Routing;
using Correlator.Runtime;

namespace Correlator.Grains.Bases;

/// <summary>
/// One base: matches the claims, official statements and media reports about it into incidents and keeps the
/// discrepancies each incident shows. Rebuilt from the log when it activates.
/// </summary>
public sealed class BaseGrain(string key, IReportSource source, EntityDirectory entities) : IGrain
{
    private readonly IncidentSet incidents = new();
    private readonly Dictionary<string, IReadOnlyList<Discrepancy>> discrepancies = new(StringComparer.Ordinal);
    private bool activatedSinceLastUpdate;

    public async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await foreach (var report in source.ReadAsync(GrainScope.Base(key), cancellationToken))
        {
            incidents.Add(report);
        }
        foreach (var incident in incidents.Incidents)
        {
            discrepancies[incident.Id] = IncidentRules.Evaluate(incident, entities.Current);
        }
        activatedSinceLastUpdate = true;
    }

    public GrainUpdate Apply(IReadOnlyList<Report> reports)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var report in reports)
        {
            var change = incidents.Add(report);
            foreach (var gone in change.Removed)
            {
                changed.Remove(gone);
                if (discrepancies.Remove(gone, out var old))
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
            var now = IncidentRules.Evaluate(incidents.Find(id)!, entities.Current);
            if (discrepancies.TryGetValue(id, out var before))
            {
                removed.AddRange(before.Select(d => d.Id).Except(now.Select(d => d.Id)));
            }
            discrepancies[id] = now;
            updated.AddRange(now);
        }
        if (activatedSinceLastUpdate)
        {
            // The activation may already have read these reports from the log: hand over the whole state once.
            activatedSinceLastUpdate = false;
            return Snapshot();
        }
        return new GrainUpdate(GrainScope.Base(key).ToString(), false, updated, removed.Except(updated.Select(d => d.Id)).ToList(), []);
    }

    /// <summary>The whole current state as one full update: what a newly elected leader publishes the difference from.</summary>
    public GrainUpdate Snapshot() => new(GrainScope.Base(key).ToString(), true, Discrepancies(), [], []);

    public BaseSummary Summary()
    {
        var attacks = incidents.Incidents.Where(i => i.IsAttack).ToList();
        return new BaseSummary(key, attacks.Count, attacks.Count(i => i.Claimed), attacks.Count(i => i.Confirmed),
            attacks.Count(i => i.MediaReported), discrepancies.Values.Sum(d => d.Count));
    }

    public BaseState State() => new(
        key,
        incidents.Incidents.Where(i => i.IsAttack).OrderBy(i => i.Window.Start).ThenBy(i => i.Id, StringComparer.Ordinal).ToList(),
        Discrepancies());

    private List<Discrepancy> Discrepancies() =>
        discrepancies.Values.SelectMany(d => d).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
}

using System.Runtime.InteropServices;
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
    // Which discrepancies each incident shows, not the discrepancies: they are found again from the incident and the
    // same gazetteer when read, the same bytes. Kept, they were about a third of all a grain holds (a million reports
    // open some 300,000 of 1 KB each), which a restart copied through every generation of the collector.
    private readonly Dictionary<string, IncidentFindings> findings = new(StringComparer.Ordinal);
    private bool activatedSinceLastUpdate;

    public async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await foreach (var report in source.ReadAsync(GrainScope.Base(key), cancellationToken))
        {
            incidents.Add(report);
        }
        // Found with the gazetteer in force now, as if evaluated now; when first read.
        var gazetteer = entities.Current;
        foreach (var id in incidents.IncidentIds)
        {
            findings[id] = new IncidentFindings(gazetteer, null);
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
                // Kinds not yet known only right after an activation, which answers the whole state instead.
                if (findings.Remove(gone, out var old) && old.Kinds is { } kinds)
                {
                    removed.AddRange(IncidentFindings.IdsOf(gone, kinds));
                }
            }
            if (change.Changed is { } id)
            {
                changed.Add(id);
            }
        }
        var updated = new List<Discrepancy>();
        var gazetteer = entities.Current;
        foreach (var id in changed)
        {
            var now = IncidentRules.Evaluate(incidents.Find(id)!, gazetteer);
            var kinds = IncidentFindings.KindsOf(now);
            if (findings.TryGetValue(id, out var before) && before.Kinds is { } was)
            {
                removed.AddRange(IncidentFindings.IdsOf(id, was & ~kinds));
            }
            findings[id] = new IncidentFindings(gazetteer, kinds);
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
        var open = 0;
        foreach (var id in findings.Keys)
        {
            open += IncidentFindings.Count(KindsOf(id));
        }
        return new BaseSummary(key, attacks.Count, attacks.Count(i => i.Claimed), attacks.Count(i => i.Confirmed),
            attacks.Count(i => i.MediaReported), open);
    }

    public BaseState State() => new(
        key,
        incidents.Incidents.Where(i => i.IsAttack).OrderBy(i => i.Window.Start).ThenBy(i => i.Id, StringComparer.Ordinal).ToList(),
        Discrepancies());

    private List<Discrepancy> Discrepancies()
    {
        var all = new List<Discrepancy>();
        foreach (var id in findings.Keys)
        {
            all.AddRange(Evaluate(id));
        }
        // Ids are unique (a kind and an incident), so an unstable sort gives the one order.
        all.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return all;
    }

    private int KindsOf(string id) =>
        findings[id].Kinds is { } kinds ? kinds : IncidentFindings.KindsOf(Evaluate(id));

    /// <summary>The incident's discrepancies as found with the gazetteer it was last evaluated with; records their kinds.</summary>
    private IReadOnlyList<Discrepancy> Evaluate(string id)
    {
        // In place: the dictionary is being enumerated, and an overwrite through a ref leaves its enumerators valid.
        ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(findings, id);
        var found = IncidentRules.Evaluate(incidents.Find(id)!, entry.Gazetteer);
        entry = entry with { Kinds = IncidentFindings.KindsOf(found) };
        return found;
    }
}

using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;

namespace Correlator.Domain.Tallies;

/// <summary>
/// A region's official and media figures beside the incidents logged in the region: the state of a region grain.
/// Pure and in memory. Everything it answers is a function of the set of reports added.
/// </summary>
public sealed class TallyBook(Region region)
{
    private static readonly TallyMetric[] Metrics = Enum.GetValues<TallyMetric>();

    private readonly IncidentSet incidents = new();
    private readonly Dictionary<string, TallyObservation> observations = new(StringComparer.Ordinal);
    // Each metric's figures kept in series order (as of, then report id) as they arrive, and the copy last handed
    // out, so a round sorts nothing and copies only a metric that gained a figure.
    private readonly Dictionary<TallyMetric, List<TallyObservation>> figuresByMetric = [];
    private readonly Dictionary<TallyMetric, TallyObservation[]> handedOut = [];
    // Each attack summarised once, when the timeline is next needed after it changed, rather than the whole history
    // summarised again after every batch; the timeline holds exactly the summaries in attacks.
    private readonly Dictionary<string, LoggedIncident> attacks = new(StringComparer.Ordinal);
    private readonly HashSet<string> stale = new(StringComparer.Ordinal);
    private readonly LoggedTimeline timeline = new();
    // A metric's series and discrepancies are functions of its figures and of a count or two over the timeline: each
    // kept with what it was computed from, and handed out again (the same instance) while those are unchanged.
    private readonly Dictionary<TallyMetric, (TallyObservation[] Figures, LoggedCounts Counts, TallySeries Series)> reconciled = [];
    private readonly Dictionary<TallyMetric, (TallySeries Series, LoggedCounts? Counts, IReadOnlyList<Discrepancy> Found)> flagged = [];

    public Region Region { get; } = region;

    public int ReportCount => incidents.ReportCount + observations.Count;

    public static bool IsTally(Report report) =>
        report.Tally is not null && report.Kind is ReportKind.OfficialTally or ReportKind.MediaTally;

    /// <summary>Adds a tally of this region, or a report of an attack in it; false when it changes nothing.</summary>
    public bool Add(Report report)
    {
        if (IsTally(report))
        {
            var observation = TallyObservation.Of(report);
            if (!observations.TryAdd(report.Id, observation))
            {
                return false;
            }
            if (!figuresByMetric.TryGetValue(observation.Metric, out var figures))
            {
                figuresByMetric[observation.Metric] = figures = [];
            }
            var at = figures.BinarySearch(observation, SeriesOrder.Instance);
            figures.Insert(at < 0 ? ~at : at, observation);
            handedOut.Remove(observation.Metric);
            return true;
        }
        var change = incidents.Add(report);
        if (change.Changed is not { } changed)
        {
            return false;
        }
        foreach (var gone in change.Removed)
        {
            if (attacks.Remove(gone, out var summary))
            {
                timeline.Remove(summary);
            }
            stale.Remove(gone);
        }
        stale.Add(changed);
        return true;
    }

    public IReadOnlyList<TallySeries> Series()
    {
        var logged = Timeline();
        var series = new List<TallySeries>();
        foreach (var metric in Metrics)
        {
            var figures = Figures(metric);
            if (figures.Length == 0 && (metric != TallyMetric.Attacks || logged.Count == 0))
            {
                continue;
            }
            var counts = TallyRules.CountsBehind(figures, logged);
            if (!reconciled.TryGetValue(metric, out var known) || !ReferenceEquals(known.Figures, figures) || known.Counts != counts)
            {
                reconciled[metric] = known = (figures, counts, TallyRules.Reconcile(Region, metric, figures, counts));
            }
            series.Add(known.Series);
        }
        return series;
    }

    public IReadOnlyList<Discrepancy> Discrepancies(IReadOnlyList<TallySeries> series)
    {
        var logged = Timeline();
        var found = new List<Discrepancy>();
        foreach (var s in series)
        {
            var counts = TallyRules.CountsBehindGaps(s, logged);
            if (!flagged.TryGetValue(s.Metric, out var known) || !ReferenceEquals(known.Series, s) || known.Counts != counts)
            {
                flagged[s.Metric] = known = (s, counts, TallyRules.Discrepancies(s, counts).ToList());
            }
            found.AddRange(known.Found);
        }
        return found;
    }

    private TallyObservation[] Figures(TallyMetric metric)
    {
        if (handedOut.TryGetValue(metric, out var figures))
        {
            return figures;
        }
        return handedOut[metric] = figuresByMetric.TryGetValue(metric, out var held) ? held.ToArray() : [];
    }

    private LoggedTimeline Timeline()
    {
        foreach (var id in stale)
        {
            if (attacks.Remove(id, out var before))
            {
                timeline.Remove(before);
            }
            // From the reports as they are: the summary does not depend on their order, so no incident is built.
            if (incidents.ReportsOf(id) is { } reports && Incident.TellOfAttack(reports))
            {
                var summary = LoggedIncident.Of(reports);
                attacks[id] = summary;
                timeline.Add(summary);
            }
        }
        stale.Clear();
        return timeline;
    }
}

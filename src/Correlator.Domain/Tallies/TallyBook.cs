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
    private LoggedTimeline? timeline;

    public Region Region { get; } = region;

    public int ReportCount => incidents.ReportCount + observations.Count;

    public static bool IsTally(Report report) =>
        report.Tally is not null && report.Kind is ReportKind.OfficialTally or ReportKind.MediaTally;

    /// <summary>Adds a tally of this region, or a report of an attack in it; false when it changes nothing.</summary>
    public bool Add(Report report)
    {
        if (IsTally(report))
        {
            return observations.TryAdd(report.Id, TallyObservation.Of(report));
        }
        if (incidents.Add(report).Changed is null)
        {
            return false;
        }
        timeline = null;
        return true;
    }

    public IReadOnlyList<TallySeries> Series()
    {
        var logged = timeline ??= LoggedTimeline.Of(incidents.Incidents);
        var series = new List<TallySeries>();
        foreach (var metric in Metrics)
        {
            var figures = observations.Values.Where(o => o.Metric == metric)
                .OrderBy(o => o.To).ThenBy(o => o.ReportId, StringComparer.Ordinal).ToList();
            if (figures.Count == 0 && (metric != TallyMetric.Attacks || logged.Count == 0))
            {
                continue;
            }
            series.Add(TallyRules.Reconcile(Region, metric, figures, logged));
        }
        return series;
    }

    public IReadOnlyList<Discrepancy> Discrepancies(IReadOnlyList<TallySeries> series) =>
        series.SelectMany(s => TallyRules.Discrepancies(s, timeline ??= LoggedTimeline.Of(incidents.Incidents))).ToList();
}

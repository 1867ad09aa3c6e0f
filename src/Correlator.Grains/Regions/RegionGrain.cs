using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;
using Correlator.Domain.Tallies;
using Correlator.Grains.Routing;
using Correlator.Runtime;

namespace Correlator.Grains.Regions;

/// <summary>
/// One region's official and media tallies, compared with the incidents and claims logged in the same window and
/// scope. Its state is small (a few series), so every update hands over the whole of it.
/// </summary>
public sealed class RegionGrain(string key, IReportSource source, EntityDirectory entities) : IGrain
{
    private readonly TallyBook book = new(Enum.Parse<Region>(key, ignoreCase: true));
    private RegionState? state;

    public async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await foreach (var report in source.ReadAsync(GrainScope.Region(key), cancellationToken))
        {
            Take(report);
        }
    }

    public GrainUpdate Apply(IReadOnlyList<Report> reports)
    {
        foreach (var report in reports)
        {
            Take(report);
        }
        return Snapshot();
    }

    /// <summary>The whole current state as one full update (every update is one: the state is small).</summary>
    public GrainUpdate Snapshot()
    {
        var current = State();
        return new GrainUpdate(GrainScope.Region(key).ToString(), true, current.Discrepancies, [], current.Series);
    }

    public RegionState State()
    {
        if (state is null)
        {
            var series = book.Series();
            state = new RegionState(key, series, book.Discrepancies(series).OrderBy(d => d.Id, StringComparer.Ordinal).ToList());
        }
        return state;
    }

    private void Take(Report report)
    {
        // The theatre-wide grain sees every report; a country's grain only the reports about that country.
        if (ReportRouting.RegionOf(report, entities.Current) is { } region
            && (book.Region == Region.All || region == book.Region)
            && (!TallyBook.IsTally(report) || region == book.Region)
            && book.Add(report))
        {
            state = null;
        }
    }
}

using Correlator.Domain.Reports;
using Correlator.Grains.Routing;
using Correlator.Runtime;

namespace Correlator.Grains.Groups;

/// <summary>One armed group: its claims, the official attributions to it, its threats. Rebuilt from the log when it activates.</summary>
public sealed class GroupGrain(string key, IReportSource source) : IGrain
{
    // Kept unordered: ordered by id only when the state is read, rather than a tree insertion per report on rebuild.
    private readonly Dictionary<string, Report> reports = new(StringComparer.Ordinal);

    public async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await foreach (var report in source.ReadAsync(GrainScope.Group(key), cancellationToken))
        {
            reports.TryAdd(report.Id, report);
        }
    }

    public void Apply(IReadOnlyList<Report> batch)
    {
        foreach (var report in batch)
        {
            reports.TryAdd(report.Id, report);
        }
    }

    public int ClaimCount => reports.Values.Count(r => r.Kind == ReportKind.Claim);

    public int AttributionCount => reports.Values.Count(r => r.Kind == ReportKind.Attribution);

    public GroupState State()
    {
        var byId = reports.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var claims = byId.Where(r => r.Kind == ReportKind.Claim).OrderBy(r => r.OccurredAt).ToList();
        var byBase = claims.Where(c => c.Base is not null).GroupBy(c => c.Base!)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new GroupState(key, claims, byBase,
            byId.Where(r => r.Kind == ReportKind.Attribution).ToList(),
            byId.Where(r => r.Kind is not (ReportKind.Claim or ReportKind.Attribution)).ToList());
    }
}

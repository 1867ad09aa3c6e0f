using Correlator.Domain.Entities;
using Correlator.Domain.Reports;
using Correlator.Grains.Routing;

namespace Correlator.Benchmarks.Workload;

/// <summary>A report log held in memory, indexed by grain scope as the SQLite log is, for activating grains without I/O.</summary>
public sealed class InMemoryReportSource : IReportSource
{
    private readonly Dictionary<string, List<Report>> byScope = new(StringComparer.Ordinal);

    public InMemoryReportSource(IEnumerable<Report> resolved, Gazetteer gazetteer)
    {
        foreach (var report in resolved)
        {
            foreach (var scope in ReportRouting.ScopesOf(report, gazetteer))
            {
                var key = scope.ToString();
                if (!byScope.TryGetValue(key, out var list))
                {
                    byScope[key] = list = [];
                }
                list.Add(report);
            }
        }
    }

    public IReadOnlyCollection<string> Scopes => byScope.Keys;

    /// <summary>Forgets every report, so that what stays reachable is only what the grains hold.</summary>
    public void Clear() => byScope.Clear();

    public IAsyncEnumerable<Report> ReadAsync(GrainScope scope, CancellationToken cancellationToken) =>
        (byScope.GetValueOrDefault(scope.ToString()) ?? []).ToAsyncEnumerable();
}

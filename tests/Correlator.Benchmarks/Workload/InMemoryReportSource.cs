using System.Runtime.CompilerServices;
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

#pragma warning disable CS1998 // An async iterator over memory: the interface is asynchronous for the real log.
    public async IAsyncEnumerable<Report> ReadAsync(GrainScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
#pragma warning restore CS1998
    {
        foreach (var report in byScope.GetValueOrDefault(scope.ToString()) ?? [])
        {
            yield return report;
        }
    }
}

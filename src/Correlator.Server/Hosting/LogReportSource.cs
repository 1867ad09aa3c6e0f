using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Correlator.Domain.Reports;
using Correlator.Grains.Routing;
using Correlator.Storage;

namespace Correlator.Server.Hosting;

/// <summary>
/// Grains rebuild from the durable log, reading only the reports indexed under their scope. At start-up, when every
/// grain activates at once, the log is instead read once from end to end, each report parsed once and shared by the
/// scopes it belongs to, and each activation takes its scope's share.
/// </summary>
public sealed class LogReportSource(IReportLog log) : IReportSource
{
    private ConcurrentDictionary<string, List<Report>>? preloaded;

    public async IAsyncEnumerable<Report> ReadAsync(GrainScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (preloaded?.TryRemove(scope.ToString(), out var reports) == true)
        {
            foreach (var report in reports)
            {
                yield return report;
            }
            yield break;
        }
        await foreach (var stored in log.ReadScopeAsync(scope.ToString(), cancellationToken))
        {
            yield return stored.Report;
        }
    }

    /// <summary>Reads the whole log once (the store's read made for a rebuild); answers the scopes that have reports.</summary>
    public async Task<IReadOnlyList<GrainScope>> PreloadAsync(CancellationToken cancellationToken)
    {
        var byScope = new ConcurrentDictionary<string, List<Report>>(StringComparer.Ordinal);
        await foreach (var page in log.ReadForRebuildAsync(cancellationToken))
        {
            foreach (var scoped in page)
            {
                foreach (var scope in scoped.Scopes)
                {
                    byScope.GetOrAdd(scope, _ => []).Add(scoped.Report);
                }
            }
        }
        preloaded = byScope;
        return byScope.Keys.Select(GrainScope.Parse).ToList();
    }

    /// <summary>Drops what no activation took, so later activations read the log as it is then.</summary>
    public void EndPreload() => preloaded = null;
}

using System.Security.Cryptography;
using Correlator.Domain.Reports;
using Correlator.Grains.Routing;
using Correlator.Server.Hosting;
using Correlator.Storage;

namespace Correlator.Server.Ingest;

/// <summary>
/// The one way in for reports, from the API and the seeds alike: validate, resolve names to gazetteer ids, append to
/// the log (acknowledged only once durable), then reconcile.
/// </summary>
public sealed class ReportIngest(IReportLog log, EntityDirectory entities, Reconciler reconciler, TimeProvider time, ILogger<ReportIngest> logger)
{
    /// <summary>Posts slower than this (the latency goal) are logged at Debug with where their time went.</summary>
    public static readonly TimeSpan SlowPost = TimeSpan.FromMilliseconds(10);

    public async Task<IngestResult> IngestAsync(IReadOnlyList<Report> reports, string? enteredBy, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var cost = logger.IsEnabled(LogLevel.Debug) ? ProcessCost.Now() : default;
        var now = time.GetUtcNow();
        var gazetteer = entities.Current;
        var problems = new List<ReportProblem>();
        var resolved = new List<ReportToAppend>(reports.Count);
        for (var i = 0; i < reports.Count; i++)
        {
            var path = reports.Count == 1 ? "" : $"[{i}].";
            var found = ReportValidator.Validate(reports[i], now, path);
            problems.AddRange(found);
            if (found.Count > 0)
            {
                continue;
            }
            var (report, unknown) = ReportResolver.Resolve(reports[i], gazetteer, path);
            problems.AddRange(unknown);
            var scopes = ReportRouting.ScopesOf(report, gazetteer).Select(s => s.ToString()).ToList();
            resolved.Add(new ReportToAppend(report, ContentHash(reports[i]), enteredBy, now, scopes));
        }
        if (problems.Count > 0)
        {
            return new IngestResult([], problems);
        }
        var prepared = time.GetTimestamp();
        var results = await log.AppendAsync(resolved, cancellationToken);
        var durable = time.GetTimestamp();
        await reconciler.WaitForAsync(results.Max(r => r.Sequence));
        if (logger.IsEnabled(LogLevel.Debug))
        {
            LogSlow(started, prepared, durable, cost, results.Count);
        }
        return new IngestResult(results, []);
    }

    /// <summary>
    /// Where a slow post's time went: preparing it (validation, names, hash), its group commit, then its round (grains,
    /// events, their commit); and whether collections paused the process meanwhile.
    /// </summary>
    private void LogSlow(long started, long prepared, long durable, ProcessCost cost, int reports)
    {
        var total = time.GetElapsedTime(started);
        if (total < SlowPost)
        {
            return;
        }
        var gc = ProcessCost.Now().Since(cost);
        logger.LogDebug(
            "Slow post of {Reports} reports: {TotalMs:F1} ms = prepare {PrepareMs:F2} + append {AppendMs:F1} + reconcile {ReconcileMs:F1}; "
            + "collections meanwhile {Collections} (gen1 or above {Gen1}, full {Full}), paused {PausedMs:F1} ms",
            reports, total.TotalMilliseconds, time.GetElapsedTime(started, prepared).TotalMilliseconds,
            time.GetElapsedTime(prepared, durable).TotalMilliseconds, time.GetElapsedTime(durable).TotalMilliseconds,
            gc.Collections, gc.Gen1Collections, gc.FullCollections, gc.Paused.TotalMilliseconds);
    }

    /// <summary>
    /// The hash of what the client sent (before names were resolved), so a retry of the same post is recognised: of
    /// the report's JSON as <see cref="ReportJson"/> writes it, taken as UTF-8 straight from the serialiser rather than
    /// through a string.
    /// </summary>
    public static string ContentHash(Report report) =>
        Convert.ToHexStringLower(SHA256.HashData(ReportJson.SerializeToUtf8(report)));
}

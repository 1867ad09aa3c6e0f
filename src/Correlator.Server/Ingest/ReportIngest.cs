using System.Security.Cryptography;
using System.Text;
using Correlator.Domain.Reports;
using Correlator.Grains.Routing;
using Correlator.Storage;

namespace Correlator.Server.Ingest;

/// <summary>
/// The one way in for reports, from the API and the seeds alike: validate, resolve names to gazetteer ids, append to
/// the log (acknowledged only once durable), then reconcile.
/// </summary>
public sealed class ReportIngest(IReportLog log, EntityDirectory entities, Reconciler reconciler, TimeProvider time, ILogger<ReportIngest> logger)
{
    public async Task<IngestResult> IngestAsync(IReadOnlyList<Report> reports, string? enteredBy, CancellationToken cancellationToken)
    {
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
        var results = await log.AppendAsync(resolved, cancellationToken);
        await reconciler.WaitForAsync(results.Max(r => r.Sequence));
        logger.LogDebug("Ingested {Appended} of {Posted} reports from {EnteredBy}",
            results.Count(r => r.Outcome == AppendOutcome.Appended), reports.Count, enteredBy ?? "anonymous");
        return new IngestResult(results, []);
    }

    /// <summary>The hash of what the client sent (before names were resolved), so a retry of the same post is recognised.</summary>
    public static string ContentHash(Report report) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ReportJson.Serialize(report))));
}

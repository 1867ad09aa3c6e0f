using Correlator.Domain.Entities;
using Correlator.Domain.Reports;
using Correlator.Grains.Routing;
using Correlator.Storage;

namespace Correlator.Benchmarks.Workload;

/// <summary>Workload reports as the server would log them: names resolved to gazetteer ids, grain scopes attached.</summary>
public static class ResolvedReports
{
    public static Report Resolve(Report report, Gazetteer gazetteer)
    {
        var (resolved, problems) = ReportResolver.Resolve(report, gazetteer);
        return problems.Count == 0
            ? resolved
            : throw new InvalidOperationException($"The workload named something the gazetteer does not know: {problems[0].Field} {problems[0].Reason}");
    }

    public static ReportToAppend ToAppend(Report report, Gazetteer gazetteer, DateTimeOffset receivedAt)
    {
        var resolved = Resolve(report, gazetteer);
        var scopes = ReportRouting.ScopesOf(resolved, gazetteer).Select(s => s.ToString()).ToList();
        // The hash only tells a retry from a conflicting repeat; generated ids never repeat, so the id stands in for it.
        return new ReportToAppend(resolved, "workload:" + report.Id, "bench", receivedAt, scopes);
    }
}

using System.Runtime.CompilerServices;
using Correlator.Domain.Entities;
using Correlator.Domain.Reports;
using Correlator.Grains.Routing;

namespace Correlator.Grains.Tests.Support;

/// <summary>An in-memory report log: each grain reads back the reports routed to its scope, in log order.</summary>
internal sealed class LogReportSource(IReadOnlyList<Report> log, Gazetteer gazetteer) : IReportSource
{
    public async IAsyncEnumerable<Report> ReadAsync(GrainScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var report in log)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ReportRouting.ScopesOf(report, gazetteer).Contains(scope))
            {
                yield return report;
            }
        }
        await Task.CompletedTask;
    }
}

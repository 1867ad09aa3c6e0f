using System.Runtime.CompilerServices;
using Correlator.Domain.Reports;
using Correlator.Grains.Routing;

namespace Correlator.Grains.Tests.Runtime;

/// <summary>
/// A log whose reads all wait until every expected grain has started reading: it can only be got through when the
/// grains activate at the same time. A runtime that served them one after another would time out instead.
/// </summary>
internal sealed class RendezvousReportSource(int grains, IReportSource inner) : IReportSource
{
    private readonly TaskCompletionSource everyone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int arrived;

    public async IAsyncEnumerable<Report> ReadAsync(GrainScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref arrived) == grains)
        {
            everyone.SetResult();
        }
        await everyone.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        await foreach (var report in inner.ReadAsync(scope, cancellationToken))
        {
            yield return report;
        }
    }
}

using Correlator.Benchmarks.Workload;
using Correlator.Domain.Reports;

namespace Correlator.Benchmarks.Load;

/// <summary>
/// What a latency run posts: the workload in order, with one post in <see cref="ProbeEvery"/> a probe whose
/// discrepancy the dashboards time, so probes ride on a realistic stream across every base.
/// </summary>
public sealed class LatencyPosts(IEnumerator<Report> workload)
{
    public const int ProbeEvery = 5;

    /// <summary>The next workload report only (for warming a server up at the same rate).</summary>
    public PacedPost Workload(long _)
    {
        workload.MoveNext();
        return new PacedPost(ReportBodies.One(workload.Current), null);
    }

    public PacedPost Probed(long i)
    {
        if (i % ProbeEvery != 0)
        {
            return Workload(i);
        }
        var (n, probe) = ProbeReports.Next();
        return new PacedPost(ReportBodies.One(probe), n);
    }

    /// <summary>Probe deliveries a run of <paramref name="sent"/> posts owes <paramref name="subscribers"/> dashboards.</summary>
    public static long Expected(long sent, int subscribers) => sent / ProbeEvery * subscribers;
}

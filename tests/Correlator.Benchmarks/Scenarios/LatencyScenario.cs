using Correlator.Benchmarks.Harness;
using Correlator.Benchmarks.Load;
using Correlator.Benchmarks.Workload;

namespace Correlator.Benchmarks.Scenarios;

/// <summary>
/// From sending a POST to its discrepancy arriving at a dashboard, at a fixed 500 reports a second, with 1, 100 and
/// 1000 dashboards. One post in five is a probe claim at Tower 22, the rest the workload across every base; the
/// dashboards follow base:tower-22, as an analyst watching one base does, so each gets every probe's discrepancy.
/// </summary>
public static class LatencyScenario
{
    public const string Name = "latency";

    private const double Rate = 500;

    public static async Task RunAsync(BenchContext context)
    {
        var report = context.Report;
        var duration = context.Pick(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(4));
        using var data = new TempFolder(Name);
        await using var server = await ServerProcess.StartCorrelatorAsync(data.Path, [], BenchContext.ServerStart);
        using var http = HttpLoad.Client(256);
        var poster = new PacedPoster(http, new Uri(server.Address, "api/reports"), server.Key);
        using var workload = new WorkloadGenerator(new WorkloadOptions { Reports = 1_000_000, IdPrefix = "latency" }, context.Names).Reports().GetEnumerator();
        var posts = new LatencyPosts(workload);
        var clock = new ProbeClock(1 << 20);
        // At the same rate first, so that the first figures are not those of a server still compiling its code.
        await poster.RunAsync(Rate, context.Pick(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(1)), posts.Workload, clock);

        foreach (var count in new[] { 1, 100, 1000 })
        {
            await using var subscribers = new Subscribers();
            var (complete, error) = await subscribers.GrowToAsync(count, server.Address, server.Key, [$"base:{ProbeReports.Base}"], clock);
            if (!complete)
            {
                report.Note($"latency with {count} subscribers: only {subscribers.Count} connected ({error})");
            }
            var (sent, failed, acks) = await poster.RunAsync(Rate, duration, posts.Probed, clock);
            await Task.Delay(TimeSpan.FromSeconds(2));

            var latencies = new Percentiles(subscribers.All.SelectMany(s => s.Latencies));
            var expected = LatencyPosts.Expected(sent, subscribers.Count);
            var p99 = latencies.At(99);
            report.Add(new Metric(Name, $"{count} subscribers: p50", latencies.At(50), "ms"));
            report.Add(count == 100
                ? new Metric(Name, $"{count} subscribers: p99", p99, "ms", "< 10 ms", p99 < 10)
                : new Metric(Name, $"{count} subscribers: p99", p99, "ms"));
            report.Add(new Metric(Name, $"{count} subscribers: p99.9", latencies.At(99.9), "ms"));
            report.Add(new Metric(Name, $"{count} subscribers: deliveries received", 100.0 * latencies.Count / Math.Max(1, expected), $"% of {expected}"));
            report.Add(new Metric(Name, $"{count} subscribers: POST acknowledged p50 / p99", acks.At(50), $"ms / {BenchReport.Format(acks.At(99))} ms"));
            if (failed > 0)
            {
                report.Note($"latency with {count} subscribers: {failed} of {sent} posts failed");
            }
        }
    }
}

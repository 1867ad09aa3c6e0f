using Correlator.Benchmarks.Harness;
using Correlator.Benchmarks.Load;
using Correlator.Benchmarks.Workload;
using Correlator.Tests.Postgres;

namespace Correlator.Benchmarks.Scenarios;

/// <summary>
/// Scale-out on one machine: one, two and three nodes on a fresh PostgreSQL database each, and one SQLite node beside
/// them, under the same load. First end-to-end latency at a fixed 500 reports a second posted round-robin over the
/// nodes, with dashboards spread over every node (so most probes are posted to one node and delivered by another);
/// then ingest at saturation, single posts and batches round-robin over the nodes, as in <see cref="IngestScenario"/>.
/// Latency comes first so that every setup measures it on the same short history.
/// </summary>
public static class NodesScenario
{
    public const string Name = "nodes";

    private const double Rate = 500;
    private const int SubscriberCount = 30;
    private const int SingleConcurrency = 64;
    private const int BatchConcurrency = 16;
    private const int BatchSize = 100;

    public static async Task RunAsync(BenchContext context)
    {
        var singles = context.Pick(30_000, 8_000);
        var batched = context.Pick(300_000, 60_000);
        var workload = new WorkloadGenerator(new WorkloadOptions { Reports = singles + batched, IdPrefix = "nodes-ingest" }, context.Names).Reports().ToList();
        var single = new HttpLoad(workload.Take(singles).Select(ReportBodies.One).ToList(), 1);
        var batch = new HttpLoad(workload.Skip(singles).Chunk(BatchSize).Select(ReportBodies.Many).ToList(), BatchSize);
        workload.Clear();

        using var data = new TempFolder(Name);
        var postgres = await ThrowawayPostgres.InstanceAsync();
        foreach (var count in new[] { 1, 2, 3 })
        {
            var database = await postgres.CreateDatabaseAsync();
            try
            {
                await using var cluster = await Cluster.StartPostgresAsync(count, database, Path.Combine(data.Path, $"postgres-{count}"));
                await MeasureAsync(context, cluster, single, batch);
            }
            finally
            {
                await postgres.DropDatabaseAsync(database);
            }
        }
        await using (var sqlite = await Cluster.StartSqliteAsync(Path.Combine(data.Path, "sqlite")))
        {
            await MeasureAsync(context, sqlite, single, batch);
        }
    }

    private static async Task MeasureAsync(BenchContext context, Cluster cluster, HttpLoad single, HttpLoad batch)
    {
        var setup = $"{cluster.Store}, {cluster.Nodes.Count} node{(cluster.Nodes.Count == 1 ? "" : "s")}";
        Console.WriteLine($"  {setup}");
        await MeasureLatencyAsync(context, cluster, setup);

        var warmup = context.Pick(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(0.5));
        var duration = context.Pick(TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(2));
        var urls = cluster.Urls("api/reports");
        var singles = await MeasuredLoad.RunAsync(() => cluster.CpuTime,
            () => single.RunAsync(urls, cluster.Key, SingleConcurrency, warmup, duration, cycle: false), () => cluster.DatabaseCpuTime);
        var batches = await MeasuredLoad.RunAsync(() => cluster.CpuTime,
            () => batch.RunAsync(urls, cluster.Key, BatchConcurrency, warmup, duration, cycle: false), () => cluster.DatabaseCpuTime);
        AddIngest(context.Report, setup, $"single post, {SingleConcurrency} concurrent", singles);
        AddIngest(context.Report, setup, $"batch of {BatchSize}, {BatchConcurrency} concurrent", batches);
    }

    private static async Task MeasureLatencyAsync(BenchContext context, Cluster cluster, string setup)
    {
        var report = context.Report;
        using var http = HttpLoad.Client(256);
        var poster = new PacedPoster(http, cluster.Urls("api/reports"), cluster.Key);
        // The same stream for every setup: each starts on an empty store.
        using var workload = new WorkloadGenerator(new WorkloadOptions { Reports = 1_000_000, IdPrefix = "nodes-latency" }, context.Names).Reports().GetEnumerator();
        var posts = new LatencyPosts(workload);
        var clock = new ProbeClock(1 << 20);
        // At the same rate first, so that the figures are not those of nodes still compiling their code.
        await poster.RunAsync(Rate, context.Pick(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1)), posts.Workload, clock);

        await using var subscribers = new Subscribers();
        for (var n = 0; n < cluster.Nodes.Count; n++)
        {
            var node = cluster.Nodes[n];
            var (complete, error) = await subscribers.GrowToAsync(SubscriberCount * (n + 1) / cluster.Nodes.Count, node.Address, cluster.Key, [$"base:{ProbeReports.Base}"], clock);
            if (!complete)
            {
                report.Note($"nodes, {setup}: only {subscribers.Count} subscribers connected ({error})");
            }
        }
        var (sent, failed, acks) = await poster.RunAsync(Rate, context.Pick(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(3)), posts.Probed, clock);
        await Task.Delay(context.Pick(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1)));

        var latencies = new Percentiles(subscribers.All.SelectMany(s => s.Latencies));
        var expected = LatencyPosts.Expected(sent, subscribers.Count);
        var what = $"{setup}: latency, {subscribers.Count} subscribers";
        report.Add(new Metric(Name, $"{what}: p50", latencies.At(50), "ms"));
        report.Add(new Metric(Name, $"{what}: p99", latencies.At(99), "ms"));
        report.Add(new Metric(Name, $"{what}: p99.9", latencies.At(99.9), "ms"));
        report.Add(new Metric(Name, $"{setup}: deliveries received", 100.0 * latencies.Count / Math.Max(1, expected), $"% of {expected}"));
        report.Add(new Metric(Name, $"{setup}: POST acknowledged p50 / p99", acks.At(50), $"ms / {BenchReport.Format(acks.At(99))} ms"));
        if (failed > 0)
        {
            report.Note($"nodes, {setup}: {failed} of {sent} latency posts failed");
        }
    }

    private static void AddIngest(BenchReport report, string setup, string what, MeasuredLoad run)
    {
        report.Add(new Metric(Name, $"{setup}: ingest, {what}", run.Load.ReportsPerSecond, "reports/s"));
        report.Add(new Metric(Name, $"{setup}: ingest, {what}: CPU of nodes / PostgreSQL / load generator", run.ServerCores,
            $"cores / {BenchReport.Format(run.DatabaseCores)} / {BenchReport.Format(run.GeneratorCores)}"));
        if (run.Load.Failures > 0)
        {
            report.Note($"nodes, {setup}, {what}: {run.Load.Failures} failed posts ({run.Load.FirstFailure})");
        }
    }
}

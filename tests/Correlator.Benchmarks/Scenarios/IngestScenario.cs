using Correlator.Benchmarks.Harness;
using Correlator.Benchmarks.Load;
using Correlator.Benchmarks.Workload;

namespace Correlator.Benchmarks.Scenarios;

/// <summary>
/// Reports acknowledged per second (201, durable) at saturation, single posts and batches, beside the same load
/// against a bare Kestrel endpoint that reads and discards the same bodies, and against the durable floor (parse and
/// append to the same SQLite log, nothing else), which splits the gap into what durability costs and what
/// reconciling costs.
/// </summary>
public static class IngestScenario
{
    public const string Name = "ingest";

    private const int SingleConcurrency = 64;
    private const int BatchConcurrency = 16;
    private const int BatchSize = 100;

    public static async Task RunAsync(BenchContext context)
    {
        var report = context.Report;
        var singles = context.Pick(100_000, 30_000);
        var batched = context.Pick(400_000, 80_000);
        var warmup = context.Pick(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1));
        var duration = context.Pick(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(3));

        var workload = new WorkloadGenerator(new WorkloadOptions { Reports = singles + batched, IdPrefix = "ingest" }, context.Names).Reports().ToList();
        var single = new HttpLoad(workload.Take(singles).Select(ReportBodies.One).ToList(), 1);
        var batch = new HttpLoad(workload.Skip(singles).Chunk(BatchSize).Select(ReportBodies.Many).ToList(), BatchSize);
        workload.Clear();

        using var data = new TempFolder(Name);
        await using var bare = await ServerProcess.StartBareAsync(BenchContext.ServerStart);
        await using var durable = await ServerProcess.StartDurableAsync(Path.Combine(data.Path, "durable"), BenchContext.ServerStart);
        await using var server = await ServerProcess.StartCorrelatorAsync(data.Path, [], BenchContext.ServerStart);
        var bareUrl = new Uri(bare.Address, "api/reports");
        var durableUrl = new Uri(durable.Address, "api/reports");
        var url = new Uri(server.Address, "api/reports");

        // Interleaved, so that a noisy neighbour on the shared machine hits both sides alike.
        var bareSingle = await MeasuredLoad.RunAsync(() => bare.CpuTime, () => single.RunAsync(bareUrl, null, SingleConcurrency, warmup, duration, cycle: true));
        var durableSingle = await MeasuredLoad.RunAsync(() => durable.CpuTime, () => single.RunAsync(durableUrl, null, SingleConcurrency, warmup, duration, cycle: false));
        var realSingle = await MeasuredLoad.RunAsync(() => server.CpuTime, () => single.RunAsync(url, server.Key, SingleConcurrency, warmup, duration, cycle: false));
        var bareBatch = await MeasuredLoad.RunAsync(() => bare.CpuTime, () => batch.RunAsync(bareUrl, null, BatchConcurrency, warmup, duration, cycle: true));
        var durableBatch = await MeasuredLoad.RunAsync(() => durable.CpuTime, () => batch.RunAsync(durableUrl, null, BatchConcurrency, warmup, duration, cycle: false));
        var realBatch = await MeasuredLoad.RunAsync(() => server.CpuTime, () => batch.RunAsync(url, server.Key, BatchConcurrency, warmup, duration, cycle: false));

        Add(report, "single post", SingleConcurrency, realSingle, bareSingle, durableSingle);
        Add(report, $"batch of {BatchSize}", BatchConcurrency, realBatch, bareBatch, durableBatch);
        report.Add(new Metric(Name, "server resident memory after ingest", server.ResidentBytes / 1048576.0, "MiB"));
    }

    private static void Add(BenchReport report, string what, int concurrency, MeasuredLoad realRun, MeasuredLoad bareRun, MeasuredLoad durableRun)
    {
        var (real, bare, durable) = (realRun.Load, bareRun.Load, durableRun.Load);
        var ratio = real.ReportsPerSecond / bare.ReportsPerSecond;
        report.Add(new Metric(Name, $"{what}, {concurrency} concurrent: Correlator", real.ReportsPerSecond, "reports/s"));
        report.Add(new Metric(Name, $"{what}: Correlator server CPU", realRun.ServerCores, "cores"));
        report.Add(new Metric(Name, $"{what}: load generator CPU (vs Correlator)", realRun.GeneratorCores, "cores"));
        report.Add(new Metric(Name, $"{what}, {concurrency} concurrent: bare Kestrel", bare.ReportsPerSecond, "reports/s"));
        report.Add(new Metric(Name, $"{what}: bare server CPU", bareRun.ServerCores, "cores"));
        report.Add(new Metric(Name, $"{what}, {concurrency} concurrent: durable floor (parse + append)", durable.ReportsPerSecond, "reports/s"));
        report.Add(new Metric(Name, $"{what}: durable floor server CPU", durableRun.ServerCores, "cores"));
        report.Add(new Metric(Name, $"{what}: Correlator / bare", ratio, "ratio", ">= 0.5", ratio >= 0.5));
        report.Add(new Metric(Name, $"{what}: durable floor / bare", durable.ReportsPerSecond / bare.ReportsPerSecond, "ratio"));
        report.Add(new Metric(Name, $"{what}: Correlator / durable floor", real.ReportsPerSecond / durable.ReportsPerSecond, "ratio"));
        if (real.Failures > 0 || bare.Failures > 0 || durable.Failures > 0)
        {
            report.Note($"ingest {what}: {real.Failures} failed posts on Correlator ({real.FirstFailure}), {bare.Failures} on bare, {durable.Failures} on the durable floor ({durable.FirstFailure})");
        }
    }
}

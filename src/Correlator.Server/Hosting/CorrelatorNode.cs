using System.Runtime;
using Correlator.Grains.Routing;
using Correlator.Runtime;
using Correlator.Server.Ingest;
using Correlator.Server.Live;
using Correlator.Server.Security;
using Correlator.Server.Seeding;
using Correlator.Storage;
using Microsoft.Extensions.Options;

namespace Correlator.Server.Hosting;

/// <summary>
/// Brings a node up in order (gazetteer, published events, seeds on an empty log, grains rebuilt from the log) before
/// it takes traffic, and down in order (no new work, grains drained, log flushed).
/// </summary>
public sealed class CorrelatorNode(
    NodeStorage storage,
    GazetteerFollower gazetteer,
    LiveFeed feed,
    Reconciler reconciler,
    ReportIngest ingest,
    GrainRuntime grains,
    LogReportSource source,
    SeedFiles seeds,
    FirstOperatorKey firstKey,
    IOptions<CorrelatorOptions> options,
    TimeProvider time,
    ILogger<CorrelatorNode> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await gazetteer.LoadAsync(cancellationToken);
        // The key file goes beside the SQLite file; with PostgreSQL nothing else creates that folder.
        var dataFolder = Directory.CreateDirectory(Path.GetDirectoryName(options.Value.ResolveStoragePath())!).FullName;
        await firstKey.EnsureAsync(dataFolder, cancellationToken);

        // The feed first: the reconciler publishes against the view the feed loads. The log is followed from its end as it is before the grains are rebuilt: a report appended meanwhile is
        // applied twice at worst, which changes nothing.
        await feed.StartAsync(cancellationToken);
        var end = await storage.Reports.LastSequenceAsync(cancellationToken);
        reconciler.Start(end);

        if (options.Value.LoadSeedsWhenEmpty && end == 0)
        {
            var reports = seeds.Reports();
            var result = await ingest.IngestAsync(reports, "seeds", cancellationToken);
            logger.LogInformation("Loaded {Count} seed reports from {Folder}: {Problems} problems", reports.Count, seeds.Folder, result.Problems.Count);
            foreach (var problem in result.Problems)
            {
                logger.LogWarning("Seed report rejected: {Field} {Reason}", problem.Field, problem.Reason);
            }
        }

        var started = time.GetTimestamp();
        var before = ProcessCost.Now();
        // A rebuild allocates a heap that nearly all survives: background collections meanwhile only add work and
        // keep more memory. Blocking collections until the grains are up cost less CPU and resident memory.
        var latency = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        TimeSpan read;
        ProcessCost reading;
        try
        {
            var scopes = await source.PreloadAsync(cancellationToken);
            read = time.GetElapsedTime(started);
            reading = ProcessCost.Now().Since(before);
            await reconciler.ActivateAsync(scopes, cancellationToken);
            source.EndPreload();
            // An idle thread-pool worker keeps the last work item it ran reachable until it runs another, and the last
            // items of the activation carried every grain's snapshot (every open discrepancy, some 300 MiB a million
            // reports, which the grains no longer keep): empty work through the pool first, so the compaction frees them.
            await Task.WhenAll(Enumerable.Range(0, 256).Select(_ => Task.Run(static () => { }, cancellationToken)));
        }
        finally
        {
            GCSettings.LatencyMode = latency;
        }
        // The rebuild leaves the heap full of freed garbage (the parse, the preload, the grains' working copies) that
        // server GC keeps committed; one compacting collection that decommits what it frees gives it back before the
        // node takes traffic. Restart on 200,000 reports: resident 1,040 -> 730 MiB, for 0.3-0.5 s more pause.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        // The benchmarks time a restart by this line; the read of the log is given apart from the grains' own work, and
        // with the CPU and garbage collection each took.
        var rebuild = ProcessCost.Now().Since(before);
        logger.LogInformation(
            "Rebuilt {Grains} grains from the log in {Elapsed} ms (reading the log {ReadElapsed} ms, of which GC pauses {ReadPaused} ms; "
            + "CPU {Cpu} ms, {Allocated} MiB allocated, GC pauses {Paused} ms in {Collections} collections, {Full} of them full); last event {Sequence}",
            grains.ActivationCount, time.GetElapsedTime(started).TotalMilliseconds, read.TotalMilliseconds, reading.Paused.TotalMilliseconds,
            rebuild.Cpu.TotalMilliseconds, rebuild.Allocated >> 20, rebuild.Paused.TotalMilliseconds, rebuild.Collections, rebuild.FullCollections,
            feed.LastSequence);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await reconciler.StopAsync();
        await feed.StopAsync();
        await grains.DeactivateAllAsync();
        await storage.Lifetime.DisposeAsync();
    }
}

using System.Text.Json;
using Correlator.Domain.Entities;
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
    SqliteStore store,
    EntityDirectory entities,
    LiveFeed feed,
    Reconciler reconciler,
    ReportIngest ingest,
    GrainRuntime grains,
    SeedFiles seeds,
    FirstOperatorKey firstKey,
    IOptions<CorrelatorOptions> options,
    ILogger<CorrelatorNode> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var gazetteer = Gazetteer.Parse(seeds.GazetteerJson());
        foreach (var edit in await store.ReadAllAsync(cancellationToken))
        {
            gazetteer = EntityEdits.Apply(gazetteer, edit.Kind, edit.Json);
        }
        entities.Replace(gazetteer);
        await firstKey.EnsureAsync(Path.GetDirectoryName(options.Value.ResolveStoragePath())!, cancellationToken);

        // The feed first: the reconciler publishes against the view the feed loads. The log is followed from its end as it is before the grains are rebuilt: a report appended meanwhile is
        // applied twice at worst, which changes nothing.
        await feed.StartAsync(cancellationToken);
        reconciler.Start(await ((IReportLog)store).LastSequenceAsync(cancellationToken));

        if (options.Value.LoadSeedsWhenEmpty && await store.IsEmptyAsync(cancellationToken))
        {
            var reports = seeds.Reports();
            var result = await ingest.IngestAsync(reports, "seeds", cancellationToken);
            logger.LogInformation("Loaded {Count} seed reports from {Folder}: {Problems} problems", reports.Count, seeds.Folder, result.Problems.Count);
            foreach (var problem in result.Problems)
            {
                logger.LogWarning("Seed report rejected: {Field} {Reason}", problem.Field, problem.Reason);
            }
        }

        var started = DateTimeOffset.UtcNow;
        var scopes = await store.ScopesAsync(cancellationToken);
        await reconciler.ActivateAsync(scopes.Select(GrainScope.Parse), cancellationToken);
        logger.LogInformation("Rebuilt {Grains} grains from the log in {Elapsed} ms; last event {Sequence}",
            grains.ActivationCount, (DateTimeOffset.UtcNow - started).TotalMilliseconds, feed.LastSequence);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await reconciler.StopAsync();
        await feed.StopAsync();
        await grains.DeactivateAllAsync();
        await store.DisposeAsync();
    }
}

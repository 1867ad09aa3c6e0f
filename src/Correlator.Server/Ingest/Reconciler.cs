using System.Threading.Channels;
using Correlator.Domain.Reports;
using Correlator.Grains;
using Correlator.Grains.Bases;
using Correlator.Grains.Groups;
using Correlator.Grains.Regions;
using Correlator.Grains.Routing;
using Correlator.Runtime;
using Correlator.Server.Live;

namespace Correlator.Server.Ingest;

/// <summary>
/// Feeds durable reports to the grains they concern and publishes what changed. Work that arrives while a round runs
/// is taken together in the next round: one grain call per scope and one event-log write per round, however many
/// operators posted.
/// </summary>
public sealed class Reconciler(IGrainFactory grains, EntityDirectory entities, LiveFeed feed, ILogger<Reconciler> logger)
{
    private readonly Channel<Work> queue = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    private Task? loop;

    public void Start(CancellationToken stopping) => loop = Task.Run(() => RunAsync(stopping), CancellationToken.None);

    /// <summary>Completes when the reports are in their grains and the resulting events are published.</summary>
    public Task ApplyAsync(IReadOnlyList<Report> reports)
    {
        var work = new Work(reports, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(work))
        {
            throw new InvalidOperationException("The reconciler has stopped.");
        }
        return work.Done.Task;
    }

    /// <summary>Activates the grains of every scope given (rebuilding them from the log) and publishes any difference from what was published before.</summary>
    public async Task ActivateAsync(IEnumerable<GrainScope> scopes, CancellationToken cancellationToken)
    {
        var updates = await Task.WhenAll(scopes.Select(scope => Call(scope, [])));
        await feed.PublishAsync(updates.OfType<GrainUpdate>().ToList(), cancellationToken);
    }

    public async Task StopAsync()
    {
        queue.Writer.TryComplete();
        if (loop is not null)
        {
            await loop;
        }
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        var round = new List<Work>();
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            round.Clear();
            while (queue.Reader.TryRead(out var work))
            {
                round.Add(work);
            }
            try
            {
                var gazetteer = entities.Current;
                var byScope = round.SelectMany(w => w.Reports)
                    .SelectMany(r => ReportRouting.ScopesOf(r, gazetteer).Select(s => (Scope: s, Report: r)))
                    .GroupBy(x => x.Scope, x => x.Report);
                var updates = await Task.WhenAll(byScope.Select(g => Call(g.Key, g.ToList())));
                await feed.PublishAsync(updates.OfType<GrainUpdate>().ToList(), stopping);
                round.ForEach(w => w.Done.TrySetResult());
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Reconciling {Reports} reports failed", round.Sum(w => w.Reports.Count));
                round.ForEach(w => w.Done.TrySetException(ex));
            }
        }
    }

    private Task<GrainUpdate?> Call(GrainScope scope, IReadOnlyList<Report> reports) => scope.Kind switch
    {
        GrainScope.BaseKind => grains.Get<BaseGrain>(scope.Key).CallAsync(reports, static (g, r) => (GrainUpdate?)g.Apply(r)),
        GrainScope.RegionKind => grains.Get<RegionGrain>(scope.Key).CallAsync(reports, static (g, r) => (GrainUpdate?)g.Apply(r)),
        _ => grains.Get<GroupGrain>(scope.Key).CallAsync(reports, static (g, r) =>
        {
            g.Apply(r);
            return (GrainUpdate?)null;
        }),
    };

    private sealed record Work(IReadOnlyList<Report> Reports, TaskCompletionSource Done);
}

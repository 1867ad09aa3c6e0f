using Correlator.Grains.Bases;
using Correlator.Grains.Regions;
using Correlator.Runtime;
using Correlator.Server.Live;
using Correlator.Storage;

namespace Correlator.Server.Hosting;

/// <summary>
/// Several nodes on one database: a node that does not lead tries to take the store's lease every second. Having
/// taken it, it leads (publishes) only once its live feed has followed the event log to the end, so its view holds
/// everything the previous leader published; it then publishes every active grain's full snapshot against that view,
/// so whatever a dead leader applied but never published is published now. The lease the reconciler asks is this
/// one, held only from then on.
/// </summary>
public sealed class Leadership(NodeStorage storage, LiveFeed feed, GrainRuntime grains, ILogger<Leadership> logger) : BackgroundService, ILeaderLease
{
    public static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(1);

    private volatile bool leading;

    public bool IsHeld => leading && storage.Lease.IsHeld;

    public async Task<bool> TryAcquireAsync(CancellationToken cancellationToken)
    {
        if (!await storage.Lease.TryAcquireAsync(cancellationToken))
        {
            leading = false;
            return false;
        }

        if (leading)
        {
            return true;
        }

        var end = await storage.Events.LastSequenceAsync(cancellationToken);
        while (feed.LastSequence < end)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }

        // Leading before the snapshots: a round the reconciler applies from here on publishes itself; one applied
        // before is in the snapshots.
        leading = true;
        var published = await PublishSnapshotsAsync(cancellationToken);
        logger.LogWarning("This node leads from event {Sequence}; published the snapshots of {Grains} grains", end, published);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await TryAcquireAsync(stoppingToken);
                await Task.Delay(RetryEvery, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                leading = false;
                logger.LogError(ex, "Taking or keeping the leader lease failed; trying again");
                await Task.Delay(RetryEvery, CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// Each grain publishes its snapshot inside its own turn, so no reconciler round can apply to it in between: a
    /// newer update of the same grain is always published after the snapshot, never overwritten by it.
    /// </summary>
    private async Task<int> PublishSnapshotsAsync(CancellationToken cancellationToken)
    {
        var bases = grains.ActiveKeys<BaseGrain>().Select(key =>
            grains.Get<BaseGrain>(key).CallAsync((feed, cancellationToken), static (g, s) => s.feed.PublishAsync([g.Snapshot()], s.cancellationToken)));
        var regions = grains.ActiveKeys<RegionGrain>().Select(key =>
            grains.Get<RegionGrain>(key).CallAsync((feed, cancellationToken), static (g, s) => s.feed.PublishAsync([g.Snapshot()], s.cancellationToken)));
        var calls = bases.Concat(regions).ToList();
        await Task.WhenAll(calls);
        return calls.Count;
    }
}

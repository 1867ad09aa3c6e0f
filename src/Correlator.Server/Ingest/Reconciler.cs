using Correlator.Domain.Reports;
using Correlator.Grains;
using Correlator.Grains.Bases;
using Correlator.Grains.Groups;
using Correlator.Grains.Regions;
using Correlator.Grains.Routing;
using Correlator.Runtime;
using Correlator.Server.Hosting;
using Correlator.Server.Live;
using Correlator.Storage;

namespace Correlator.Server.Ingest;

/// <summary>
/// Follows the report log into the grains: whatever node appended a report, every node reads it from the log in
/// sequence order and hands it to the grains it concerns, one call per grain per round however many arrived. The
/// node holding the leader lease publishes what changed. Posts wait until their reports are applied here, so a
/// read after a post sees it. Reports this node appended are taken as written when the store hands them over
/// (<see cref="IAppendedReports"/>), in the same sequence order, rather than read back from the log.
/// </summary>
public sealed class Reconciler(
    IReportLog log,
    ILogChanges changes,
    ILeaderLease lease,
    IGrainFactory grains,
    LiveFeed feed,
    TimeProvider time,
    ILogger<Reconciler> logger)
{
    public const int MaxRound = 5000;
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>Rounds slower than this, from being taken to being published, are logged at Debug with where the time went.</summary>
    public static readonly TimeSpan SlowRound = TimeSpan.FromMilliseconds(5);

    private readonly Doorbell bell = new();
    private readonly RecentReports recent = new();
    private readonly Lock waitersLock = new();
    private readonly List<(long Sequence, TaskCompletionSource Done)> waiters = [];
    private readonly CancellationTokenSource stopping = new();
    private long applied;
    // The last report handed to the grains; ahead of applied while a round's events are being committed. Loop only.
    private long taken;
    private Task? loop;

    public long Applied => Volatile.Read(ref applied);

    /// <summary>Starts following after <paramref name="from"/>: the log's end before the grains were rebuilt.</summary>
    public void Start(long from)
    {
        Volatile.Write(ref applied, from);
        taken = from;
        if (log is IAppendedReports appended)
        {
            appended.Appended += recent.Add;
        }
        changes.Changed += stream =>
        {
            if (stream == LogStream.Reports)
            {
                bell.Ring();
            }
        };
        loop = Task.Run(() => RunAsync(stopping.Token), CancellationToken.None);
    }

    /// <summary>Completes once every report up to <paramref name="sequence"/> is in its grains.</summary>
    public Task WaitForAsync(long sequence)
    {
        lock (waitersLock)
        {
            if (sequence <= Applied)
            {
                return Task.CompletedTask;
            }
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((sequence, done));
            return done.Task;
        }
    }

    /// <summary>Activates the grains of every scope given (rebuilding them from the log) and publishes any difference from what was published before.</summary>
    public async Task ActivateAsync(IEnumerable<GrainScope> scopes, CancellationToken cancellationToken)
    {
        var updates = await Task.WhenAll(scopes.Select(scope => Call(scope, [])));
        if (lease.IsHeld)
        {
            await feed.PublishAsync(updates.OfType<GrainUpdate>().ToList(), cancellationToken);
        }
    }

    /// <summary>Called once the web server has drained its requests, so no post is left waiting.</summary>
    public async Task StopAsync()
    {
        await stopping.CancelAsync();
        if (loop is not null)
        {
            await loop;
        }
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await bell.WaitAsync(PollInterval, stopping);
                await ApplyNewReportsAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // Rounds taken but not published are taken again: applying a report twice changes nothing.
                taken = Applied;
                logger.LogError(ex, "Reconciling after sequence {Sequence} failed; retrying", Applied);
                await Task.Delay(PollInterval, CancellationToken.None);
            }
        }
        // Nobody waits forever on a node that is going down; their reports are durable and apply at the next start.
        lock (waitersLock)
        {
            waiters.ForEach(w => w.Done.TrySetCanceled(CancellationToken.None));
            waiters.Clear();
        }
    }

    /// <summary>
    /// Applies rounds until the log holds nothing new. A round's grain work overlaps the publishing (the event commit)
    /// of the round before, yet rounds are published in order, each diffed only once the one before is recorded, and
    /// a post is answered only once its round is published.
    /// </summary>
    private async Task ApplyNewReportsAsync(CancellationToken stopping)
    {
        var published = Task.CompletedTask;
        try
        {
            while (await TakeRoundAsync(stopping) is { Count: > 0 } round)
            {
                var takenAt = time.GetTimestamp();
                // The scopes stored with each report, so a grain gets exactly what it reads from the log when it activates;
                // grouped by their text and each parsed once a round, not once per report.
                var byScope = round
                    .SelectMany(s => (s.Scopes ?? []).Select(scope => (Scope: scope, s.Report)))
                    .GroupBy(x => x.Scope, x => x.Report, StringComparer.Ordinal);
                var updates = await Task.WhenAll(byScope.Select(g => Call(GrainScope.Parse(g.Key), g.ToList())));
                var appliedAt = time.GetTimestamp();
                await published;
                published = PublishAsync(updates, new RoundTimes(round.Count, round[^1].Sequence, takenAt, appliedAt), stopping);
            }
        }
        finally
        {
            await published;
        }
    }

    /// <summary>The next reports after those taken, as this node appended them when it still holds them, else from the log.</summary>
    private async Task<List<StoredReport>> TakeRoundAsync(CancellationToken stopping)
    {
        var round = recent.TakeAfter(taken, MaxRound);
        if (round.Count == 0)
        {
            await foreach (var stored in log.ReadAsync(taken, stopping))
            {
                round.Add(stored);
                if (round.Count == MaxRound)
                {
                    break;
                }
            }
            if (round.Count == 0)
            {
                return round;
            }
            recent.ForgetThrough(round[^1].Sequence);
        }
        taken = round[^1].Sequence;
        return round;
    }

    private async Task PublishAsync(GrainUpdate?[] updates, RoundTimes round, CancellationToken stopping)
    {
        var publishing = time.GetTimestamp();
        if (lease.IsHeld)
        {
            await feed.PublishAsync(updates.OfType<GrainUpdate>().ToList(), stopping);
        }
        Volatile.Write(ref applied, round.Through);
        lock (waitersLock)
        {
            waiters.RemoveAll(w => w.Sequence <= round.Through && w.Done.TrySetResult());
        }
        if (logger.IsEnabled(LogLevel.Debug) && time.GetElapsedTime(round.Taken) >= SlowRound)
        {
            logger.LogDebug(
                "Slow round of {Reports} reports through {Sequence}: {TotalMs:F1} ms = grains {GrainsMs:F1} + behind the round before {QueuedMs:F1} + publish {PublishMs:F1}",
                round.Reports, round.Through, time.GetElapsedTime(round.Taken).TotalMilliseconds,
                time.GetElapsedTime(round.Taken, round.Applied).TotalMilliseconds,
                time.GetElapsedTime(round.Applied, publishing).TotalMilliseconds, time.GetElapsedTime(publishing).TotalMilliseconds);
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
}

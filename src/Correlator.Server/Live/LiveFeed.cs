using System.Collections.Concurrent;
using System.Text.Json;
using Correlator.Grains;
using Correlator.Server.Hosting;
using Correlator.Storage;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace Correlator.Server.Live;

/// <summary>
/// The events dashboards see. The leading node turns grain updates into numbered, durable events; every node follows
/// the event log and fans each event out to its own subscribers, so all dashboards on all nodes get the same events in
/// the same order, and a resuming client can always catch up from the log. The only writer to the hub's connections.
/// </summary>
public sealed class LiveFeed(
    IEventLog events,
    ILogChanges changes,
    DashboardConnections connections,
    TimeProvider time,
    IOptions<CorrelatorOptions> options,
    ILogger<LiveFeed> logger)
{
    private const int FollowPage = 1000;

    /// <summary>
    /// The coalescing window is flushed in this many steps, each writing to its share of the subscribers, so that
    /// thousands of writes do not queue on the thread pool at once, ahead of the next events' ingest and delivery.
    /// </summary>
    public const int FlushSteps = 10;

    private readonly PublishedView view = new();
    private readonly RecentEvents recent = new();
    private readonly ConcurrentDictionary<string, Subscriber> subscribers = new(StringComparer.Ordinal);

    // Held while an event is handed out and while a subscriber joins, so that a new subscriber either is offered the
    // event or starts live after it; without it, one joining mid-delivery could be missed and still told the event
    // was before its start.
    private readonly Lock delivering = new();

    // The same subscribers by the topics they follow, so that delivering an event visits only those who want it.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Subscriber>> byTopic = new(StringComparer.Ordinal);

    // The same subscribers by the step of the coalescing window that flushes them, so a step visits only its own.
    private readonly ConcurrentDictionary<string, Subscriber>[] byFlushStep =
        Enumerable.Range(0, FlushSteps).Select(_ => new ConcurrentDictionary<string, Subscriber>(StringComparer.Ordinal)).ToArray();

    private readonly SemaphoreSlim publishing = new(1, 1);
    private readonly Doorbell bell = new();
    private readonly CancellationTokenSource stopping = new();
    private long delivered;
    private long joined;
    private Task? loop;
    private Task? flushing;

    /// <summary>The newest event handed to this node's subscribers.</summary>
    public long LastSequence => Volatile.Read(ref delivered);

    public int SubscriberCount => subscribers.Count;

    /// <summary>Loads the published view and starts following the event log from its end.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        view.Load(await events.LatestPerKeyAsync(cancellationToken));
        Volatile.Write(ref delivered, await events.LastSequenceAsync(cancellationToken));
        if (events is IAppendedEvents appended)
        {
            appended.Appended += recent.Add;
        }
        changes.Changed += stream =>
        {
            if (stream == LogStream.Events)
            {
                bell.Ring();
            }
        };
        loop = Task.Run(() => FollowAsync(stopping.Token), CancellationToken.None);
        var window = options.Value.Live.CoalesceWindow;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero, "Correlator:Live:CoalesceWindow");
        flushing = Task.Run(() => FlushAsync(window, stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync()
    {
        await stopping.CancelAsync();
        if (loop is not null)
        {
            await loop;
        }
        if (flushing is not null)
        {
            await flushing;
        }
        foreach (var subscriber in subscribers.Values)
        {
            subscriber.Stop();
        }
    }

    /// <summary>Leader only: appends an event for everything that changed since it was last published.</summary>
    public async Task PublishAsync(IReadOnlyList<GrainUpdate> updates, CancellationToken cancellationToken)
    {
        await publishing.WaitAsync(cancellationToken);
        try
        {
            var pending = view.Diff(updates, time.GetUtcNow());
            if (pending.Count == 0)
            {
                return;
            }
            var stored = await events.AppendAsync(pending.Select(p => p.Event).ToList(), cancellationToken);
            // Recorded now, not when the follower reads them back, so the next diff already knows them.
            view.Record(pending, stored);
        }
        finally
        {
            publishing.Release();
        }
    }

    public long Subscribe(HubCallerContext connection, IReadOnlySet<string> topics, long? afterSequence)
    {
        Unsubscribe(connection.ConnectionId);
        var open = connections.Find(connection.ConnectionId) ?? throw new HubException("the connection has closed");
        var subscriber = new Subscriber(open, topics, options.Value.SubscriberBuffer, (int)(Interlocked.Increment(ref joined) % FlushSteps), logger);
        // Registered before its backlog is read: an event is then either in the log read or in the outbox (or both,
        // and the sequence check drops the repeat).
        long liveFrom;
        lock (delivering)
        {
            subscribers[connection.ConnectionId] = subscriber;
            byFlushStep[subscriber.FlushStep][connection.ConnectionId] = subscriber;
            foreach (var topic in topics)
            {
                byTopic.GetOrAdd(topic, _ => new ConcurrentDictionary<string, Subscriber>(StringComparer.Ordinal))[connection.ConnectionId] = subscriber;
            }
            liveFrom = LastSequence;
        }
        _ = subscriber.RunAsync(events, afterSequence, liveFrom);
        return liveFrom;
    }

    public void Unsubscribe(string connectionId)
    {
        if (subscribers.TryGetValue(connectionId, out var subscriber))
        {
            Remove(subscriber);
            subscriber.Stop();
        }
    }

    public IReadOnlyList<DiscrepancyView> Discrepancies() => view.Discrepancies();

    public static LiveEvent ToLiveEvent(StoredEvent e)
    {
        // From the UTF-8 of an event this node appended, rather than from text made for the purpose.
        using var document = e.Content.HoldsText ? JsonDocument.Parse(e.Content.Text) : JsonDocument.Parse(e.Content.Utf8);
        return new LiveEvent(e.Sequence, e.Type, e.Key, e.Topics, e.At, document.RootElement.Clone());
    }

    /// <summary>The hub message of an event (its type as the target, the event as the one argument), serialised on first use.</summary>
    public static SerializedHubMessage Encode(LiveEvent e) => new(new InvocationMessage(e.Type, [e]));

    private async Task FollowAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await bell.WaitAsync(TimeSpan.FromSeconds(1), stopping);
                IReadOnlyList<StoredEvent> page;
                do
                {
                    page = await NextPageAsync(stopping);
                    view.Record(page);
                    foreach (var e in page)
                    {
                        lock (delivering)
                        {
                            Deliver(e);
                            Volatile.Write(ref delivered, e.Sequence);
                        }
                    }
                }
                while (page.Count == FollowPage);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Following the event log after {Sequence} failed; retrying", LastSequence);
                await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// The events after the last delivered: as this node appended them when it still holds them (the leader), else
    /// from the log. A run handed over shorter than a page ends the pass like a short page read; anything dropped
    /// from a full hand-over is read from the log at the next ring or poll.
    /// </summary>
    private async Task<IReadOnlyList<StoredEvent>> NextPageAsync(CancellationToken stopping)
    {
        var handed = recent.TakeAfter(LastSequence, FollowPage);
        if (handed.Count > 0)
        {
            return handed;
        }
        var page = await events.ReadAfterAsync(LastSequence, null, FollowPage, stopping);
        if (page.Count > 0)
        {
            recent.ForgetThrough(page[^1].Sequence);
        }
        return page;
    }

    private void Deliver(StoredEvent stored)
    {
        // Parsed and serialised only once a subscriber wants it (most events interest no dashboard on this node), and
        // then once for all of them: each connection only copies the bytes.
        EncodedEvent? e = null;
        var hold = false;
        foreach (var topic in stored.Topics)
        {
            if (!byTopic.TryGetValue(topic, out var following))
            {
                continue;
            }
            // Enumerated in place: Values would copy the set for every event.
            foreach (var (_, subscriber) in following)
            {
                if (e is null)
                {
                    var message = Encode(ToLiveEvent(stored));
                    // Serialised here, once, rather than by the first subscribers' writes queueing on its lock.
                    message.GetSerializedMessage(subscriber.Protocol);
                    e = new EncodedEvent(stored.Sequence, message);
                    hold = subscribers.Count > options.Value.Live.CoalesceAbove;
                }
                if (!subscriber.Offer(e, hold))
                {
                    Remove(subscriber);
                }
            }
        }
    }

    /// <summary>
    /// With many subscribers, events are held and each connection gets its window's events in one write: one loop for
    /// the node rather than a timer per connection. Below the threshold nothing is held and this finds nothing to do.
    /// </summary>
    private async Task FlushAsync(TimeSpan window, CancellationToken stopping)
    {
        var step = window / FlushSteps;
        for (var turn = 0; !stopping.IsCancellationRequested; turn = (turn + 1) % FlushSteps)
        {
            try
            {
                await Task.Delay(step, time, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            foreach (var (_, subscriber) in byFlushStep[turn])
            {
                subscriber.Flush();
            }
        }
    }

    /// <summary>Forgets a subscriber, but not one that has since replaced it on the same connection.</summary>
    private void Remove(Subscriber subscriber)
    {
        subscribers.TryRemove(KeyValuePair.Create(subscriber.ConnectionId, subscriber));
        byFlushStep[subscriber.FlushStep].TryRemove(KeyValuePair.Create(subscriber.ConnectionId, subscriber));
        foreach (var topic in subscriber.Topics)
        {
            if (byTopic.TryGetValue(topic, out var following))
            {
                following.TryRemove(KeyValuePair.Create(subscriber.ConnectionId, subscriber));
            }
        }
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using Correlator.Grains;
using Correlator.Server.Hosting;
using Correlator.Storage;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Correlator.Server.Live;

/// <summary>
/// Turns grain updates into numbered, durable events and fans them out to subscribed dashboards. The only holder of
/// the hub context; events are appended to the event log before anyone sees them, so a resuming client can always
/// catch up from the log.
/// </summary>
public sealed class LiveFeed(
    IEventLog events,
    IHubContext<CorrelatorHub> hub,
    TimeProvider time,
    IOptions<CorrelatorOptions> options,
    ILogger<LiveFeed> logger)
{
    private readonly PublishedView view = new();
    private readonly ConcurrentDictionary<string, Subscriber> subscribers = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim publishing = new(1, 1);
    private long lastSequence;

    public long LastSequence => Volatile.Read(ref lastSequence);

    public int SubscriberCount => subscribers.Count;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        view.Load(await events.LatestPerKeyAsync(cancellationToken));
        Volatile.Write(ref lastSequence, await events.LastSequenceAsync(cancellationToken));
    }

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
            var stored = await events.AppendAsync(pending, cancellationToken);
            foreach (var e in stored)
            {
                view.Record(e);
            }
            Volatile.Write(ref lastSequence, stored[^1].Sequence);
            foreach (var e in stored.Select(ToLiveEvent))
            {
                foreach (var subscriber in subscribers.Values)
                {
                    if (subscriber.Wants(e) && !subscriber.Offer(e))
                    {
                        subscribers.TryRemove(subscriber.ConnectionId, out _);
                    }
                }
            }
            logger.LogDebug("Published {Count} events up to {Sequence}", stored.Count, stored[^1].Sequence);
        }
        finally
        {
            publishing.Release();
        }
    }

    public long Subscribe(HubCallerContext connection, IReadOnlySet<string> topics, long? afterSequence)
    {
        Unsubscribe(connection.ConnectionId);
        var subscriber = new Subscriber(connection, topics, options.Value.SubscriberBuffer, hub, logger);
        // Registered before the backlog is read: an event is then either in the log read or in the outbox (or both,
        // and the sequence check drops the repeat).
        subscribers[connection.ConnectionId] = subscriber;
        var liveFrom = LastSequence;
        _ = subscriber.RunAsync(events, afterSequence, liveFrom);
        return liveFrom;
    }

    public void Unsubscribe(string connectionId)
    {
        if (subscribers.TryRemove(connectionId, out var subscriber))
        {
            subscriber.Stop();
        }
    }

    public IEnumerable<DiscrepancyView> Discrepancies() => view.Discrepancies();

    public static LiveEvent ToLiveEvent(StoredEvent e)
    {
        using var document = JsonDocument.Parse(e.Payload);
        return new LiveEvent(e.Sequence, e.Type, e.Key, e.Topics, e.At, document.RootElement.Clone());
    }
}

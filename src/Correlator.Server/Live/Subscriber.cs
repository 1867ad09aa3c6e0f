using System.Threading.Channels;
using Correlator.Storage;
using Microsoft.AspNetCore.SignalR;

namespace Correlator.Server.Live;

/// <summary>
/// One dashboard connection: first the events it missed (from the event log), then live ones, never a gap or a
/// repeat. Its outbox is bounded; a client that cannot keep up is dropped rather than allowed to slow anyone else,
/// and resumes with its last sequence.
/// </summary>
public sealed class Subscriber
{
    private const int BacklogPage = 500;

    private readonly Channel<LiveEvent> outbox;
    private readonly HubCallerContext connection;
    private readonly IHubContext<CorrelatorHub> hub;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stopping = new();

    public Subscriber(HubCallerContext connection, IReadOnlySet<string> topics, int buffer, IHubContext<CorrelatorHub> hub, ILogger logger)
    {
        this.connection = connection;
        this.hub = hub;
        this.logger = logger;
        Topics = topics;
        outbox = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(buffer) { SingleReader = true, SingleWriter = true });
    }

    public string ConnectionId => connection.ConnectionId;

    public IReadOnlySet<string> Topics { get; }

    public bool Wants(IReadOnlyList<string> topics) => topics.Any(Topics.Contains);

    /// <summary>Queues a live event; false when the outbox is full and the subscriber has been dropped.</summary>
    public bool Offer(LiveEvent e)
    {
        if (outbox.Writer.TryWrite(e))
        {
            return true;
        }
        logger.LogWarning("Dropping slow subscriber {ConnectionId}: {Buffered} events waiting", ConnectionId, outbox.Reader.Count);
        Stop();
        connection.Abort();
        return false;
    }

    public void Stop()
    {
        outbox.Writer.TryComplete();
        stopping.Cancel();
    }

    public async Task RunAsync(IEventLog events, long? afterSequence, long liveFrom)
    {
        var client = hub.Clients.Client(ConnectionId);
        var token = stopping.Token;
        try
        {
            var lastSent = liveFrom;
            if (afterSequence is { } after)
            {
                lastSent = after;
                var replayed = 0;
                while (true)
                {
                    var page = await events.ReadAfterAsync(lastSent, Topics.ToList(), BacklogPage, token);
                    foreach (var stored in page)
                    {
                        await client.SendAsync(stored.Type, LiveFeed.ToLiveEvent(stored), token);
                        lastSent = stored.Sequence;
                        replayed++;
                    }
                    if (page.Count < BacklogPage)
                    {
                        break;
                    }
                }
                await client.SendAsync("caughtUp", new { lastSequence = lastSent, replayed }, token);
            }
            await foreach (var e in outbox.Reader.ReadAllAsync(token))
            {
                if (e.Sequence > lastSent)
                {
                    await client.SendAsync(e.Type, e, token);
                    lastSent = e.Sequence;
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Subscriber {ConnectionId} stopped", ConnectionId);
            connection.Abort();
        }
    }
}

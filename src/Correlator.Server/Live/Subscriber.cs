using System.Buffers;
using Correlator.Storage;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Correlator.Server.Live;

/// <summary>
/// One dashboard connection: first the events it missed (from the event log), then live ones, never a gap or a
/// repeat. Its outbox is bounded; a client that cannot keep up is dropped rather than allowed to slow anyone else,
/// and resumes with its last sequence.
/// </summary>
public sealed class Subscriber
{
    private const int BacklogPage = 500;

    // Events already waiting go out in one write (one WebSocket frame, one socket send) rather than one each, so a
    // node that falls behind spends less per event; bounded so that one write stays small.
    private const int MostPerWrite = 64;

    private readonly Lock gate = new();
    private readonly Queue<EncodedEvent> outbox = new();
    private readonly int buffer;
    private readonly HubConnectionContext connection;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stopping = new();

    // True while a write owns the connection (the backlog, or the events queued behind a write that could not finish
    // at once): live events then wait in the outbox. Otherwise the feed writes a live event itself, without a hop
    // to another thread, which is most of the time with clients that keep up.
    private bool writing = true;
    private bool stopped;

    // Read and written only by the owner of the connection (see writing); the gate hands it over.
    private long lastSent;

    // Only the feed's one delivering thread reads and writes it.
    private long lastOffered;

    public Subscriber(HubConnectionContext connection, IReadOnlySet<string> topics, int buffer, int flushStep, ILogger logger)
    {
        FlushStep = flushStep;
        this.connection = connection;
        this.buffer = buffer;
        this.logger = logger;
        Topics = topics;
    }

    public string ConnectionId => connection.ConnectionId;

    public IHubProtocol Protocol => connection.Protocol;

    public IReadOnlySet<string> Topics { get; }

    /// <summary>Which step of the node's coalescing window flushes this subscriber.</summary>
    public int FlushStep { get; }

    /// <summary>
    /// Sends or queues a live event, once however many of its topics the subscriber follows; false when the subscriber
    /// has stopped, or its outbox is full and it has been dropped. A held event waits in the outbox for the node's
    /// next <see cref="Flush"/>, so that a window's events go out in one write.
    /// </summary>
    public bool Offer(EncodedEvent e, bool hold)
    {
        if (e.Sequence <= lastOffered)
        {
            return true;
        }
        lastOffered = e.Sequence;
        var dropped = false;
        var queued = false;
        lock (gate)
        {
            if (stopped)
            {
                return false;
            }
            // The outbox can hold events while no write owns the connection only when they were held for a window.
            if (writing || hold || outbox.Count > 0)
            {
                // Reached only behind a write that has not finished: held events go out before they fill the buffer.
                if (outbox.Count >= buffer)
                {
                    logger.LogWarning("Dropping slow subscriber {ConnectionId}: {Buffered} events waiting", ConnectionId, outbox.Count);
                    (stopped, dropped) = (true, true);
                    outbox.Clear();
                }
                else
                {
                    outbox.Enqueue(e);
                    // Holding is this node's choice, so it must not be what drops a client: a full write's worth goes
                    // out at once. So do events held before the node dropped below the threshold, ahead of this one.
                    if (writing || (hold && outbox.Count < Math.Min(buffer, MostPerWrite)))
                    {
                        return true;
                    }
                    queued = true;
                }
            }
            if (!dropped)
            {
                writing = true;
            }
        }
        if (dropped)
        {
            stopping.Cancel();
            connection.Abort();
            return false;
        }
        if (queued)
        {
            _ = DrainAsync(default);
            return true;
        }
        lastSent = e.Sequence;
        var write = connection.WriteAsync(e.Message, stopping.Token);
        if (write.IsCompletedSuccessfully)
        {
            write.GetAwaiter().GetResult();
            lock (gate)
            {
                if (outbox.Count == 0)
                {
                    writing = false;
                    return true;
                }
            }
            write = default;
        }
        _ = DrainAsync(write);
        return true;
    }

    /// <summary>Writes the events held for the window, in one write; if a write owns the connection, it takes them next.</summary>
    public void Flush()
    {
        lock (gate)
        {
            if (stopped || writing || outbox.Count == 0)
            {
                return;
            }
            writing = true;
        }
        _ = DrainAsync(default);
    }

    public void Stop()
    {
        lock (gate)
        {
            stopped = true;
            outbox.Clear();
        }
        // Outside the gate: cancelling runs the callbacks of a pending write on this thread.
        stopping.Cancel();
    }

    /// <summary>Sends the events after <paramref name="afterSequence"/> from the log, if given, then whatever queued meanwhile, then goes live.</summary>
    public async Task RunAsync(IEventLog events, long? afterSequence, long liveFrom)
    {
        var token = stopping.Token;
        try
        {
            lastSent = liveFrom;
            if (afterSequence is { } after)
            {
                lastSent = after;
                var replayed = 0;
                while (true)
                {
                    var page = await events.ReadAfterAsync(lastSent, Topics.ToList(), BacklogPage, token);
                    foreach (var chunk in page.Chunk(MostPerWrite))
                    {
                        await WriteAsync(chunk.Select(stored => LiveFeed.Encode(LiveFeed.ToLiveEvent(stored))).ToList(), token);
                    }
                    if (page.Count > 0)
                    {
                        lastSent = page[^1].Sequence;
                        replayed += page.Count;
                    }
                    if (page.Count < BacklogPage)
                    {
                        break;
                    }
                }
                await connection.WriteAsync(new SerializedHubMessage(new InvocationMessage("caughtUp", [new { lastSequence = lastSent, replayed }])), token);
            }
        }
        catch (Exception ex)
        {
            Fail(ex, token);
            return;
        }
        await DrainAsync(default);
    }

    /// <summary>Once <paramref name="pending"/> is written, writes what queued behind it until the outbox is empty, then lets the feed write again.</summary>
    private async Task DrainAsync(ValueTask pending)
    {
        var token = stopping.Token;
        try
        {
            await pending;
            var batch = new List<SerializedHubMessage>(MostPerWrite);
            while (true)
            {
                lock (gate)
                {
                    // A live event can repeat one the backlog already sent: it was queued while the log was read.
                    while (batch.Count < MostPerWrite && outbox.TryDequeue(out var e))
                    {
                        if (e.Sequence > lastSent)
                        {
                            batch.Add(e.Message);
                            lastSent = e.Sequence;
                        }
                    }
                    if (batch.Count == 0)
                    {
                        writing = false;
                        return;
                    }
                }
                await WriteAsync(batch, token);
                batch.Clear();
            }
        }
        catch (Exception ex)
        {
            Fail(ex, token);
        }
    }

    private void Fail(Exception ex, CancellationToken token)
    {
        if (ex is OperationCanceledException && token.IsCancellationRequested)
        {
            return;
        }
        logger.LogWarning(ex, "Subscriber {ConnectionId} stopped", ConnectionId);
        Stop();
        connection.Abort();
    }

    private async ValueTask WriteAsync(IReadOnlyList<SerializedHubMessage> messages, CancellationToken token)
    {
        if (messages.Count <= 1)
        {
            if (messages.Count == 1)
            {
                await connection.WriteAsync(messages[0], token);
            }
            return;
        }
        // The hub protocol frames each message itself, so their bytes laid end to end are those messages in a row.
        var protocol = connection.Protocol;
        var size = messages.Sum(m => m.GetSerializedMessage(protocol).Length);
        var bytes = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var filled = 0;
            foreach (var message in messages)
            {
                var serialized = message.GetSerializedMessage(protocol).Span;
                serialized.CopyTo(bytes.AsSpan(filled));
                filled += serialized.Length;
            }
            // The write has copied the bytes into the connection's pipe once it completes, so they can go back.
            await connection.WriteAsync(new SerializedHubMessage([new SerializedMessage(protocol.Name, bytes.AsMemory(0, size))]), token);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}

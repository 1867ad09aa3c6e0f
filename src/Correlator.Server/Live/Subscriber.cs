using System.Buffers;
using System.Threading.Channels;
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

    private readonly Channel<EncodedEvent> outbox;
    private readonly HubConnectionContext connection;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stopping = new();

    public Subscriber(HubConnectionContext connection, IReadOnlySet<string> topics, int buffer, ILogger logger)
    {
        this.connection = connection;
        this.logger = logger;
        Topics = topics;
        outbox = Channel.CreateBounded<EncodedEvent>(new BoundedChannelOptions(buffer) { SingleReader = true, SingleWriter = true });
    }

    public string ConnectionId => connection.ConnectionId;

    public IHubProtocol Protocol => connection.Protocol;

    public IReadOnlySet<string> Topics { get; }

    public bool Wants(IReadOnlyList<string> topics)
    {
        foreach (var topic in topics)
        {
            if (Topics.Contains(topic))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Queues a live event; false when the outbox is full and the subscriber has been dropped.</summary>
    public bool Offer(EncodedEvent e)
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
            var waiting = new List<SerializedHubMessage>(MostPerWrite);
            while (await outbox.Reader.WaitToReadAsync(token))
            {
                while (waiting.Count < MostPerWrite && outbox.Reader.TryRead(out var e))
                {
                    if (e.Sequence > lastSent)
                    {
                        waiting.Add(e.Message);
                        lastSent = e.Sequence;
                    }
                }
                await WriteAsync(waiting, token);
                waiting.Clear();
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
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var filled = 0;
            foreach (var message in messages)
            {
                var bytes = message.GetSerializedMessage(protocol).Span;
                bytes.CopyTo(buffer.AsSpan(filled));
                filled += bytes.Length;
            }
            // The write has copied the bytes into the connection's pipe once it completes, so the buffer can go back.
            await connection.WriteAsync(new SerializedHubMessage([new SerializedMessage(protocol.Name, buffer.AsMemory(0, size))]), token);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

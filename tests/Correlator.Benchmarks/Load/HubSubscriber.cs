using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using Correlator.Benchmarks.Workload;

namespace Correlator.Benchmarks.Load;

/// <summary>
/// A dashboard as the server sees it: a WebSocket speaking the SignalR JSON hub protocol (handshake, Subscribe,
/// then live messages). It stamps each probe's discrepancy as it arrives and records the latency; it does no more
/// parsing than finding the probe number, so that ten thousand of them fit beside the server on a small machine.
/// </summary>
public sealed class HubSubscriber : IAsyncDisposable
{
    private const byte Separator = 0x1E;
    private static readonly byte[] ProbeMarker = Encoding.UTF8.GetBytes(ProbeReports.IdPrefix);
    private static readonly byte[] DiscrepancyTarget = Encoding.UTF8.GetBytes("\"target\":\"discrepancy\"");
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes("{\"type\":6}\u001e");

    private readonly ClientWebSocket socket = new();
    private readonly ProbeClock clock;
    private readonly TaskCompletionSource subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HashSet<int> seen = [];
    private readonly SemaphoreSlim sending = new(1, 1);
    private Task? receiving;

    private HubSubscriber(ProbeClock clock) => this.clock = clock;

    /// <summary>Latencies (ms) of the probes received, in arrival order; read only after the run.</summary>
    public List<double> Latencies { get; } = [];

    public static async Task<HubSubscriber> ConnectAsync(Uri server, string? key, IReadOnlyList<string> topics, ProbeClock clock, CancellationToken cancellationToken)
    {
        var subscriber = new HubSubscriber(clock);
        subscriber.socket.Options.KeepAliveInterval = TimeSpan.Zero;
        var ws = new UriBuilder(new Uri(server, "hubs/correlator")) { Scheme = "ws" };
        if (key is not null)
        {
            ws.Query = "access_token=" + Uri.EscapeDataString(key);
        }
        await subscriber.socket.ConnectAsync(ws.Uri, cancellationToken);
        await subscriber.SendAsync("{\"protocol\":\"json\",\"version\":1}\u001e"u8.ToArray(), cancellationToken);
        subscriber.receiving = Task.Run(subscriber.ReceiveAsync, CancellationToken.None);
        var list = string.Join(",", topics.Select(t => $"\"{t}\""));
        await subscriber.SendAsync(Encoding.UTF8.GetBytes($"{{\"type\":1,\"invocationId\":\"1\",\"target\":\"Subscribe\",\"arguments\":[[{list}],null]}}\u001e"), cancellationToken);
        await subscriber.subscribed.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        return subscriber;
    }

    /// <summary>The hub drops a client it has not heard from in 30 s; the run calls this every few seconds.</summary>
    public Task PingAsync() => socket.State == WebSocketState.Open ? SendAsync(Ping, CancellationToken.None) : Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }
        socket.Abort();
        if (receiving is not null)
        {
            await receiving;
        }
        socket.Dispose();
    }

    private async Task SendAsync(byte[] message, CancellationToken cancellationToken)
    {
        await sending.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, true, cancellationToken);
        }
        finally
        {
            sending.Release();
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var filled = 0;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var result = await socket.ReceiveAsync(buffer.AsMemory(filled), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
                var at = Stopwatch.GetTimestamp();
                filled += result.Count;
                var start = 0;
                int end;
                while ((end = buffer.AsSpan(start, filled - start).IndexOf(Separator)) >= 0)
                {
                    Handle(buffer.AsSpan(start, end), at);
                    start += end + 1;
                }
                buffer.AsSpan(start, filled - start).CopyTo(buffer);
                filled -= start;
            }
        }
        catch (WebSocketException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        catch (OperationCanceledException)
        {
            // Abort() on dispose cancels the pending receive.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Handle(ReadOnlySpan<byte> message, long at)
    {
        if (!subscribed.Task.IsCompleted)
        {
            // The handshake answer "{}", then the completion (type 3) of Subscribe.
            if (message.IndexOf("\"type\":3"u8) >= 0)
            {
                if (message.IndexOf("\"error\""u8) >= 0)
                {
                    subscribed.TrySetException(new InvalidOperationException(Encoding.UTF8.GetString(message)));
                }
                else
                {
                    subscribed.TrySetResult();
                }
            }
            return;
        }
        if (message.IndexOf(DiscrepancyTarget) < 0)
        {
            return;
        }
        var marker = message.IndexOf(ProbeMarker);
        if (marker < 0 || !Utf8Parser.TryParse(message[(marker + ProbeMarker.Length)..], out int probe, out _))
        {
            return;
        }
        // One latency per probe: a later update of the same discrepancy is not a delivery of the post.
        if (seen.Add(probe))
        {
            var latency = clock.LatencyMs(probe, at);
            if (!double.IsNaN(latency))
            {
                Latencies.Add(latency);
            }
        }
    }
}

using Correlator.Server.Tests.Processes;

namespace Correlator.Server.Tests.MultiNode;

/// <summary>
/// A dashboard subscribed to everything that, when its node goes away, reconnects to the next node that answers and
/// resubscribes after the last sequence it saw, as the real client does. Keeps every event it received.
/// </summary>
internal sealed class Dashboard : IAsyncDisposable
{
    private readonly IReadOnlyList<Uri> nodes;
    private readonly List<string> received = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;
    private HubSocket? socket;

    private Dashboard(IReadOnlyList<Uri> nodes)
    {
        this.nodes = nodes;
        loop = Task.Run(RunAsync);
    }

    /// <summary>Times it had to move to another node.</summary>
    public int Moves { get; private set; }

    /// <summary>"sequence type key" of each event, in the order received.</summary>
    public IReadOnlyList<string> Received
    {
        get
        {
            lock (received)
            {
                return received.ToArray();
            }
        }
    }

    public long LastSequence { get; private set; }

    /// <summary>Subscribes on <paramref name="nodes"/>[0]; the others are where it goes when that one dies, in order.</summary>
    public static async Task<Dashboard> StartAsync(IReadOnlyList<Uri> nodes)
    {
        var dashboard = new Dashboard(nodes);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (dashboard.socket is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        return dashboard;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (socket is not null)
        {
            await socket.DisposeAsync();
        }
        await loop;
    }

    private async Task RunAsync()
    {
        var node = 0;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                socket = await HubSocket.ConnectAsync(nodes[node]);
                await socket.SubscribeAsync(["all"], LastSequence);
                await ReceiveUntilClosedAsync(socket);
            }
            catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or HttpRequestException or InvalidOperationException)
            {
                // That node is gone: try the next one.
            }
            if (!stopping.IsCancellationRequested)
            {
                node = (node + 1) % nodes.Count;
                Moves++;
                await Task.Delay(100);
            }
        }
    }

    private async Task ReceiveUntilClosedAsync(HubSocket hub)
    {
        // A timed-out receive aborts a client WebSocket, so wait long: a closed connection ends the wait at once.
        while (await hub.ReceiveAsync(TimeSpan.FromMinutes(5)) is { } message)
        {
            if (message["target"]?.GetValue<string>() is "discrepancy" or "tally")
            {
                var e = message["arguments"]![0]!;
                var sequence = e["sequence"]!.GetValue<long>();
                lock (received)
                {
                    received.Add($"{sequence} {e["type"]!.GetValue<string>()} {e["key"]!.GetValue<string>()}");
                }
                LastSequence = sequence;
            }
        }
    }
}

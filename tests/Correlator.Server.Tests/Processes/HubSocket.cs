using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Correlator.Server.Tests.Processes;

/// <summary>
/// A dashboard speaking the SignalR JSON hub protocol over a bare WebSocket, so a test can decide when (and whether)
/// it reads: the only way to play a client that has stalled.
/// </summary>
public sealed class HubSocket : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';

    private readonly ClientWebSocket socket = new();
    private readonly StringBuilder pending = new();
    private int invocations;

    /// <param name="accessToken">An API key, sent as the SignalR JavaScript client sends it: in the query string.</param>
    public static async Task<HubSocket> ConnectAsync(Uri server, string? accessToken = null)
    {
        var hub = new HubSocket();
        var uri = new UriBuilder(server)
        {
            Scheme = "ws",
            Path = "/hubs/correlator",
            Query = accessToken is null ? "" : $"access_token={Uri.EscapeDataString(accessToken)}",
        }.Uri;
        await hub.socket.ConnectAsync(uri, CancellationToken.None);
        await hub.SendAsync("""{"protocol":"json","version":1}""");
        var handshake = await hub.ReceiveAsync(TimeSpan.FromSeconds(10));
        if (handshake is null || handshake.ToJsonString() != "{}")
        {
            throw new InvalidOperationException($"The hub refused the handshake: {handshake?.ToJsonString()}");
        }
        return hub;
    }

    public bool IsOpen => socket.State == WebSocketState.Open;

    public Task SubscribeAsync(string[] topics, long? afterSequence) =>
        SendInvocationAsync("Subscribe", new JsonArray(new JsonArray(topics.Select(t => JsonValue.Create(t)).ToArray<JsonNode?>()), afterSequence));

    /// <summary>Invokes a hub method and waits for its completion message (with "result" or "error").</summary>
    public async Task<JsonNode?> InvokeAsync(string target, JsonArray arguments)
    {
        var id = await SendInvocationAsync(target, arguments);
        while (await ReceiveAsync(TimeSpan.FromSeconds(10)) is { } message)
        {
            if (message["type"]?.GetValue<int>() == 3 && message["invocationId"]?.GetValue<string>() == id)
            {
                return message;
            }
        }
        return null;
    }

    private async Task<string> SendInvocationAsync(string target, JsonArray arguments)
    {
        var id = (++invocations).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await SendAsync(new JsonObject { ["type"] = 1, ["invocationId"] = id, ["target"] = target, ["arguments"] = arguments }.ToJsonString());
        return id;
    }

    /// <summary>The next hub message (pings skipped), or null when the server closed the connection or the time ran out.</summary>
    public async Task<JsonNode?> ReceiveAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var text = pending.ToString();
            var end = text.IndexOf(RecordSeparator, StringComparison.Ordinal);
            if (end >= 0)
            {
                pending.Remove(0, end + 1);
                var message = JsonNode.Parse(text[..end]);
                if (message?["type"]?.GetValue<int>() == 6)
                {
                    continue;
                }
                return message;
            }
            try
            {
                var result = await socket.ReceiveAsync(buffer, cancel.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }
                pending.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                return null;
            }
        }
    }

    /// <summary>The events (discrepancy and tally messages) that arrive until <paramref name="until"/> says stop.</summary>
    public async Task<List<long>> ReceiveSequencesAsync(Func<long, bool> until, TimeSpan timeout)
    {
        var sequences = new List<long>();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var message = await ReceiveAsync(deadline - DateTime.UtcNow);
            if (message is null)
            {
                break;
            }
            if (EventSequence(message) is { } sequence)
            {
                sequences.Add(sequence);
                if (until(sequence))
                {
                    break;
                }
            }
        }
        return sequences;
    }

    /// <summary>
    /// The events in the next WebSocket message that carries any, or null when the time ran out: one write of the
    /// server's arrives as one message, so this shows which events it wrote together.
    /// </summary>
    public async Task<List<long>?> ReceiveWriteAsync(TimeSpan timeout)
    {
        pending.Length.ShouldBe(0, "messages already read in part");
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var text = new StringBuilder();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancel.Token);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return null;
                    }
                    text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                }
                while (!result.EndOfMessage);
                var sequences = text.ToString().Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries)
                    .Select(json => EventSequence(JsonNode.Parse(json)!)).OfType<long>().ToList();
                if (sequences.Count > 0)
                {
                    return sequences;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        socket.Abort();
        socket.Dispose();
        await Task.CompletedTask;
    }

    private static long? EventSequence(JsonNode message) =>
        message["target"]?.GetValue<string>() is "discrepancy" or "tally" ? message["arguments"]![0]!["sequence"]!.GetValue<long>() : null;

    private Task SendAsync(string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json + RecordSeparator), WebSocketMessageType.Text, true, CancellationToken.None);
}

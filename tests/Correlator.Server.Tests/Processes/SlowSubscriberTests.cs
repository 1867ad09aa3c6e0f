using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Correlator.Domain.Reports;
using Xunit.Abstractions;

namespace Correlator.Server.Tests.Processes;

/// <summary>A dashboard that stops reading must be dropped, not allowed to slow ingest or the other dashboards.</summary>
public sealed class SlowSubscriberTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Reports = 400;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "correlator-slow-tests", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_stalled_subscriber_is_dropped_while_others_get_every_event_and_it_resumes_without_a_gap(bool coalescing)
    {
        // Coalescing holds events on purpose: that must not drop the reading client, and the stalled one must still be.
        string[] settings = coalescing
            ? ["--Correlator:SubscriberBuffer=16", "--Correlator:Live:CoalesceAbove=0", "--Correlator:Live:CoalesceWindow=00:00:00.050"]
            : ["--Correlator:SubscriberBuffer=16"];
        await using var server = await ServerProcess.StartAsync(folder, settings);
        var start = await LastSequenceAsync(server);
        await using var stalled = await HubSocket.ConnectAsync(server.Address);
        await stalled.SubscribeAsync(["all"], start);
        await using var reader = await HubSocket.ConnectAsync(server.Address);
        await reader.SubscribeAsync(["all"], start);
        var target = long.MaxValue;
        var received = reader.ReceiveSequencesAsync(s => s >= Volatile.Read(ref target), TimeSpan.FromSeconds(60));

        // Long quotes make every event large, so the stalled client's socket buffers fill quickly.
        var quote = string.Concat(Enumerable.Repeat("استهداف قاعدة الاحتلال بطائرة مسيرة ", 500));
        for (var i = 0; i < Reports; i++)
        {
            var report = CrashReports.Next(new Random(i), $"slow-{i}") with { Quote = quote };
            (await server.Client.PostAsJsonAsync("/api/reports", report, ReportJson.Options)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        var last = await LastSequenceAsync(server);
        // The reader stops at the first event after the posts (held events arrive up to a window late), so one more.
        Volatile.Write(ref target, last + 1);
        (await server.Client.PostAsJsonAsync("/api/reports", CrashReports.Next(new Random(Reports), "slow-last"), ReportJson.Options)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var subscribers = await EventuallyAsync(server, h => h["subscribers"]!.GetValue<int>() == 1);
        subscribers.ShouldBeTrue("the stalled subscriber should have been dropped");
        var fast = await received;
        fast.Where(s => s <= last).ShouldBe(Enumerable.Range((int)start + 1, (int)(last - start)).Select(s => (long)s));

        await using var resumed = await HubSocket.ConnectAsync(server.Address);
        await resumed.SubscribeAsync(["all"], start);
        var replayed = await resumed.ReceiveSequencesAsync(s => s >= last, TimeSpan.FromSeconds(60));
        replayed.ShouldBe(fast.Where(s => s <= last));
        output.WriteLine($"{Reports} reports, events {start + 1}..{last}: the reading client got {fast.Count}, the stalled one was dropped and resumed with {replayed.Count}");
    }

    private static async Task<long> LastSequenceAsync(ServerProcess server) =>
        (await server.Client.GetFromJsonAsync<JsonNode>("/healthz"))!["lastSequence"]!.GetValue<long>();

    private static async Task<bool> EventuallyAsync(ServerProcess server, Func<JsonNode, bool> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (condition((await server.Client.GetFromJsonAsync<JsonNode>("/healthz"))!))
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }
}

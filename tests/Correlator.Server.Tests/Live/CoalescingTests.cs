using System.Net;
using System.Text.Json.Nodes;
using Correlator.Server.Live;
using Correlator.Server.Tests.Processes;
using Correlator.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Correlator.Server.Tests.Live;

/// <summary>
/// With coalescing on, a dashboard gets each window's events together in one write, every one of them, in order;
/// one resuming meanwhile gets the log's events at once and then the held ones, without a gap or a repeat.
/// </summary>
public sealed class CoalescingTests(CoalescingServer server) : IClassFixture<CoalescingServer>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Each_windows_events_reach_a_dashboard_in_one_write_in_order()
    {
        await using var dashboard = await HubSocket.ConnectAsync(server.Address);
        var start = await SubscribeLiveAsync(dashboard);

        var first = await PostAsync("first-window", 8);
        // Not a receive with a short timeout: cancelling a receive aborts the socket.
        var written = dashboard.ReceiveWriteAsync(Patience);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        written.IsCompleted.ShouldBeFalse("events were written before the window ended");
        await EndWindowAsync();
        (await written).ShouldBe(Range(start, first));

        var second = await PostAsync("second-window", 8);
        await EndWindowAsync();
        (await dashboard.ReceiveWriteAsync(Patience)).ShouldBe(Range(first, second));
    }

    [Fact]
    public async Task A_dashboard_resuming_while_events_are_held_gets_each_once_and_in_order()
    {
        await using var live = await HubSocket.ConnectAsync(server.Address);
        var start = await SubscribeLiveAsync(live);
        var held = await PostAsync("before-resuming", 6);

        await using var resumed = await HubSocket.ConnectAsync(server.Address);
        await resumed.SubscribeAsync(["all"], start);
        var last = await PostAsync("after-resuming", 6);
        await EndWindowAsync();

        var expected = Range(start, last);
        (await live.ReceiveSequencesAsync(s => s >= last, Patience)).ShouldBe(expected);
        var caughtUp = await resumed.ReceiveSequencesAsync(s => s >= held, Patience);
        caughtUp.ShouldBe(Range(start, held), "the log's events are not held");
        caughtUp.AddRange(await resumed.ReceiveSequencesAsync(s => s >= last, Patience));
        caughtUp.ShouldBe(expected);
    }

    private async Task<long> SubscribeLiveAsync(HubSocket dashboard)
    {
        var answer = await dashboard.InvokeAsync("Subscribe", new JsonArray(new JsonArray("all"), null));
        return answer!["result"]!["lastSequence"]!.GetValue<long>();
    }

    /// <summary>Posts reports and waits until the feed has handed their events to its subscribers: the newest one.</summary>
    private async Task<long> PostAsync(string prefix, int reports)
    {
        for (var i = 0; i < reports; i++)
        {
            (await server.PostAsync(CrashReports.Next(new Random(i), $"{prefix}-{i}"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        // A post is answered once its events are in the log; the feed hands them out just after.
        var last = await server.Services.GetRequiredService<IEventLog>().LastSequenceAsync(CancellationToken.None);
        var feed = server.Services.GetRequiredService<LiveFeed>();
        while (feed.LastSequence < last)
        {
            await Task.Delay(10);
        }
        return last;
    }

    /// <summary>Moves the clock through the window, step by step as the feed's flush waits for each.</summary>
    private async Task EndWindowAsync()
    {
        var step = CoalescingServer.Window / LiveFeed.FlushSteps;
        for (var i = 0; i < LiveFeed.FlushSteps; i++)
        {
            // The flush sets its next step's timer after the last step's writes, which the test may have read first.
            while (!server.Clock.HasTimerWithin(step))
            {
                await Task.Delay(10);
            }
            server.Clock.Advance(step);
        }
    }

    private static List<long> Range(long after, long last) =>
        Enumerable.Range((int)after + 1, (int)(last - after)).Select(s => (long)s).ToList();
}

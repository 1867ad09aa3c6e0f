using System.Net;
using Correlator.Server.Tests.Hosting;

namespace Correlator.Server.Tests.Processes;

/// <summary>The live feed fans each event out once per dashboard, in order, whichever of its topics the dashboard follows.</summary>
public sealed class FanOutTests(CorrelatorServer server) : IClassFixture<CorrelatorServer>
{
    private const int Reports = 40;

    [Fact]
    public async Task A_dashboard_following_several_topics_of_an_event_gets_it_once_and_in_order()
    {
        var start = await server.LastSequenceAsync();
        await using var witness = await HubSocket.ConnectAsync(server.Address);
        // Both resume from the same point, so neither depends on when its subscription reached the server.
        await witness.SubscribeAsync(["all"], start);
        // Every event about an Iraqi base carries all four of these topics, some carry only "all".
        await using var overlapping = await HubSocket.ConnectAsync(server.Address);
        await overlapping.SubscribeAsync(["all", "region:all", "region:iraq", "base:ain-al-asad", "base:harir"], start);

        for (var i = 0; i < Reports; i++)
        {
            (await server.PostAsync(CrashReports.Next(new Random(i), $"fan-out-{i}"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        var last = await server.LastSequenceAsync();

        var expected = Enumerable.Range((int)start + 1, (int)(last - start)).Select(s => (long)s).ToList();
        expected.ShouldNotBeEmpty();
        (await witness.ReceiveSequencesAsync(s => s >= last, TimeSpan.FromSeconds(30))).Where(s => s <= last).ShouldBe(expected);
        (await overlapping.ReceiveSequencesAsync(s => s >= last, TimeSpan.FromSeconds(30))).Where(s => s <= last).ShouldBe(expected);
    }
}

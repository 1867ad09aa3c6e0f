using System.Text.Json.Nodes;
using Correlator.Server.Tests.Hosting;

namespace Correlator.Server.Tests.Processes;

/// <summary>The hub answers bad subscriptions with a clear error and offers nothing to write with.</summary>
public sealed class HubTests(CorrelatorServer server) : IClassFixture<CorrelatorServer>
{
    [Theory]
    [InlineData("""[["nope"], null]""", "'nope' is not a topic")]
    [InlineData("""[["base:atlantis"], null]""", "'base:atlantis' is not a topic")]
    [InlineData("""[["region:mars"], null]""", "'region:mars' is not a topic")]
    [InlineData("""[[], null]""", "give between 1 and")]
    [InlineData("""[["all"], -5]""", "afterSequence")]
    public async Task A_subscription_to_a_bad_topic_is_refused_with_the_reason(string arguments, string reason)
    {
        await using var hub = await HubSocket.ConnectAsync(server.Address);

        var answer = await hub.InvokeAsync("Subscribe", JsonNode.Parse(arguments)!.AsArray());

        answer!["error"]!.GetValue<string>().ShouldContain(reason);
    }

    [Theory]
    [InlineData("PostReport")]
    [InlineData("Publish")]
    [InlineData("OnDisconnectedAsync")]
    public async Task Nothing_can_be_written_through_the_hub(string method)
    {
        await using var hub = await HubSocket.ConnectAsync(server.Address);

        var answer = await hub.InvokeAsync(method, new JsonArray("{}"));

        answer!["error"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        hub.IsOpen.ShouldBeTrue();
    }

    [Fact]
    public async Task A_good_subscription_answers_the_sequence_live_events_start_after()
    {
        await using var hub = await HubSocket.ConnectAsync(server.Address);

        var answer = await hub.InvokeAsync("Subscribe", JsonNode.Parse("""[["all", "base:ain-al-asad", "group:kataib-hezbollah", "region:iraq"], null]""")!.AsArray());

        answer!["result"]!["lastSequence"]!.GetValue<long>().ShouldBe(await server.LastSequenceAsync());
    }
}

using System.Text.Json.Nodes;
using Correlator.Server.Tests.Hosting;
using Correlator.Server.Tests.Processes;

namespace Correlator.Server.Tests.Regressions;

/// <summary>
/// Found probing with a raw WebSocket client: Subscribe(["all"], "12"), Subscribe([1, 2], null) or Subscribe(["all"])
/// were answered "Failed to invoke 'Subscribe' due to an error on the server." and nothing more, blaming the server for
/// the client's mistake and leaving it to guess which. Malformed or oversized messages closed the connection as
/// "Connection closed with an error." alone.
/// </summary>
public sealed class A_hub_call_with_arguments_of_the_wrong_type_or_number_is_answered_with_the_reason(CorrelatorServer server)
    : IClassFixture<CorrelatorServer>
{
    public static TheoryData<string, string> Calls() => new()
    {
        { """[["all"], "12"]""", "types of the provided values match" },
        { """[[1, 2], null]""", "types of the provided values match" },
        { """[["all"], 1.5]""", "types of the provided values match" },
        { """[["all"]]""", "provides 1 argument(s) but target expects 2" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task The_error_says_what_is_wrong_with_the_arguments(string arguments, string reason)
    {
        await using var dashboard = await HubSocket.ConnectAsync(server.Address);

        var answer = await dashboard.InvokeAsync("Subscribe", JsonNode.Parse(arguments)!.AsArray());

        answer.ShouldNotBeNull();
        answer["error"].ShouldNotBeNull().GetValue<string>().ShouldContain(reason);
        dashboard.IsOpen.ShouldBeTrue("a bad call is answered, not punished by closing the connection");
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_the_connection_saying_so()
    {
        await using var dashboard = await HubSocket.ConnectAsync(server.Address);

        // About 70 KB, over SignalR's 32 KB.
        await dashboard.SubscribeAsync(Enumerable.Repeat("base:harir", 5000).ToArray(), null);
        var close = await dashboard.ReceiveAsync(TimeSpan.FromSeconds(10));

        close.ShouldNotBeNull();
        close["type"]!.GetValue<int>().ShouldBe(7);
        close["error"]!.GetValue<string>().ShouldContain("maximum message size");
    }
}

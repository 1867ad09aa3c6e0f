using System.Text.Json.Nodes;
using Correlator.Server.Tests.Hosting;
using Correlator.Server.Tests.Processes;

namespace Correlator.Server.Tests.Regressions;

/// <summary>
/// Found probing: Subscribe(["all"], n) with n beyond the last event (a dashboard that kept its sequence across a
/// reset of the data, or a bogus one) was answered as caught up to n, and then every live event, numbered below n, was
/// dropped as already seen: a connected dashboard that never showed anything again.
/// </summary>
public sealed class A_resume_sequence_beyond_the_event_log_is_refused_rather_than_silencing_the_dashboard(CorrelatorServer server)
    : IClassFixture<CorrelatorServer>
{
    [Fact]
    public async Task The_subscription_is_refused_naming_afterSequence()
    {
        var last = await server.LastSequenceAsync();
        await using var dashboard = await HubSocket.ConnectAsync(server.Address);

        var answer = await dashboard.InvokeAsync("Subscribe", new JsonArray(new JsonArray("all"), last + 1000));

        answer.ShouldNotBeNull();
        answer["error"].ShouldNotBeNull().GetValue<string>().ShouldContain("afterSequence");
        answer["result"].ShouldBeNull();
    }

    [Fact]
    public async Task Resuming_from_the_last_event_is_still_taken()
    {
        var last = await server.LastSequenceAsync();
        await using var dashboard = await HubSocket.ConnectAsync(server.Address);

        var answer = await dashboard.InvokeAsync("Subscribe", new JsonArray(new JsonArray("all"), last));

        answer.ShouldNotBeNull();
        answer["error"].ShouldBeNull();
        answer["result"]!["lastSequence"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(last);
    }
}

using System.Text.Json.Nodes;
using Correlator.Server.Live;
using Correlator.Server.Tests.Processes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace Correlator.Server.Tests.Regressions;

/// <summary>
/// Found probing with a raw WebSocket client: Subscribe with a topic that is no topic, or 201 topics, was answered
/// with a clear error, and SignalR's dispatcher also logged it at error level with a stack trace, so a misbehaving
/// client filled the operators' error log with faults that were not the server's.
/// </summary>
public sealed class A_refused_hub_call_is_logged_as_a_warning_while_a_server_fault_stays_an_error(LoggedServer server) : IClassFixture<LoggedServer>
{
    [Theory]
    [InlineData("no-such-topic")]
    [InlineData("base:no-such-base")]
    public async Task A_subscription_to_no_topic_is_answered_with_its_reason_and_logged_as_a_warning(string topic)
    {
        await using var dashboard = await HubSocket.ConnectAsync(server.Address);

        var answer = await dashboard.InvokeAsync("Subscribe", new JsonArray(new JsonArray(topic), null));

        answer.ShouldNotBeNull();
        answer["error"].ShouldNotBeNull().GetValue<string>().ShouldContain($"'{topic}' is not a topic");
        var entries = server.Log.Entries;
        entries.Where(e => e.Level >= LogLevel.Error).ShouldBeEmpty(string.Join("\n", entries.Select(e => $"{e.Level} {e.Category}: {e.Message}")));
        entries.ShouldContain(e => e.Level == LogLevel.Warning && e.Category == typeof(RefusedHubCalls).FullName && e.Message.Contains(topic));
    }

    [Fact]
    public async Task A_hub_method_that_fails_on_the_server_is_logged_as_an_error_and_its_fault_kept_from_the_client()
    {
        var log = new CapturedLog();
        using var factory = new LoggerFactory([log]);
        var filter = new RefusedHubCalls(factory.CreateLogger<RefusedHubCalls>());
        var fault = new InvalidOperationException("the event log is unreadable");

        var call = async () => await filter.InvokeMethodAsync(Invocation(), _ => throw fault);

        // Detailed errors are on, so the client is told only that the call failed on the server, not the fault.
        (await call.ShouldThrowAsync<HubException>()).Message.ShouldNotContain("event log");
        log.Entries.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Level.ShouldBe(LogLevel.Error),
            e => e.Exception.ShouldBeSameAs(fault));
    }

    [Fact]
    public async Task A_refusal_is_logged_as_a_warning_without_a_stack_trace()
    {
        var log = new CapturedLog();
        using var factory = new LoggerFactory([log]);
        var filter = new RefusedHubCalls(factory.CreateLogger<RefusedHubCalls>());

        var call = async () => await filter.InvokeMethodAsync(Invocation(), _ => throw new HubException("topics: give between 1 and 200 topics"));

        await call.ShouldThrowAsync<HubException>();
        log.Entries.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Level.ShouldBe(LogLevel.Warning),
            e => e.Exception.ShouldBeNull(),
            e => e.Message.ShouldContain("give between 1 and 200 topics"));
    }

    /// <summary>A call of some hub method, for the filter alone.</summary>
    private static HubInvocationContext Invocation() =>
        new(new StandInCaller(), new ServiceCollection().BuildServiceProvider(), new StandInHub(), typeof(StandInHub).GetMethod(nameof(StandInHub.Ping))!, []);
}

using System.Net.Http.Json;
using System.Text.Json;
using Correlator.Server.Tests.Hosting;
using Correlator.Server.Tests.Reports;

namespace Correlator.Server.Tests.Restarts;

/// <summary>Each test restarts its own server, so none shares a fixture.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    private readonly CorrelatorServer server = new();

    public Task InitializeAsync() => server.StartAsync();

    public Task DisposeAsync() => server.DisposeAsync().AsTask();

    [Fact]
    public async Task The_state_after_a_restart_on_the_same_file_equals_the_state_before()
    {
        (await server.PostAsync(new[]
        {
            SampleReports.Claim(@base: "al-tanf"),
            SampleReports.Claim(@base: "harir"),
            SampleReports.OfficialConfirmation(@base: "harir"),
        })).EnsureSuccessStatusCode();
        var before = await StateAsync();

        await server.RestartAsync();

        var after = await StateAsync();
        after.Keys.ShouldBe(before.Keys);
        foreach (var (path, body) in before)
        {
            after[path].ShouldBe(body, $"GET {path} differs after the restart");
        }
    }

    [Fact]
    public async Task A_restart_publishes_nothing_new_and_later_events_continue_the_sequence()
    {
        var reportBefore = await ReportSequenceAsync(await server.PostAsync(SampleReports.Claim(@base: "victory")));
        var lastBefore = await server.LastSequenceAsync();

        await server.RestartAsync();

        (await server.LastSequenceAsync()).ShouldBe(lastBefore);
        var reportAfter = await ReportSequenceAsync(await server.PostAsync(SampleReports.Claim(@base: "rukban")));
        reportAfter.ShouldBeGreaterThan(reportBefore);
        var raised = (await server.GetJsonAsync($"/api/discrepancies?after={lastBefore}")).EnumerateArray().ToList();
        raised.ShouldNotBeEmpty();
        raised.ShouldAllBe(d => d.GetProperty("sequence").GetInt64() > lastBefore);
        raised.ShouldAllBe(d => d.GetProperty("subject").GetProperty("base").GetString() == "rukban");
    }

    [Fact]
    public async Task The_seeds_are_not_loaded_a_second_time_on_restart()
    {
        var seedClaim = await server.GetJsonAsync("/api/reports/seed-001-erbil-claim-2023-10-26");

        await server.RestartAsync();

        var again = await server.GetJsonAsync("/api/reports/seed-001-erbil-claim-2023-10-26");
        again.GetProperty("sequence").GetInt64().ShouldBe(seedClaim.GetProperty("sequence").GetInt64());
        again.GetProperty("receivedAt").GetString().ShouldBe(seedClaim.GetProperty("receivedAt").GetString());
    }

    [Fact]
    public async Task A_report_acknowledged_before_a_restart_is_answered_as_a_duplicate_after_it()
    {
        var claim = SampleReports.Claim(@base: "conoco");
        var sequence = await ReportSequenceAsync(await server.PostAsync(claim));

        await server.RestartAsync();

        using var again = await server.PostAsync(claim);
        ((int)again.StatusCode).ShouldBe(200);
        (await ReportSequenceAsync(again)).ShouldBe(sequence);
    }

    private async Task<Dictionary<string, string>> StateAsync()
    {
        var paths = new List<string> { "/api/bases", "/api/groups", "/api/tallies", "/api/discrepancies", "/api/entities" };
        var bases = await server.GetJsonAsync("/api/bases");
        paths.AddRange(bases.EnumerateArray().Select(b => $"/api/bases/{b.GetProperty("id").GetString()}"));
        var groups = await server.GetJsonAsync("/api/groups");
        paths.AddRange(groups.EnumerateArray().Select(g => $"/api/groups/{g.GetProperty("id").GetString()}"));
        var state = new Dictionary<string, string>();
        foreach (var path in paths)
        {
            state[path] = await server.GetTextAsync(path);
        }
        return state;
    }

    private static async Task<long> ReportSequenceAsync(HttpResponseMessage response)
    {
        using (response)
        {
            response.IsSuccessStatusCode.ShouldBeTrue();
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single().GetProperty("sequence").GetInt64();
        }
    }
}

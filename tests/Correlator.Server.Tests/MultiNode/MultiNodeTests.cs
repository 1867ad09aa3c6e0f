using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Correlator.Domain.Entities;
using Correlator.Domain.Reports;
using Correlator.Server.Tests.Processes;
using Correlator.Tests.Postgres;
using Npgsql;
using Xunit.Abstractions;

namespace Correlator.Server.Tests.MultiNode;

/// <summary>
/// Three server processes on one PostgreSQL database, with operators posting to all three and dashboards on all
/// three; the leading node is killed with SIGKILL mid-load.
/// </summary>
public sealed class MultiNodeTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int PostersPerNode = 3;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly AliasEdit Alias = new(EntityKind.Base, "harir", "Harir north airstrip");

    private readonly string folder = Path.Combine(Path.GetTempPath(), "correlator-multinode-tests", Guid.NewGuid().ToString("N"));
    private readonly List<ServerProcess> started = [];
    private string database = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        database = await (await ThrowawayPostgres.InstanceAsync()).CreateDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var server in started)
        {
            await server.DisposeAsync();
        }
        await (await ThrowawayPostgres.InstanceAsync()).DropDatabaseAsync(database);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Three_nodes_give_every_dashboard_the_same_events_survive_losing_the_leader_and_end_in_the_state_of_a_clean_replay()
    {
        // The first node takes the lease before the others exist, so it is the leader killed below.
        var leader = await StartNodeAsync();
        var others = await Task.WhenAll(StartNodeAsync(), StartNodeAsync());
        var (second, third) = (others[0], others[1]);
        ServerProcess[] nodes = [leader, second, third];
        var dashboards = new List<Dashboard>();
        foreach (var node in nodes)
        {
            var fallbacks = nodes.Where(n => n != node).Select(n => n.Address);
            dashboards.Add(await Dashboard.StartAsync([node.Address, .. fallbacks]));
            dashboards.Add(await Dashboard.StartAsync([node.Address, .. fallbacks.Reverse()]));
        }

        // The same report to two nodes at once is stored once, under one sequence.
        var same = CrashReports.Next(new Random(1), "same-report");
        var answers = await Task.WhenAll(PostAsync(second, same), PostAsync(third, same));
        answers[0]["sequence"]!.GetValue<long>().ShouldBe(answers[1]["sequence"]!.GetValue<long>());
        answers.Select(a => a["outcome"]!.GetValue<string>()).Order().ShouldBe(["appended", "duplicate"]);

        // An alias added through one node resolves on another once that node has followed the edit log.
        (await second.Client.PostAsJsonAsync("/api/entities/aliases", Alias, ReportJson.Options))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var viaAlias = CrashReports.Next(new Random(4), "via-alias") with { Base = Alias.Alias };
        var aliasDeadline = DateTime.UtcNow + Patience;
        while ((await third.Client.PostAsJsonAsync("/api/reports", viaAlias, ReportJson.Options)).StatusCode != HttpStatusCode.Created)
        {
            DateTime.UtcNow.ShouldBeLessThan(aliasDeadline, "the third node never learnt the alias added through the second");
            await Task.Delay(100);
        }

        var acknowledged = new ConcurrentDictionary<string, bool>();
        using var load = new CancellationTokenSource();
        var random = new Random(20231026);
        var posters = nodes.SelectMany((node, n) => Enumerable.Range(0, PostersPerNode)
                .Select(p => ClusterLoad.PostUntilCancelledAsync(node, $"n{n}-p{p}", new Random(random.Next()), acknowledged, load.Token)))
            .ToList();
        await Task.Delay(1500);
        await leader.KillAsync();
        await Task.Delay(2000);
        await load.CancelAsync();
        await Task.WhenAll(posters);

        // A post answers once its node applied it, and a node applies the log in order: after these, each survivor
        // has applied every report acknowledged before.
        await PostAsync(second, CrashReports.Next(new Random(2), "last-on-second"));
        await PostAsync(third, CrashReports.Next(new Random(3), "last-on-third"));
        var events = await SettledEventsAsync([second, third], dashboards);

        var logged = await ReadReportsAsync();
        var lost = acknowledged.Keys.Where(id => !logged.ContainsKey(id)).ToList();
        output.WriteLine($"acknowledged {acknowledged.Count} reports, logged {logged.Count}, lost {lost.Count}; {events.Count} events; " +
                         $"dashboards moved {string.Join(",", dashboards.Select(d => d.Moves))}");
        acknowledged.Count.ShouldBeGreaterThan(100);
        lost.ShouldBeEmpty();
        events.ShouldNotBeEmpty();
        foreach (var dashboard in dashboards)
        {
            dashboard.Received.ShouldBe(events);
        }
        dashboards.Take(2).ShouldAllBe(d => d.Moves > 0);

        var clean = await ServerProcess.StartAsync(Path.Combine(folder, "clean"), "--Correlator:LoadSeedsWhenEmpty=false");
        started.Add(clean);
        (await clean.Client.PostAsJsonAsync("/api/entities/aliases", Alias, ReportJson.Options)).StatusCode.ShouldBe(HttpStatusCode.Created);
        foreach (var batch in logged.Values.OrderBy(r => r.Id, StringComparer.Ordinal).Chunk(500))
        {
            (await clean.Client.PostAsJsonAsync("/api/reports", batch, ReportJson.Options)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        var replayed = await CrashRecoveryTests.StateAsync(clean);
        (await CrashRecoveryTests.StateAsync(second)).ShouldBe(replayed);
        (await CrashRecoveryTests.StateAsync(third)).ShouldBe(replayed);

        foreach (var dashboard in dashboards)
        {
            await dashboard.DisposeAsync();
        }
    }

    private async Task<ServerProcess> StartNodeAsync()
    {
        // One folder for all nodes: the first operator key is made once per cluster and every node's client reads it there.
        var node = await ServerProcess.StartAsync(Path.Combine(folder, "cluster"), "--Storage:Provider=Postgres", $"--Storage:ConnectionString={database}",
            "--Correlator:LoadSeedsWhenEmpty=false");
        lock (started)
        {
            started.Add(node);
        }
        return node;
    }

    private static async Task<JsonNode> PostAsync(ServerProcess node, Report report)
    {
        var response = await node.Client.PostAsJsonAsync("/api/reports", report, ReportJson.Options);
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Created, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!.Single()!;
    }

    /// <summary>Waits until the event log stops growing and every survivor and dashboard has reached its end; returns it.</summary>
    private async Task<IReadOnlyList<string>> SettledEventsAsync(ServerProcess[] survivors, List<Dashboard> dashboards)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var events = await ReadEventsAsync();
            var last = events.Count == 0 ? 0 : long.Parse(events[^1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            var healths = await Task.WhenAll(survivors.Select(s => s.Client.GetFromJsonAsync<JsonNode>("/healthz")));
            if (healths.All(h => h!["lastSequence"]!.GetValue<long>() == last) && dashboards.All(d => d.LastSequence == last))
            {
                await Task.Delay(500);
                if ((await ReadEventsAsync()).Count == events.Count)
                {
                    return events;
                }
            }
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the cluster did not settle");
            await Task.Delay(100);
        }
    }

    private async Task<List<string>> ReadEventsAsync()
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT seq, type, key FROM events ORDER BY seq", connection);
        await using var row = await command.ExecuteReaderAsync();
        var events = new List<string>();
        while (await row.ReadAsync())
        {
            events.Add($"{row.GetInt64(0)} {row.GetString(1)} {row.GetString(2)}");
        }
        return events;
    }

    private async Task<Dictionary<string, Report>> ReadReportsAsync()
    {
        await using var connection = new NpgsqlConnection(database);
        return await LoggedReports.ReadAsync(connection);
    }
}

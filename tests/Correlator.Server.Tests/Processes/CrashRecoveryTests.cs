using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Correlator.Domain.Reports;
using Xunit.Abstractions;

namespace Correlator.Server.Tests.Processes;

/// <summary>
/// Operators post while the server is killed with SIGKILL at random moments. Every report that was acknowledged must
/// be in the log after the restart, and the state rebuilt from the log must equal a clean replay of the same reports.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Cycles = 6;
    private const int Posters = 8;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "correlator-crash-tests", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_acknowledged_report_survives_SIGKILL_and_the_rebuilt_state_equals_a_clean_replay()
    {
        var random = new Random(20231026);
        var acknowledged = new ConcurrentDictionary<string, bool>();
        var crashed = Path.Combine(folder, "crashed");
        for (var cycle = 0; cycle < Cycles; cycle++)
        {
            await using var server = await ServerProcess.StartAsync(crashed);
            using var load = new CancellationTokenSource();
            var posters = Enumerable.Range(0, Posters).Select(p => PostUntilCancelled(server, $"c{cycle}-p{p}", new Random(random.Next()), acknowledged, load.Token)).ToList();
            await Task.Delay(random.Next(300, 1500));
            await server.KillAsync();
            await load.CancelAsync();
            await Task.WhenAll(posters);
        }

        await using var restarted = await ServerProcess.StartAsync(crashed);
        var logged = await ReadLogAsync(restarted);
        var lost = acknowledged.Keys.Where(id => !logged.ContainsKey(id)).ToList();
        output.WriteLine($"{Cycles} SIGKILLs under load: acknowledged {acknowledged.Count}, recovered {acknowledged.Count - lost.Count}, lost {lost.Count}");
        acknowledged.Count.ShouldBeGreaterThan(Cycles * 10);
        lost.ShouldBeEmpty();

        await using var clean = await ServerProcess.StartAsync(Path.Combine(folder, "clean"), "--Correlator:LoadSeedsWhenEmpty=false");
        foreach (var batch in logged.Values.OrderBy(r => r.Id, StringComparer.Ordinal).Chunk(500))
        {
            (await clean.Client.PostAsJsonAsync("/api/reports", batch, ReportJson.Options)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        (await StateAsync(restarted)).ShouldBe(await StateAsync(clean));
    }

    private static async Task PostUntilCancelled(ServerProcess server, string prefix, Random random, ConcurrentDictionary<string, bool> acknowledged, CancellationToken cancel)
    {
        for (var n = 0; !cancel.IsCancellationRequested; n++)
        {
            var report = CrashReports.Next(random, $"{prefix}-{n}");
            try
            {
                var response = await server.Client.PostAsJsonAsync("/api/reports", report, ReportJson.Options, cancel);
                if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                {
                    acknowledged[report.Id] = true;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
            {
                // The server died mid-request: this report was never acknowledged.
                return;
            }
        }
    }

    /// <summary>Every report in the log, read straight from the reports table of the SQLite file.</summary>
    private static async Task<Dictionary<string, Report>> ReadLogAsync(ServerProcess server)
    {
        var file = Path.Combine(server.Folder, "correlator.db");
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        return await LoggedReports.ReadAsync(connection);
    }

    /// <summary>Incidents, discrepancies and tallies of every base and region, as one canonical JSON text.</summary>
    internal static async Task<string> StateAsync(ServerProcess server)
    {
        var state = new JsonObject();
        var bases = await server.Client.GetFromJsonAsync<JsonArray>("/api/bases");
        foreach (var id in bases!.Select(b => b!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal))
        {
            state[$"base:{id}"] = await server.Client.GetFromJsonAsync<JsonNode>($"/api/bases/{id}");
        }
        state["tallies"] = await server.Client.GetFromJsonAsync<JsonNode>("/api/tallies");
        return state.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}

using System.Text.Json;
using Correlator.Benchmarks.Workload;
using Correlator.Domain.Reports;
using Correlator.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Correlator.Benchmarks.Harness;

/// <summary>
/// The floor of any durable ingest on this machine, beside <see cref="BareServer"/>: Kestrel on the same route
/// parsing each body into reports, resolving their names and appending them to the same SQLite log with the same
/// group commit, answering 201 once the commit is on disk. It does no validation, no reconciliation and publishes
/// nothing, so the gap between it and Correlator is what reconciling and pushing cost, and the gap between it and
/// the bare endpoint is what parsing and durability alone cost.
/// </summary>
public static class DurableServer
{
    public const string Command = "durable-server";

    public static async Task RunAsync(int port, string dataFolder)
    {
        var gazetteer = WorkloadNames.FromSeeds().Gazetteer;
        await using var store = await SqliteStore.OpenAsync(
            new SqliteStoreOptions { Path = Path.Combine(dataFolder, "durable.db") }, NullLogger<SqliteStore>.Instance, CancellationToken.None);
        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/healthz", () => "ok");
        app.MapPost("/api/reports", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            var reports = await ReadReportsAsync(request, cancellationToken);
            var now = DateTimeOffset.UtcNow;
            await store.AppendAsync(reports.Select(r => ResolvedReports.ToAppend(r, gazetteer, now)).ToList(), cancellationToken);
            return Results.StatusCode(StatusCodes.Status201Created);
        });
        await app.RunAsync();
    }

    private static async Task<Report[]> ReadReportsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        var json = body.GetBuffer().AsSpan(0, (int)body.Length);
        return json.TrimStart(" \t\r\n"u8) is [(byte)'[', ..]
            ? JsonSerializer.Deserialize<Report[]>(json, ReportJson.Options) ?? []
            : [ReportJson.Deserialize(json)];
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Correlator.Benchmarks.Harness;
using Correlator.Benchmarks.Load;
using Correlator.Benchmarks.Workload;
using Correlator.Domain.Reports;
using Correlator.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Correlator.Benchmarks.Scenarios;

/// <summary>
/// Rebuilding every grain from a log of a million reports, as the real server does when it starts (timed by its own
/// "Rebuilt N grains ... in X ms" line), beside a bare sequential read of the same table in the same run. Also gives
/// the server's resident memory with all of it held.
/// </summary>
public static partial class ReplayScenario
{
    public const string Name = "replay";

    private const int AppendBatch = 2000;

    public static async Task RunAsync(BenchContext context)
    {
        var report = context.Report;
        var count = context.LogSize;
        using var data = new TempFolder(Name);
        var path = Path.Combine(data.Path, "correlator.db");

        var written = await WriteLogAsync(path, count, context.Names);
        report.Add(new Metric(Name, $"log written directly (SqliteStore.AppendAsync, {AppendBatch} a batch)", written, "reports/s"));

        var (rawRate, rawBytes) = BareRead(path, parse: false);
        var (parsedRate, _) = BareRead(path, parse: true);
        report.Add(new Metric(Name, "bare sequential read of the reports table", rawRate, "reports/s"));
        report.Add(new Metric(Name, "bare read + JSON parse of each report", parsedRate, "reports/s"));
        report.Add(new Metric(Name, "reports table size", rawBytes / 1048576.0, "MiB"));
        report.Add(new Metric(Name, "the server's rebuild read alone (IReportLog.ReadForRebuildAsync, parsed on every core), no grains", await RebuildReadAsync(path), "reports/s"));

        long emptyRss;
        using (var empty = new TempFolder(Name + "-empty"))
        await using (var server = await ServerProcess.StartCorrelatorAsync(empty.Path, ["--Correlator:LoadSeedsWhenEmpty=false"], BenchContext.ServerStart))
        {
            emptyRss = server.ResidentBytes;
        }

        // The first start also publishes every discrepancy as a new event; a restart finds them published already.
        var timeout = TimeSpan.FromMinutes(context.Pick(10, 3));
        var (firstMs, grains, _) = await RebuildAsync(data.Path, timeout, null);
        var (restartMs, _, heldRss) = await RebuildAsync(data.Path, timeout, async server =>
        {
            // Ingest with the whole history held: what an operator meets after months, where a cost that grows with the log shows.
            var more = new WorkloadGenerator(new WorkloadOptions { Reports = 200_000, IdPrefix = "replay-ingest", End = new DateTimeOffset(2026, 7, 30, 0, 0, 0, TimeSpan.Zero) }, context.Names)
                .Reports().Chunk(100).Select(ReportBodies.Many).ToList();
            var load = await new HttpLoad(more, 100).RunAsync(new Uri(server.Address, "api/reports"), server.Key, 16,
                TimeSpan.FromSeconds(1), context.Pick(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(3)), cycle: false);
            report.Add(new Metric(Name, $"batch ingest (100 a post, 16 concurrent) with {count:N0} reports held", load.ReportsPerSecond, "reports/s"));
        });
        var rate = count / (restartMs / 1000);
        report.Add(new Metric(Name, $"first start: rebuild {grains} grains and publish", count / (firstMs / 1000), "reports/s"));
        report.Add(new Metric(Name, "restart: rebuild all grains", rate, "reports/s", ">= 500,000", rate >= 500_000));
        report.Add(new Metric(Name, "restart rebuild / bare read", rate / rawRate, "ratio", ">= 0.33", rate / rawRate >= 1.0 / 3));
        report.Add(new Metric(Name, "restart rebuild time", restartMs / 1000, "s"));
        report.Add(new Metric("memory", "server resident memory per million reports held", (heldRss - emptyRss) / 1048576.0 * 1_000_000 / count, "MiB"));
        report.Add(new Metric("memory", "server resident memory, empty log", emptyRss / 1048576.0, "MiB"));
    }

    private static async Task<double> WriteLogAsync(string path, int count, WorkloadNames names)
    {
        var clock = Stopwatch.StartNew();
        var receivedAt = new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);
        await using var store = await SqliteStore.OpenAsync(new SqliteStoreOptions { Path = path }, NullLogger<SqliteStore>.Instance, CancellationToken.None);
        var pending = new List<Task>();
        var workload = new WorkloadGenerator(new WorkloadOptions { Reports = count, IdPrefix = "replay" }, names).Reports();
        foreach (var chunk in workload.Chunk(AppendBatch))
        {
            var batch = chunk.Select(r => ResolvedReports.ToAppend(r, names.Gazetteer, receivedAt)).ToList();
            pending.Add(store.AppendAsync(batch, CancellationToken.None));
            if (pending.Count >= 4)
            {
                await pending[0];
                pending.RemoveAt(0);
            }
        }
        await Task.WhenAll(pending);
        return count / clock.Elapsed.TotalSeconds;
    }

    private static (double ReportsPerSecond, long Bytes) BareRead(string path, bool parse)
    {
        var clock = Stopwatch.StartNew();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, body FROM reports ORDER BY seq";
        using var row = command.ExecuteReader();
        long rows = 0, bytes = 0;
        while (row.Read())
        {
            var body = row.GetString(1);
            bytes += body.Length;
            if (parse)
            {
                bytes += ReportJson.Deserialize(body).Id.Length;
            }
            rows++;
        }
        return (rows / clock.Elapsed.TotalSeconds, bytes);
    }

    /// <summary>The floor of a restart with this log format: what the server's start-up read costs before any grain runs.</summary>
    private static async Task<double> RebuildReadAsync(string path)
    {
        var clock = Stopwatch.StartNew();
        await using var store = await SqliteStore.OpenAsync(new SqliteStoreOptions { Path = path }, NullLogger<SqliteStore>.Instance, CancellationToken.None);
        long rows = 0;
        await foreach (var page in store.ReadForRebuildAsync(CancellationToken.None))
        {
            rows += page.Count;
        }
        return rows / clock.Elapsed.TotalSeconds;
    }

    private static async Task<(double Milliseconds, int Grains, long ResidentBytes)> RebuildAsync(string folder, TimeSpan timeout, Func<ServerProcess, Task>? then)
    {
        await using var server = await ServerProcess.StartCorrelatorAsync(folder, [], timeout);
        var line = await server.WaitForLineAsync(l => RebuiltLine().IsMatch(l), TimeSpan.FromSeconds(10));
        var match = RebuiltLine().Match(line);
        // The server's own figures (CPU, allocation, GC pauses): they move far less with the machine's load than the time.
        Console.WriteLine($"  replay | server: {line[match.Index..]}");
        var resident = server.ResidentBytes;
        if (then is not null)
        {
            await then(server);
        }
        return (double.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["grains"].Value, CultureInfo.InvariantCulture), resident);
    }

    [GeneratedRegex(@"Rebuilt (?<grains>\d+) grains from the log in (?<ms>[\d.]+) ms")]
    private static partial Regex RebuiltLine();
}

using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Correlator.Storage.Tests.Sqlite;

/// <summary>Rough throughput on this machine, printed for the record and never asserted.</summary>
public sealed class SqliteStoreFigures(ITestOutputHelper output) : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Print_append_and_read_rates()
    {
        await using var store = await SqliteStore.OpenAsync(new SqliteStoreOptions { Path = folder.File("store.db") }, NullLogger<SqliteStore>.Instance, None);
        var report = SampleReports.Claim("template");
        var next = 0;
        ReportToAppend Next() => new(report with { Id = $"r-{Interlocked.Increment(ref next)}" }, "h", null, SampleReports.Received);

        var sequential = await Measure(store, 500, async () =>
        {
            for (var i = 0; i < 500; i++)
            {
                await store.AppendAsync([Next()], None);
            }
        });
        var concurrent = await Measure(store, 5000, () =>
            Task.WhenAll(Enumerable.Range(0, 5000).Select(_ => Task.Run(() => store.AppendAsync([Next()], None)))));
        var batched = await Measure(store, 50_000, async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                await store.AppendAsync(Enumerable.Range(0, 1000).Select(_ => Next()).ToList(), None);
            }
        });
        var read = Stopwatch.StartNew();
        var rows = await store.ReadAsync(0, None).CountAsync();

        output.WriteLine($"single-row appends, one caller awaiting each: {sequential.PerSecond:N0}/s ({sequential.Transactions} transactions)");
        output.WriteLine($"single-row appends, 5000 concurrent callers:  {concurrent.PerSecond:N0}/s ({concurrent.Transactions} transactions)");
        output.WriteLine($"batched appends, 1000 per call:               {batched.PerSecond:N0}/s ({batched.Transactions} transactions)");
        output.WriteLine($"streaming read of {rows:N0} reports:            {rows / read.Elapsed.TotalSeconds:N0}/s");
        rows.ShouldBe(55_500);
    }

    [Fact]
    public async Task Print_topic_read_rate_on_a_large_event_log()
    {
        await using var store = await SqliteStore.OpenAsync(new SqliteStoreOptions { Path = folder.File("events.db") }, NullLogger<SqliteStore>.Instance, None);
        const int Events = 100_000;
        for (var start = 0; start < Events; start += 5000)
        {
            await store.AppendAsync(
                Enumerable.Range(start, 5000).Select(i => new EventToAppend("tally.changed", $"k-{i % 500}", ["all", $"base:{i % 50}"], "{}", SampleReports.Received)).ToList(),
                None);
        }

        var random = new Random(7);
        var clock = Stopwatch.StartNew();
        var returned = 0;
        for (var i = 0; i < 200; i++)
        {
            var page = await store.ReadAfterAsync(random.Next(Events), ["base:7", "base:8"], 100, None);
            returned += page.Count;
        }

        var topicReads = 200 / clock.Elapsed.TotalSeconds;
        clock.Restart();
        var latest = await store.LatestPerKeyAsync(None);

        output.WriteLine($"topic reads (2 topics, limit 100) on {Events:N0} events: {topicReads:N0}/s, {returned:N0} events returned");
        output.WriteLine($"latest per key over {Events:N0} events: {latest.Count} keys in {clock.Elapsed.TotalMilliseconds:N0} ms");
        latest.Count.ShouldBe(500);
    }

    private static async Task<(double PerSecond, long Transactions)> Measure(SqliteStore store, int appends, Func<Task> work)
    {
        var before = store.Transactions;
        var clock = Stopwatch.StartNew();
        await work();
        return (appends / clock.Elapsed.TotalSeconds, store.Transactions - before);
    }
}

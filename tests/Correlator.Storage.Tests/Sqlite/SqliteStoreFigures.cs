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

    private static async Task<(double PerSecond, long Transactions)> Measure(SqliteStore store, int appends, Func<Task> work)
    {
        var before = store.Transactions;
        var clock = Stopwatch.StartNew();
        await work();
        return (appends / clock.Elapsed.TotalSeconds, store.Transactions - before);
    }
}

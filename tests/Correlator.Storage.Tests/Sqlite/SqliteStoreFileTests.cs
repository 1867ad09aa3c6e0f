using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Correlator.Domain.Reports;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Correlator.Storage.Tests.Sqlite;

/// <summary>What only a file-backed store has: WAL on disk, flushing on dispose, surviving a damaged file.</summary>
public sealed class SqliteStoreFileTests(ITestOutputHelper output) : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Opening_creates_the_folder_and_a_database_in_WAL_mode()
    {
        var path = Path.Combine(folder.Path, "data", "correlator", "store.db");

        await using (var store = await Open(path))
        {
            File.Exists(path).ShouldBeTrue();
            JournalMode(path).ShouldBe("wal");
            (await store.IsEmptyAsync(None)).ShouldBeTrue();
            await store.AppendAsync([SampleReports.ClaimToAppend("r-1")], None);
            (await store.IsEmptyAsync(None)).ShouldBeFalse();
        }

        JournalMode(path).ShouldBe("wal");
    }

    [Fact]
    public async Task Appends_still_queued_at_dispose_are_committed_before_the_file_closes()
    {
        var path = folder.File("store.db");
        var store = await Open(path);
        var appends = Enumerable.Range(0, 200).Select(i => store.AppendAsync([SampleReports.ClaimToAppend($"r-{i}")], None)).ToList();

        await store.DisposeAsync();

        appends.ShouldAllBe(a => a.IsCompletedSuccessfully);
        await using var reopened = await Open(path);
        (await ((IReportLog)reopened).LastSequenceAsync(None)).ShouldBe(200);
    }

    [Fact]
    public async Task A_group_commit_takes_no_more_than_the_batch_limit_but_never_splits_one_call()
    {
        await using var store = await SqliteStore.OpenAsync(
            new SqliteStoreOptions { Path = folder.File("store.db"), MaxBatch = 5 }, NullLogger<SqliteStore>.Instance, None);

        var singles = Enumerable.Range(0, 100).Select(i => store.AppendAsync([SampleReports.ClaimToAppend($"s-{i}")], None)).ToList();
        await Task.WhenAll(singles);
        var afterSingles = store.Transactions;
        var large = await store.AppendAsync(Enumerable.Range(0, 25).Select(i => SampleReports.ClaimToAppend($"l-{i}")).ToList(), None);

        afterSingles.ShouldBeGreaterThanOrEqualTo(100 / 5);
        store.Transactions.ShouldBe(afterSingles + 1);
        large.ShouldAllBe(r => r.Outcome == AppendOutcome.Appended);
    }

    [Fact]
    public async Task Reports_and_events_are_stored_as_the_same_text_whatever_writes_them()
    {
        var path = folder.File("store.db");
        var report = SampleReports.Claim("r-1", note: "عين الأسد \ud800 lone");
        var scopes = new[] { "base:عين-الأسد", "group:\"q\"", "region:all" };
        var at = new DateTimeOffset(2024, 1, 28, 5, 30, 0, TimeSpan.FromHours(3)).AddTicks(1234567);
        await using (var store = await Open(path))
        {
            await store.AppendAsync([SampleReports.ToAppend(report, enteredBy: "", scopes: scopes)], None);
            await store.AppendAsync([new EventToAppend("discrepancy", "d-1", scopes, "{\"summary\":\"عين\"}", at)], None);
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var reports = connection.CreateCommand();
        reports.CommandText = "SELECT entered_by, received_at, body, scopes, typeof(entered_by) FROM reports";
        using (var row = reports.ExecuteReader())
        {
            row.Read().ShouldBeTrue();
            row.GetString(4).ShouldBe("text");
            row.GetString(0).ShouldBe("");
            row.GetString(1).ShouldBe(SampleReports.Received.ToString("O", CultureInfo.InvariantCulture));
            row.GetString(2).ShouldBe(ReportJson.Serialize(report));
            row.GetString(3).ShouldBe(JsonSerializer.Serialize<IReadOnlyList<string>>(scopes));
        }
        using var events = connection.CreateCommand();
        events.CommandText = "SELECT topics, at, payload FROM events";
        using (var row = events.ExecuteReader())
        {
            row.Read().ShouldBeTrue();
            row.GetString(0).ShouldBe(JsonSerializer.Serialize<IReadOnlyList<string>>(scopes));
            row.GetString(1).ShouldBe(at.ToString("O", CultureInfo.InvariantCulture));
            row.GetString(2).ShouldBe("{\"summary\":\"عين\"}");
        }
        using var keys = connection.CreateCommand();
        keys.CommandText = "SELECT (SELECT group_concat(scope, '|') FROM (SELECT scope FROM report_scopes ORDER BY scope)), (SELECT group_concat(topic, '|') FROM (SELECT topic FROM event_topics ORDER BY topic))";
        using (var row = keys.ExecuteReader())
        {
            row.Read().ShouldBeTrue();
            row.GetString(0).ShouldBe(string.Join('|', scopes.Order(StringComparer.Ordinal)));
            row.GetString(1).ShouldBe(string.Join('|', scopes.Order(StringComparer.Ordinal)));
        }
    }

    [Fact]
    public async Task Appending_after_dispose_is_refused()
    {
        var store = await Open(folder.File("store.db"));
        await store.DisposeAsync();

        await Should.ThrowAsync<ObjectDisposedException>(() => store.AppendAsync([SampleReports.ClaimToAppend("late")], None));
    }

    [Fact]
    public async Task A_write_the_database_rejects_fails_only_its_own_caller_not_those_committed_with_it()
    {
        await using var store = await Open(folder.File("store.db"));
        var before = Enumerable.Range(0, 50).Select(i => store.AppendAsync([SampleReports.ClaimToAppend($"a-{i}")], None)).ToList();
        var rejected = store.AppendAsync([new EventToAppend(null!, "d-1", ["all"], "{}", SampleReports.Received)], None);
        var after = Enumerable.Range(0, 50).Select(i => store.AppendAsync([SampleReports.ClaimToAppend($"b-{i}")], None)).ToList();

        await Should.ThrowAsync<SqliteException>(() => rejected);
        (await Task.WhenAll(before.Concat(after))).ShouldAllBe(r => r.Single().Outcome == AppendOutcome.Appended);
        (await ((IReportLog)store).LastSequenceAsync(None)).ShouldBe(100);
        (await ((IEventLog)store).LastSequenceAsync(None)).ShouldBe(0);
    }

    [Fact]
    public async Task An_append_cancelled_before_it_is_queued_stores_nothing()
    {
        await using var store = await Open(folder.File("store.db"));

        await Should.ThrowAsync<OperationCanceledException>(() => store.AppendAsync([SampleReports.ClaimToAppend("r-1")], new CancellationToken(canceled: true)));

        (await store.FindAsync("r-1", None)).ShouldBeNull();
    }

    [Fact]
    public async Task A_file_corrupted_near_its_end_is_kept_aside_and_its_readable_reports_salvaged()
    {
        var path = folder.File("store.db");
        var sent = Enumerable.Range(0, 2000).Select(i => SampleReports.ClaimToAppend($"r-{i}", note: new string('n', 200 + (i % 50)))).ToList();
        await using (var store = await Open(path))
        {
            await store.AppendAsync(sent, None);
            await store.AppendAsync([new EventToAppend("tally.changed", "t-1", ["all"], "{}", SampleReports.Received)], None);
        }

        Corrupt(path, fromEnd: 6000, length: 3000);
        var damagedHash = SHA256.HashData(File.ReadAllBytes(path));
        var logger = new RecordingLogger<SqliteStore>();

        await using (var store = await SqliteStore.OpenAsync(new SqliteStoreOptions { Path = path }, logger, None))
        {
            var aside = Directory.GetFiles(folder.Path, "store.db.damaged-*").ShouldHaveSingleItem();
            SHA256.HashData(File.ReadAllBytes(aside)).ShouldBe(damagedHash);
            logger.Entries.ShouldContain(e => e.Level == LogLevel.Error && e.Message.Contains("damaged"));
            var salvaged = await store.ReadAsync(0, None).ToListAsync();
            output.WriteLine($"salvaged {salvaged.Count} of {sent.Count} reports");
            salvaged.Count.ShouldBeGreaterThan(sent.Count * 9 / 10);
            foreach (var stored in salvaged)
            {
                var original = sent[(int)stored.Sequence - 1];
                stored.Report.ShouldBeEquivalentTo(original.Report);
                stored.ContentHash.ShouldBe(original.ContentHash);
            }

            JournalMode(path).ShouldBe("wal");
            var next = await store.AppendAsync([SampleReports.ClaimToAppend("after-salvage")], None);
            // Lost rows' sequences may have been seen by a client already, so they are never handed out again.
            next.Single().Sequence.ShouldBeGreaterThan(sent.Count);
        }

        await using var reopened = await Open(path);
        Directory.GetFiles(folder.Path, "store.db.damaged-*").Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_torn_last_write_in_the_WAL_after_a_crash_loses_only_that_write()
    {
        var live = folder.File("live.db");
        var crashed = folder.File("crashed.db");
        await using (var store = await Open(live))
        {
            await store.AppendAsync(Enumerable.Range(0, 100).Select(i => SampleReports.ClaimToAppend($"r-{i}")).ToList(), None);
            await store.AppendAsync([SampleReports.ClaimToAppend("torn")], None);

            // What the disk holds if the power goes now: the file and its WAL, not yet checkpointed.
            File.Copy(live, crashed);
            File.Copy(live + "-wal", crashed + "-wal");
        }

        Corrupt(crashed + "-wal", fromEnd: 100, length: 100);

        await using var reopened = await Open(crashed);

        (await reopened.ReadAsync(0, None).CountAsync()).ShouldBe(100);
        (await reopened.FindAsync("torn", None)).ShouldBeNull();
        (await reopened.FindAsync("r-99", None)).ShouldNotBeNull();
        Directory.GetFiles(folder.Path, "*.damaged-*").ShouldBeEmpty();
    }

    [Fact]
    public async Task Reports_after_a_damaged_page_in_the_middle_are_salvaged_too_with_their_scopes_and_the_api_keys()
    {
        var path = folder.File("store.db");
        var sent = Enumerable.Range(0, 2000)
            .Select(i => SampleReports.ToAppend(SampleReports.Claim($"r-{i}", note: new string('n', 200 + (i % 50))), scopes: [$"base:{i % 3}"]))
            .ToList();
        var key = new ApiKey("first-operator", "operator", "9F86D081884C7D65", SampleReports.Received, null);
        await using (var store = await Open(path))
        {
            await store.AppendAsync(sent, None);
            (await new SqliteApiKeyStore(path).AddAsync(key, None)).ShouldBeTrue();
        }

        Corrupt(path, fromEnd: new FileInfo(path).Length / 2, length: 3000);

        await using var reopened = await Open(path);

        Directory.GetFiles(folder.Path, "store.db.damaged-*").ShouldHaveSingleItem();
        var salvaged = await reopened.ReadAsync(0, None).ToListAsync();
        output.WriteLine($"salvaged {salvaged.Count} of {sent.Count} reports");
        salvaged.Count.ShouldBeGreaterThan(sent.Count * 9 / 10);
        salvaged[^1].Report.Id.ShouldBe("r-1999");
        salvaged.ShouldAllBe(s => s.ContentHash == sent[(int)s.Sequence - 1].ContentHash);
        (await reopened.ReadScopeAsync("base:1", None).CountAsync()).ShouldBe(salvaged.Count(s => s.Sequence % 3 == 2));
        (await new SqliteApiKeyStore(path).ListAsync(None)).ShouldBe([key]);
    }

    [Fact]
    public async Task A_file_whose_header_is_destroyed_is_kept_aside_and_a_fresh_store_opens()
    {
        var path = folder.File("store.db");
        await using (var store = await Open(path))
        {
            await store.AppendAsync([SampleReports.ClaimToAppend("r-1")], None);
        }

        Corrupt(path, fromEnd: new FileInfo(path).Length, length: 100);

        await using var reopened = await Open(path);

        Directory.GetFiles(folder.Path, "store.db.damaged-*").ShouldHaveSingleItem();
        (await reopened.IsEmptyAsync(None)).ShouldBeTrue();
    }

    private static Task<SqliteStore> Open(string path) =>
        SqliteStore.OpenAsync(new SqliteStoreOptions { Path = path }, NullLogger<SqliteStore>.Instance, None);

    private static string? JournalMode(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return command.ExecuteScalar() as string;
    }

    /// <summary>Overwrites bytes with a fixed pseudo-random pattern, as a torn or bit-rotted write would leave them.</summary>
    private static void Corrupt(string path, long fromEnd, int length)
    {
        var garbage = new byte[length];
        new Random(42).NextBytes(garbage);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.Seek(-fromEnd, SeekOrigin.End);
        file.Write(garbage);
        file.Flush(flushToDisk: true);
    }
}

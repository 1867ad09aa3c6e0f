using Correlator.Tests.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Correlator.Storage.Tests.Postgres;

/// <summary>Two nodes on one database: what the contract cannot show with one store.</summary>
[Collection(ThrowawayPostgres.Collection)]
public sealed class PostgresNodesTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private string database = "";
    private PostgresStore nodeA = null!;
    private PostgresStore nodeB = null!;

    public async Task InitializeAsync()
    {
        database = await (await ThrowawayPostgres.InstanceAsync()).CreateDatabaseAsync();
        nodeA = await OpenNodeAsync("node-a");
        nodeB = await OpenNodeAsync("node-b");
    }

    public async Task DisposeAsync()
    {
        await nodeA.DisposeAsync();
        await nodeB.DisposeAsync();
        await (await ThrowawayPostgres.InstanceAsync()).DropDatabaseAsync(database);
    }

    [Fact]
    public async Task A_follower_never_passes_a_report_whose_transaction_may_still_commit()
    {
        // Scopes are indexed after the sequences are drawn and before the commit: a lock there holds a writer in between.
        await using var blocker = await TableLock.TakeAsync(database, "report_scopes", "SHARE");
        // Node A draws its sequence, then waits on the blocker before it can commit.
        var early = nodeA.AppendAsync([SampleReports.ToAppend(SampleReports.Claim("early"), scopes: ["base:harir"])], None);
        await WaitUntilAsync("SELECT EXISTS (SELECT 1 FROM pg_locks WHERE NOT granted AND relation = 'report_scopes'::regclass)");

        // Node B draws a later sequence and commits first.
        var late = (await nodeB.AppendAsync([SampleReports.ClaimToAppend("late")], None)).Single();

        (await nodeB.ReadAsync(0, None).ToListAsync()).ShouldBeEmpty();
        (await ((IReportLog)nodeB).LastSequenceAsync(None)).ShouldBe(0);
        early.IsCompleted.ShouldBeFalse();

        await blocker.ReleaseAsync();
        var earlySequence = (await early).Single().Sequence;

        earlySequence.ShouldBeLessThan(late.Sequence);
        (await nodeB.ReadAsync(0, None).Select(r => r.Report.Id).ToListAsync()).ShouldBe(["early", "late"]);
        (await ((IReportLog)nodeA).LastSequenceAsync(None)).ShouldBe(late.Sequence);
    }

    [Fact]
    public async Task A_gap_left_by_a_rolled_back_transaction_is_passed_at_once()
    {
        await using var blocker = await TableLock.TakeAsync(database, "report_scopes", "SHARE");
        var doomed = nodeA.AppendAsync([SampleReports.ToAppend(SampleReports.Claim("doomed"), scopes: ["base:harir"])], None);
        await WaitUntilAsync("SELECT EXISTS (SELECT 1 FROM pg_locks WHERE NOT granted AND relation = 'report_scopes'::regclass)");
        var late = (await nodeB.AppendAsync([SampleReports.ClaimToAppend("late")], None)).Single();

        await ExecuteAsync("SELECT pg_cancel_backend(pid) FROM pg_locks WHERE NOT granted AND relation = 'report_scopes'::regclass");

        await Should.ThrowAsync<PostgresException>(doomed);
        var read = await nodeB.ReadAsync(0, None).ToListAsync();
        read.ShouldHaveSingleItem().Report.Id.ShouldBe("late");
        read[0].Sequence.ShouldBe(late.Sequence);
        late.Sequence.ShouldBeGreaterThan(1);
        // The node whose round failed writes again on a fresh session.
        (await nodeA.AppendAsync([SampleReports.ClaimToAppend("after")], None)).Single().Outcome.ShouldBe(AppendOutcome.Appended);
    }

    [Fact]
    public async Task The_same_report_id_sent_to_two_nodes_at_once_is_stored_once()
    {
        var reports = Enumerable.Range(0, 200).Select(i => SampleReports.ClaimToAppend($"r-{i}")).ToList();

        var results = await Task.WhenAll(
            Task.Run(() => nodeA.AppendAsync(reports, None)),
            Task.Run(() => nodeB.AppendAsync(reports, None)));

        for (var i = 0; i < reports.Count; i++)
        {
            results[0][i].Sequence.ShouldBe(results[1][i].Sequence);
            new[] { results[0][i].Outcome, results[1][i].Outcome }.Order().ShouldBe([AppendOutcome.Appended, AppendOutcome.Duplicate]);
        }

        (await nodeA.ReadAsync(0, None).CountAsync()).ShouldBe(reports.Count);
    }

    [Fact]
    public async Task Only_one_node_leads_and_a_node_that_lost_its_lease_session_cannot_write_events()
    {
        (await nodeA.Lease.TryAcquireAsync(None)).ShouldBeTrue();
        (await nodeB.Lease.TryAcquireAsync(None)).ShouldBeFalse();
        var first = await nodeA.AppendAsync([Event("d-1")], None);
        await Should.ThrowAsync<LeaseLostException>(() => nodeB.AppendAsync([Event("d-2")], None));

        await ExecuteAsync("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objid = 1131377154 AND granted");

        await Should.ThrowAsync<LeaseLostException>(() => nodeA.AppendAsync([Event("d-3")], None));
        nodeA.Lease.IsHeld.ShouldBeFalse();
        // The lock goes when the terminated backend has exited, a moment after pg_terminate_backend answers.
        var deadline = DateTime.UtcNow + Patience;
        while (!await nodeB.Lease.TryAcquireAsync(None))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "node B never took the lease");
            await Task.Delay(20);
        }
        var next = await nodeB.AppendAsync([Event("d-4")], None);
        next.Single().Sequence.ShouldBe(first.Single().Sequence + 1);
        (await nodeA.ReadAfterAsync(0, null, 10, None)).Select(e => e.Key).ShouldBe(["d-1", "d-4"]);
    }

    [Fact]
    public async Task A_commit_on_one_node_rings_the_other_also_after_its_listening_session_was_cut()
    {
        var rung = Ring(nodeB, LogStream.Reports);
        await nodeA.AppendAsync([SampleReports.ClaimToAppend("r-1")], None);
        (await rung.WaitAsync(Patience)).ShouldBe(LogStream.Reports);

        // On reconnecting, the listener rings both logs once (it may have missed something): wait for that ring, so
        // the one awaited below can only come from the notification.
        var reconnected = Ring(nodeB, LogStream.Events);
        await ExecuteAsync("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'node-b' AND query LIKE 'LISTEN%'");
        await reconnected.WaitAsync(Patience);
        var events = Ring(nodeB, LogStream.Events);
        (await nodeA.Lease.TryAcquireAsync(None)).ShouldBeTrue();
        await nodeA.AppendAsync([Event("d-1")], None);

        (await events.WaitAsync(Patience)).ShouldBe(LogStream.Events);
    }

    private static Task<LogStream> Ring(PostgresStore node, LogStream wanted)
    {
        var rung = new TaskCompletionSource<LogStream>(TaskCreationOptions.RunContinuationsAsynchronously);
        node.Changed += stream =>
        {
            if (stream == wanted)
            {
                rung.TrySetResult(stream);
            }
        };
        return rung.Task;
    }

    private static EventToAppend Event(string key) => new("discrepancy.opened", key, ["all"], $$"""{"key":"{{key}}"}""", SampleReports.Received);

    private async Task<PostgresStore> OpenNodeAsync(string name) =>
        await PostgresStore.OpenAsync(
            new PostgresStoreOptions { ConnectionString = new NpgsqlConnectionStringBuilder(database) { ApplicationName = name }.ToString() },
            NullLogger<PostgresStore>.Instance, None);

    private async Task WaitUntilAsync(string condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await ScalarAsync<bool>(condition))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, condition);
            await Task.Delay(20);
        }
    }

    private async Task ExecuteAsync(string sql) => await ScalarAsync<object>(sql);

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}

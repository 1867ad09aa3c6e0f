using System.Text.Json;
using System.Threading.Channels;
using Correlator.Storage.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Correlator.Storage.Postgres;

/// <summary>
/// This node's one report writer: takes every append queued (up to the batch limit) and writes it in one
/// transaction, so concurrent callers share one commit.
/// <para>
/// The rule that keeps followers from skipping a report: a round takes the cluster-wide allocation lock, gets its
/// transaction id, draws its sequences, and only then releases the lock (before the scopes and the commit, so the
/// nodes' commits still overlap). Whoever takes the lock later therefore has both a larger transaction id and larger
/// sequences. A reader passes only rows written by transactions older than every transaction still running
/// (<see cref="PostgresSchema.Settled"/>); every report that may still commit then has a larger sequence than
/// anything read, and a gap left by a rollback (or by ON CONFLICT, which draws a value too) is passed at once.
/// </para>
/// <para>
/// The same lock is why a round can hand its reports over (<see cref="Appended"/>): no other node's report can fall
/// between two sequences of one round, and a follower takes a handed-over run only right after its cursor, so any gap
/// (another node's round, a rollback, ON CONFLICT) just sends it back to the log.
/// </para>
/// </summary>
internal sealed class ReportWriter : IAsyncDisposable
{
    private static readonly string LockAndTakeXid = $"SELECT pg_advisory_lock({PostgresSchema.AllocationLock}), pg_current_xact_id()";

    // unnest keeps the input order (WITH ORDINALITY), so sequences follow the order the reports were received in.
    private const string Insert = """
        INSERT INTO reports(id, hash, entered_by, received_at, body, scopes)
        SELECT u.id, u.hash, u.entered_by, u.received_at, u.body, ARRAY(SELECT jsonb_array_elements_text(u.scopes::jsonb))
        FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY
            AS u(id, hash, entered_by, received_at, body, scopes, n)
        ORDER BY u.n
        ON CONFLICT (id) DO NOTHING
        RETURNING id, seq
        """;

    private static readonly string Unlock = $"SELECT pg_advisory_unlock({PostgresSchema.AllocationLock})";
    private const string IndexScopes = "INSERT INTO report_scopes(scope, seq) SELECT unnest(scopes), seq FROM reports WHERE seq = ANY($1) ON CONFLICT DO NOTHING";
    private const string FindStored = "SELECT id, seq, hash FROM reports WHERE id = ANY($1)";
    private const string Notify = $"SELECT pg_notify('{PostgresSchema.ReportsChannel}', '')";

    private readonly Channel<PendingAppend> queue = Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = true });
    private readonly NpgsqlDataSource source;
    private readonly int maxBatch;
    private readonly ILogger logger;
    private readonly Task loop;
    private NpgsqlConnection? connection;
    private long transactions;

    /// <param name="source">Unpooled: closing a failed session must really end it (see <see cref="WriteRoundAsync"/>).</param>
    public ReportWriter(NpgsqlDataSource source, int maxBatch, ILogger logger)
    {
        this.source = source;
        this.maxBatch = maxBatch;
        this.logger = logger;
        loop = Task.Run(RunAsync);
    }

    public long Transactions => Interlocked.Read(ref transactions);

    /// <summary>Raised after each committed round.</summary>
    public event Action? Committed;

    /// <summary>Raised after each round that stored reports, before anyone is answered; see <see cref="IAppendedReports"/>.</summary>
    public event Action<IReadOnlyList<StoredReport>>? Appended;

    public Task<IReadOnlyList<AppendResult>> Enqueue(PendingAppend append)
    {
        append.CancellationToken.ThrowIfCancellationRequested();
        if (!queue.Writer.TryWrite(append))
        {
            throw new ObjectDisposedException(nameof(PostgresStore), "The store is closed to writes.");
        }

        return append.Task;
    }

    /// <summary>Stops taking appends, commits everything already queued, then closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop.ConfigureAwait(false);
        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingAppend>();
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            var rows = 0;
            while (rows < maxBatch && queue.Reader.TryRead(out var append))
            {
                if (append.CancellationToken.IsCancellationRequested)
                {
                    append.Cancel();
                    continue;
                }

                batch.Add(append);
                rows += append.Reports.Count;
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch).ConfigureAwait(false);
                batch.Clear();
            }
        }
    }

    private async Task CommitAsync(IReadOnlyList<PendingAppend> batch)
    {
        (IReadOnlyList<AppendResult>[] Results, IReadOnlyList<StoredReport> Appended) round;
        try
        {
            round = await WriteRoundAsync(batch).ConfigureAwait(false);
        }
        catch (Exception exception) when (batch.Count > 1)
        {
            // One bad append must not fail the callers it happened to be grouped with.
            logger.LogWarning(exception, "A round of {Appends} report appends failed; committing them one by one", batch.Count);
            foreach (var append in batch)
            {
                await CommitAsync([append]).ConfigureAwait(false);
            }

            return;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "An append of {Reports} reports failed", batch[0].Reports.Count);
            batch[0].Fail(exception);
            return;
        }

        Interlocked.Increment(ref transactions);
        HandOver.Raise(Appended, round.Appended, logger);
        Committed?.Invoke();
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Complete(round.Results[i]);
        }
    }

    /// <returns>Each append's results, and the reports the round stored (not the duplicates or conflicts) in sequence order.</returns>
    private async Task<(IReadOnlyList<AppendResult>[] Results, IReadOnlyList<StoredReport> Appended)> WriteRoundAsync(IReadOnlyList<PendingAppend> batch)
    {
        // An id repeated inside the round is judged against its first occurrence, like a repeat across rounds.
        var first = new Dictionary<string, (ReportToAppend Report, string Body)>(StringComparer.Ordinal);
        foreach (var append in batch)
        {
            for (var i = 0; i < append.Reports.Count; i++)
            {
                first.TryAdd(append.Reports[i].Report.Id, (append.Reports[i], append.Bodies[i]));
            }
        }

        connection ??= await source.OpenConnectionAsync().ConfigureAwait(false);
        (Dictionary<string, long> Appended, Dictionary<string, (long Sequence, string Hash)> Stored) written;
        try
        {
            written = await WriteInTransactionAsync(connection, first).ConfigureAwait(false);
        }
        catch
        {
            // A session lock outlives a rollback, so a failed session may still hold the allocation lock: close it for
            // real (the writer's connections are not pooled) and open a fresh one next round.
            var failed = connection;
            connection = null;
            await failed.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        // As a read of the log gives it back: the body is this report serialised, the other columns its fields as given.
        var appended = written.Appended
            .OrderBy(a => a.Value)
            .Select(a =>
            {
                var report = first[a.Key].Report;
                return new StoredReport(a.Value, report.Report, report.ContentHash, report.EnteredBy, report.ReceivedAt, report.Scopes ?? []);
            })
            .ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var results = batch.Select(append => (IReadOnlyList<AppendResult>)append.Reports.Select(report =>
        {
            var id = report.Report.Id;
            if (written.Appended.TryGetValue(id, out var sequence))
            {
                return seen.Add(id)
                    ? new AppendResult(id, sequence, AppendOutcome.Appended)
                    : new AppendResult(id, sequence, Judge(first[id].Report.ContentHash, report.ContentHash));
            }

            var existing = written.Stored[id];
            return new AppendResult(id, existing.Sequence, Judge(existing.Hash, report.ContentHash));
        }).ToArray()).ToArray();
        return (results, appended);
    }

    private static async Task<(Dictionary<string, long> Appended, Dictionary<string, (long Sequence, string Hash)> Stored)> WriteInTransactionAsync(
        NpgsqlConnection open, Dictionary<string, (ReportToAppend Report, string Body)> first)
    {
        var rows = first.Values.ToArray();
        var ids = first.Keys.ToArray();
        await using var transaction = await open.BeginTransactionAsync().ConfigureAwait(false);
        await ExecuteAsync(open, LockAndTakeXid).ConfigureAwait(false);
        var appended = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var insert = new NpgsqlCommand(Insert, open))
        {
            AddTexts(insert, ids);
            AddTexts(insert, rows.Select(r => r.Report.ContentHash));
            AddTexts(insert, rows.Select(r => r.Report.EnteredBy));
            AddTexts(insert, rows.Select(r => StoredTime.Format(r.Report.ReceivedAt)));
            AddTexts(insert, rows.Select(r => r.Body));
            AddTexts(insert, rows.Select(r => JsonSerializer.Serialize(r.Report.Scopes ?? [])));
            await using var reader = await insert.ExecuteReaderAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                appended[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        await ExecuteAsync(open, Unlock).ConfigureAwait(false);
        if (rows.Any(r => appended.ContainsKey(r.Report.Report.Id) && r.Report.Scopes is { Count: > 0 }))
        {
            await ExecuteAsync(open, IndexScopes, appended.Values.ToArray()).ConfigureAwait(false);
        }

        var stored = appended.Count == ids.Length ? [] : await FindStoredAsync(open, ids.Where(id => !appended.ContainsKey(id)).ToArray()).ConfigureAwait(false);
        if (appended.Count > 0)
        {
            await ExecuteAsync(open, Notify).ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false);
        return (appended, stored);
    }

    private static void AddTexts(NpgsqlCommand command, IEnumerable<string?> values) =>
        command.Parameters.Add(new NpgsqlParameter { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });

    private static AppendOutcome Judge(string storedHash, string hash) => storedHash == hash ? AppendOutcome.Duplicate : AppendOutcome.Conflict;

    private static async Task<Dictionary<string, (long Sequence, string Hash)>> FindStoredAsync(NpgsqlConnection open, string[] ids)
    {
        await using var find = new NpgsqlCommand(FindStored, open);
        find.Parameters.Add(new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await using var reader = await find.ExecuteReaderAsync().ConfigureAwait(false);
        var stored = new Dictionary<string, (long, string)>(StringComparer.Ordinal);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            stored[reader.GetString(0)] = (reader.GetInt64(1), reader.GetString(2));
        }

        return stored;
    }

    private static async Task ExecuteAsync(NpgsqlConnection open, string sql, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, open);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}

using System.Runtime.CompilerServices;
using Correlator.Storage.Postgres;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Correlator.Storage;

/// <summary>
/// The report, event and entity logs and the API keys in one PostgreSQL database shared by every node. Each node
/// appends reports through its own group-commit writer; sequences order the whole log across nodes, and a follower
/// reads only as far as no report may still commit before it (see <see cref="ReportWriter"/>). Events are written by
/// the leader alone, on its lease session. LISTEN/NOTIFY rings <see cref="Changed"/> on every node. What this node
/// appends it also hands over to its own followers (<see cref="IAppendedReports"/>, <see cref="IAppendedEvents"/>);
/// other nodes' appends they read from the log.
/// </summary>
public sealed class PostgresStore : IReportLog, IAppendedReports, IEventLog, IAppendedEvents, IEntityLog, ILogChanges, IAsyncDisposable
{
    // Rows a streaming read fetches per query, so a long replay never holds one snapshot open.
    private const int ReadPage = 1000;

    private static readonly string ScopedReportColumns = string.Join(", ", PostgresSchema.ReportColumns.Split(", ").Select(c => "r." + c));

    private readonly NpgsqlDataSource readers;
    private readonly NpgsqlDataSource sessions;
    private readonly ReportWriter writer;
    private readonly ChangeListener listener;

    private PostgresStore(NpgsqlDataSource readers, NpgsqlDataSource sessions, int maxBatch, ILogger logger)
    {
        this.readers = readers;
        this.sessions = sessions;
        writer = new ReportWriter(sessions, maxBatch, logger);
        writer.Committed += () => Changed?.Invoke(LogStream.Reports);
        listener = new ChangeListener(sessions, stream => Changed?.Invoke(stream), logger);
        Lease = new PostgresLeaderLease(sessions, logger);
        Keys = new PostgresApiKeyStore(readers);
    }

    public event Action<LogStream>? Changed;

    public event Action<IReadOnlyList<StoredReport>>? Appended
    {
        add => writer.Appended += value;
        remove => writer.Appended -= value;
    }

    event Action<IReadOnlyList<StoredEvent>>? IAppendedEvents.Appended
    {
        add => Lease.Appended += value;
        remove => Lease.Appended -= value;
    }

    /// <summary>Who writes the event log; event appends go through it and fail unless it is held.</summary>
    public PostgresLeaderLease Lease { get; }

    public IApiKeyStore Keys { get; }

    /// <summary>Report-writer transactions committed by this node since it opened; fewer than appends when callers were grouped.</summary>
    public long Transactions => writer.Transactions;

    /// <summary>Connects, creates the tables when missing, and starts listening for other nodes' commits.</summary>
    public static async Task<PostgresStore> OpenAsync(PostgresStoreOptions options, ILogger<PostgresStore> logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString, nameof(options.ConnectionString));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBatch, 1, nameof(options.MaxBatch));

        var readers = NpgsqlDataSource.Create(options.ConnectionString);
        // The writer, the lease and the listener each own a session whose end must really end it (locks, LISTEN);
        // keepalives notice a peer that vanished without closing.
        var sessionSettings = new NpgsqlConnectionStringBuilder(options.ConnectionString) { Pooling = false, KeepAlive = 10 };
        var sessions = NpgsqlDataSource.Create(sessionSettings);
        try
        {
            await using (var connection = await readers.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
            await using (var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
            {
                await using var create = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({PostgresSchema.SchemaLock}); {PostgresSchema.Create}", connection);
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            var store = new PostgresStore(readers, sessions, options.MaxBatch, logger);
            await store.listener.Listening.WaitAsync(cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Opened PostgreSQL store {Host}:{Port}/{Database}", sessionSettings.Host, sessionSettings.Port, sessionSettings.Database);
            return store;
        }
        catch
        {
            await readers.DisposeAsync().ConfigureAwait(false);
            await sessions.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>True while no report has been stored (a node then loads the seeds; several doing so at once is harmless).</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) =>
        await ScalarAsync<bool>("SELECT NOT EXISTS (SELECT 1 FROM reports)", cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<ReportToAppend> reports, CancellationToken cancellationToken) =>
        reports.Count == 0 ? [] : await writer.Enqueue(new PendingAppend(reports, cancellationToken)).ConfigureAwait(false);

    /// <summary>Stops where a report that may still commit could come next: see <see cref="PostgresSchema.Settled"/>.</summary>
    public IAsyncEnumerable<StoredReport> ReadAsync(long afterSequence, CancellationToken cancellationToken) =>
        ReadPagesAsync(
            $"SELECT {PostgresSchema.ReportColumns} FROM reports WHERE seq > $1 AND {PostgresSchema.Settled} ORDER BY seq LIMIT {ReadPage}",
            afterSequence, null, cancellationToken);

    /// <summary>The streaming read in pages: a node of a cluster parses on one core, as it follows the log.</summary>
    public async IAsyncEnumerable<IReadOnlyList<ScopedReport>> ReadForRebuildAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = new List<ScopedReport>(ReadPage);
        await foreach (var stored in ReadAsync(0, cancellationToken).ConfigureAwait(false))
        {
            page.Add(new ScopedReport(stored.Sequence, stored.Report, stored.Scopes ?? []));
            if (page.Count == ReadPage)
            {
                yield return page;
                page = new List<ScopedReport>(ReadPage);
            }
        }
        if (page.Count > 0)
        {
            yield return page;
        }
    }

    /// <summary>
    /// Everything committed for the scope: a grain activating may see a report its node's follower has not reached
    /// yet, which is then applied again, changing nothing.
    /// </summary>
    public IAsyncEnumerable<StoredReport> ReadScopeAsync(string scope, CancellationToken cancellationToken) =>
        ReadPagesAsync(
            $"SELECT {ScopedReportColumns} FROM report_scopes s JOIN reports r ON r.seq = s.seq WHERE s.seq > $1 AND s.scope = $2 ORDER BY s.seq LIMIT {ReadPage}",
            0, scope, cancellationToken);

    public Task<IReadOnlyList<string>> ScopesAsync(CancellationToken cancellationToken) =>
        QueryAsync("SELECT DISTINCT scope FROM report_scopes ORDER BY scope", row => row.GetString(0), cancellationToken);

    public async Task<StoredReport?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {PostgresSchema.ReportColumns} FROM reports WHERE id = $1", PostgresRows.Report, cancellationToken, id).ConfigureAwait(false))
        .SingleOrDefault();

    /// <summary>The newest sequence a follower may start after: nothing that may still commit comes before it.</summary>
    Task<long> IReportLog.LastSequenceAsync(CancellationToken cancellationToken) =>
        ScalarAsync<long>($"SELECT coalesce((SELECT seq FROM reports WHERE {PostgresSchema.Settled} ORDER BY seq DESC LIMIT 1), 0)", cancellationToken);

    public async Task<IReadOnlyList<StoredEvent>> AppendAsync(IReadOnlyList<EventToAppend> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return [];
        }

        var stored = await Lease.AppendAsync(events, cancellationToken).ConfigureAwait(false);
        Changed?.Invoke(LogStream.Events);
        return stored;
    }

    /// <summary>Events commit in sequence order (one writer at a time), so whatever is visible may be passed.</summary>
    public Task<IReadOnlyList<StoredEvent>> ReadAfterAsync(long afterSequence, IReadOnlyCollection<string>? topics, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (topics is null || topics.Contains(EventTopics.All))
        {
            return QueryAsync($"SELECT {PostgresSchema.EventColumns} FROM events WHERE seq > $1 ORDER BY seq LIMIT $2", PostgresRows.Event, cancellationToken, afterSequence, limit);
        }

        var wanted = topics.Distinct().ToArray();
        if (wanted.Length == 0 || limit == 0)
        {
            return Task.FromResult<IReadOnlyList<StoredEvent>>([]);
        }

        // One ordered index range per topic, each cut at the limit, merged: cost stays near topics x limit however long the log.
        return QueryAsync(
            $"""
            SELECT {PostgresSchema.EventColumns} FROM events WHERE seq IN (
                SELECT DISTINCT t.seq FROM unnest($1::text[]) AS w(topic),
                    LATERAL (SELECT seq FROM event_topics WHERE topic = w.topic AND seq > $2 ORDER BY seq LIMIT $3) AS t
                ORDER BY t.seq LIMIT $3)
            ORDER BY seq
            """,
            PostgresRows.Event, cancellationToken, wanted, afterSequence, limit);
    }

    public Task<IReadOnlyList<StoredEvent>> LatestPerKeyAsync(CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {PostgresSchema.EventColumns} FROM events WHERE seq IN (SELECT max(seq) FROM events GROUP BY key) ORDER BY seq",
            PostgresRows.Event, cancellationToken);

    Task<long> IEventLog.LastSequenceAsync(CancellationToken cancellationToken) =>
        ScalarAsync<long>("SELECT coalesce(max(seq), 0) FROM events", cancellationToken);

    public async Task<long> AppendAsync(string kind, string json, string? enteredBy, DateTimeOffset at, CancellationToken cancellationToken) =>
        (await QueryAsync(
            "INSERT INTO entity_edits(kind, json, entered_by, at) VALUES ($1, $2, $3, $4) RETURNING seq",
            row => row.GetInt64(0), cancellationToken, kind, json, (object?)enteredBy ?? DBNull.Value, Sqlite.StoredTime.Format(at)).ConfigureAwait(false))
        .Single();

    public Task<IReadOnlyList<EntityEdit>> ReadAllAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {PostgresSchema.EntityEditColumns} FROM entity_edits ORDER BY seq", PostgresRows.EntityEdit, cancellationToken);

    /// <summary>Commits every append already queued, gives up the lease, stops listening, then closes the pools.</summary>
    public async ValueTask DisposeAsync()
    {
        await writer.DisposeAsync().ConfigureAwait(false);
        await Lease.DisposeAsync().ConfigureAwait(false);
        await listener.DisposeAsync().ConfigureAwait(false);
        await readers.DisposeAsync().ConfigureAwait(false);
        await sessions.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Streams a report query page by page; <paramref name="sql"/> reads the page after <c>$1</c> (and <c>$2</c> is <paramref name="scope"/>).</summary>
    private async IAsyncEnumerable<StoredReport> ReadPagesAsync(string sql, long afterSequence, string? scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await readers.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var page = new NpgsqlCommand(sql, connection);
        var after = new NpgsqlParameter<long> { NpgsqlDbType = NpgsqlDbType.Bigint };
        page.Parameters.Add(after);
        if (scope is not null)
        {
            page.Parameters.Add(new NpgsqlParameter<string> { TypedValue = scope });
        }

        var cursor = afterSequence;
        int rows;
        do
        {
            after.TypedValue = cursor;
            rows = 0;
            await using var row = await page.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await row.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var report = PostgresRows.Report(row);
                cursor = report.Sequence;
                rows++;
                yield return report;
            }
        }
        while (rows == ReadPage);
    }

    private async Task<T> ScalarAsync<T>(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await readers.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var connection = await readers.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        var results = new List<T>();
        await using var row = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await row.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            results.Add(read(row));
        }

        return results;
    }
}

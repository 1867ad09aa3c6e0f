using System.Runtime.CompilerServices;
using Correlator.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Correlator.Storage;

/// <summary>
/// The report, event and entity logs in one SQLite file (WAL, fsync on every commit). All writes go through one
/// group-commit loop on one connection; reads use pooled connections of their own.
/// </summary>
public sealed class SqliteStore : IReportLog, IAppendedReports, IEventLog, IAppendedEvents, IEntityLog, ILogChanges, IAsyncDisposable
{
    // Rows a streaming read fetches per query: short read transactions let checkpoints keep the WAL small.
    private const int ReadPage = 1000;

    private static readonly string ScopedReportColumns = string.Join(", ", SqliteSchema.ReportColumns.Split(", ").Select(c => "r." + c));

    private readonly GroupCommit commits;
    private readonly string path;
    private readonly string readers;

    private SqliteStore(string path, GroupCommit commits)
    {
        this.path = path;
        this.commits = commits;
        readers = SqliteConnections.Reader(path);
    }

    /// <summary>Transactions committed since the store was opened; below the number of appends when callers were grouped.</summary>
    public long Transactions => commits.Transactions;

    /// <summary>
    /// Opens the store, creating folder, file and schema when missing. A file that fails <c>PRAGMA quick_check</c>
    /// is moved aside (kept) and every readable row salvaged into a fresh one.
    /// </summary>
    public static Task<SqliteStore> OpenAsync(SqliteStoreOptions options, ILogger<SqliteStore> logger, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path, nameof(options.Path));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBatch, 1, nameof(options.MaxBatch));
        ct.ThrowIfCancellationRequested();

        var path = System.IO.Path.GetFullPath(options.Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        if (File.Exists(path) && SqliteSalvage.FindDamage(path) is { } damage)
        {
            SqliteSalvage.MoveAsideAndSalvage(path, damage, options.Time.GetUtcNow(), logger);
        }

        var writer = SqliteWriter.Open(path);
        logger.LogInformation("Opened store {Path} (WAL, synchronous=FULL)", path);
        return Task.FromResult(new SqliteStore(path, new GroupCommit(writer, options.MaxBatch, options.Time, logger)));
    }

    /// <summary>True while no report has been stored (the server then loads the seeds).</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken ct) =>
        await ScalarAsync("SELECT NOT EXISTS (SELECT 1 FROM reports)", ct).ConfigureAwait(false) == 1;

    public event Action<LogStream>? Changed
    {
        add => commits.Committed += value;
        remove => commits.Committed -= value;
    }

    public event Action<IReadOnlyList<StoredReport>>? Appended
    {
        add => commits.ReportsAppended += value;
        remove => commits.ReportsAppended -= value;
    }

    event Action<IReadOnlyList<StoredEvent>>? IAppendedEvents.Appended
    {
        add => commits.EventsAppended += value;
        remove => commits.EventsAppended -= value;
    }

    public Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<ReportToAppend> reports, CancellationToken cancellationToken) =>
        reports.Count == 0
            ? Task.FromResult<IReadOnlyList<AppendResult>>([])
            : commits.Enqueue(new PendingReports(reports, cancellationToken));

    public IAsyncEnumerable<StoredReport> ReadAsync(long afterSequence, CancellationToken cancellationToken) =>
        ReadPagesAsync(
            $"SELECT {SqliteSchema.ReportColumns} FROM reports WHERE seq > $after ORDER BY seq LIMIT {ReadPage}",
            afterSequence, [], cancellationToken);

    public IAsyncEnumerable<IReadOnlyList<ScopedReport>> ReadForRebuildAsync(CancellationToken cancellationToken) =>
        RebuildRead.ReadAsync(readers, cancellationToken);

    public IAsyncEnumerable<StoredReport> ReadScopeAsync(string scope, CancellationToken cancellationToken) =>
        ReadPagesAsync(
            $"SELECT {ScopedReportColumns} FROM report_scopes s JOIN reports r ON r.seq = s.seq "
            + $"WHERE s.scope = $scope AND s.seq > $after ORDER BY s.seq LIMIT {ReadPage}",
            0, [("$scope", scope)], cancellationToken);

    public Task<IReadOnlyList<string>> ScopesAsync(CancellationToken cancellationToken) =>
        QueryAsync("SELECT DISTINCT scope FROM report_scopes ORDER BY scope", row => row.GetString(0), cancellationToken);

    public async Task<StoredReport?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync(
            $"SELECT {SqliteSchema.ReportColumns} FROM reports WHERE id = $id", SqliteRows.Report, cancellationToken, ("$id", id)).ConfigureAwait(false);
        return found.SingleOrDefault();
    }

    Task<long> IReportLog.LastSequenceAsync(CancellationToken cancellationToken) =>
        ScalarAsync("SELECT coalesce(max(seq), 0) FROM reports", cancellationToken);

    public Task<IReadOnlyList<StoredEvent>> AppendAsync(IReadOnlyList<EventToAppend> events, CancellationToken cancellationToken) =>
        events.Count == 0
            ? Task.FromResult<IReadOnlyList<StoredEvent>>([])
            : commits.Enqueue(new PendingEvents(events, cancellationToken));

    public Task<IReadOnlyList<StoredEvent>> ReadAfterAsync(long afterSequence, IReadOnlyCollection<string>? topics, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (topics is null || topics.Contains(EventTopics.All))
        {
            return QueryAsync(
                $"SELECT {SqliteSchema.EventColumns} FROM events WHERE seq > $after ORDER BY seq LIMIT $limit",
                SqliteRows.Event, cancellationToken, ("$after", afterSequence), ("$limit", limit));
        }

        var wanted = topics.Distinct().ToArray();
        if (wanted.Length == 0 || limit == 0)
        {
            return Task.FromResult<IReadOnlyList<StoredEvent>>([]);
        }

        // One ordered index range per topic, each cut at the limit, merged: cost stays near topics x limit however long the log.
        var ranges = string.Join(
            " UNION ",
            wanted.Select((_, i) => $"SELECT seq FROM (SELECT seq FROM event_topics WHERE topic = $t{i} AND seq > $after ORDER BY seq LIMIT $limit)"));
        var parameters = wanted.Select((topic, i) => ($"$t{i}", (object)topic))
            .Append(("$after", afterSequence))
            .Append(("$limit", limit))
            .ToArray();
        return QueryAsync(
            $"SELECT {SqliteSchema.EventColumns} FROM events WHERE seq IN (SELECT seq FROM ({ranges}) ORDER BY seq LIMIT $limit) ORDER BY seq",
            SqliteRows.Event, cancellationToken, parameters);
    }

    public Task<IReadOnlyList<StoredEvent>> LatestPerKeyAsync(CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {SqliteSchema.EventColumns} FROM events WHERE seq IN (SELECT max(seq) FROM events GROUP BY key) ORDER BY seq",
            SqliteRows.Event, cancellationToken);

    Task<long> IEventLog.LastSequenceAsync(CancellationToken cancellationToken) =>
        ScalarAsync("SELECT coalesce(max(seq), 0) FROM events", cancellationToken);

    public Task<long> AppendAsync(string kind, string json, string? enteredBy, DateTimeOffset at, CancellationToken cancellationToken) =>
        commits.Enqueue(new PendingEntityEdit(kind, json, enteredBy, at, cancellationToken));

    public Task<IReadOnlyList<EntityEdit>> ReadAllAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {SqliteSchema.EntityEditColumns} FROM entity_edits ORDER BY seq", SqliteRows.EntityEdit, cancellationToken);

    /// <summary>Commits every write already queued, then closes the file.</summary>
    public async ValueTask DisposeAsync()
    {
        await commits.DisposeAsync().ConfigureAwait(false);
        SqliteConnections.ReleasePool(path);
    }

    /// <summary>Streams a report query page by page; <paramref name="sql"/> reads the page after <c>$after</c>, in sequence order.</summary>
    private async IAsyncEnumerable<StoredReport> ReadPagesAsync(
        string sql, long afterSequence, (string Name, object Value)[] parameters, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var page = connection.CreateCommand();
        page.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            page.Parameters.AddWithValue(name, value);
        }

        var after = page.Parameters.Add("$after", SqliteType.Integer);
        var cursor = afterSequence;
        int rows;
        do
        {
            after.Value = cursor;
            rows = 0;
            await using var row = await page.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await row.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var report = SqliteRows.Report(row);
                cursor = report.Sequence;
                rows++;
                yield return report;
            }
        }
        while (rows == ReadPage);
    }

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(readers);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(
        string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
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

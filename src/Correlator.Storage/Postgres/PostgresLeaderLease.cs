using System.Text.Json;
using Correlator.Storage.Postgres;
using Correlator.Storage.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Correlator.Storage;

/// <summary>
/// Leadership as a PostgreSQL advisory lock held by a dedicated session: the lock lives exactly as long as the
/// session, so a node that dies or loses its connection loses the lease, and PostgreSQL ends its transactions before
/// another node can take it. Events are written on that same session, so an event append cannot succeed once the
/// lease is lost; and since only one session ever writes events, each takes the next number after the last one and
/// every node reads the same gapless order.
/// </summary>
public sealed class PostgresLeaderLease : ILeaderLease, IAsyncDisposable
{
    private static readonly string TryLock = $"SELECT pg_try_advisory_lock({PostgresSchema.LeaderLock})";

    // objid is the low 32 bits of a bigint advisory key; the key is small, so classid is 0.
    private static readonly string StillHeld = $"""
        SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
            AND classid = 0 AND objid = {PostgresSchema.LeaderLock} AND objsubid = 1)
        """;

    private const string InsertEvents = """
        INSERT INTO events(seq, type, key, topics, payload, at)
        SELECT (SELECT coalesce(max(seq), 0) FROM events) + u.n, u.type, u.key, ARRAY(SELECT jsonb_array_elements_text(u.topics::jsonb)), u.payload, u.at
        FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS u(type, key, topics, payload, at, n)
        ORDER BY u.n
        RETURNING seq
        """;

    private const string IndexTopics = "INSERT INTO event_topics(topic, seq) SELECT DISTINCT unnest(topics), seq FROM events WHERE seq = ANY($1)";
    private const string Notify = $"SELECT pg_notify('{PostgresSchema.EventsChannel}', '')";

    private readonly NpgsqlDataSource source;
    private readonly ILogger logger;
    private readonly SemaphoreSlim session = new(1, 1);
    private NpgsqlConnection? connection;
    private volatile bool held;

    /// <param name="source">Unpooled: the lock must go with the session when the lease is given up.</param>
    internal PostgresLeaderLease(NpgsqlDataSource source, ILogger logger)
    {
        this.source = source;
        this.logger = logger;
    }

    public bool IsHeld => held;

    /// <summary>
    /// Raised on the lease session after each committed append, before its appender is answered; see
    /// <see cref="IAppendedEvents"/>. Raised inside the session, so one append's events are handed over before the next's.
    /// </summary>
    internal event Action<IReadOnlyList<StoredEvent>>? Appended;

    /// <summary>Takes the lease if free; when held already, checks the session is still alive (else the lease is gone).</summary>
    public async Task<bool> TryAcquireAsync(CancellationToken cancellationToken)
    {
        await session.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            connection ??= await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(held ? StillHeld : TryLock, connection);
            var nowHeld = (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            if (nowHeld != held)
            {
                logger.LogWarning(nowHeld ? "This node took the leader lease" : "This node lost the leader lease");
            }

            held = nowHeld;
            return held;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever failed, the session cannot be trusted to hold the lock: end it, and try afresh next time.
            await LoseAsync(exception).ConfigureAwait(false);
            return false;
        }
        finally
        {
            session.Release();
        }
    }

    /// <summary>Appends events in one transaction on the lease session, numbered after the newest one.</summary>
    internal async Task<IReadOnlyList<StoredEvent>> AppendAsync(IReadOnlyList<EventToAppend> events, CancellationToken cancellationToken)
    {
        await session.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!held || connection is null)
            {
                throw new LeaseLostException();
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var check = new NpgsqlCommand(StillHeld, connection))
            {
                if (!(bool)(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
                {
                    held = false;
                    throw new LeaseLostException();
                }
            }

            var sequences = new List<long>(events.Count);
            await using (var insert = new NpgsqlCommand(InsertEvents, connection))
            {
                AddTexts(insert, events.Select(e => e.Type));
                AddTexts(insert, events.Select(e => e.Key));
                AddTexts(insert, events.Select(e => JsonSerializer.Serialize(e.Topics)));
                AddTexts(insert, events.Select(e => e.Payload));
                AddTexts(insert, events.Select(e => StoredTime.Format(e.At)));
                await using var reader = await insert.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    sequences.Add(reader.GetInt64(0));
                }
            }

            await using (var topics = new NpgsqlCommand(IndexTopics, connection))
            {
                topics.Parameters.Add(new NpgsqlParameter { Value = sequences.ToArray() });
                await topics.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var notify = new NpgsqlCommand(Notify, connection))
            {
                await notify.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            var stored = events.Select((e, i) => new StoredEvent(sequences[i], e.Type, e.Key, e.Topics.ToArray(), e.Content, e.At)).ToArray();
            HandOver.Raise(Appended, stored, logger);
            return stored;
        }
        catch (Exception exception) when (exception is not LeaseLostException && connection?.State != System.Data.ConnectionState.Open)
        {
            // The session broke: whether it still holds the lock is unknown, so end it and give the lease up for sure.
            await LoseAsync(exception).ConfigureAwait(false);
            throw new LeaseLostException(exception);
        }
        finally
        {
            session.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await session.WaitAsync().ConfigureAwait(false);
        try
        {
            held = false;
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                connection = null;
            }
        }
        finally
        {
            session.Release();
        }
    }

    private static void AddTexts(NpgsqlCommand command, IEnumerable<string> values) =>
        command.Parameters.Add(new NpgsqlParameter { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });

    private async Task LoseAsync(Exception exception)
    {
        if (held)
        {
            logger.LogWarning(exception, "The leader lease session failed; this node no longer leads");
        }

        held = false;
        if (connection is not null)
        {
            var failed = connection;
            connection = null;
            await failed.DisposeAsync().ConfigureAwait(false);
        }
    }
}

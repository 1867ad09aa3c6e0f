using Correlator.Domain.Reports;
using Microsoft.Data.Sqlite;

namespace Correlator.Storage.Sqlite;

/// <summary>The one connection that writes, with its commands prepared once and reused for every transaction.</summary>
internal sealed class SqliteWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly WriterStatement findReport;
    private readonly WriterStatement insertReport;
    private readonly WriterStatement insertScope;
    private readonly WriterStatement insertEvent;
    private readonly WriterStatement insertTopic;
    private readonly WriterStatement[] statements;
    private readonly SqliteCommand insertEntityEdit;
    private readonly SqliteCommand insertApiKey;
    private readonly SqliteCommand[] commands;
    // The events' JSON is serialised into this, kept and reused, rather than into a new array per event.
    private readonly MemoryStream payloads = new();
    private SqliteTransaction? transaction;

    private SqliteWriter(SqliteConnection connection)
    {
        this.connection = connection;
        // Parameters by position (?1, ?2 ...), bound in the order of the columns.
        findReport = new WriterStatement(connection, "SELECT seq, hash FROM reports WHERE id = ?1");
        // A null seq lets SQLite assign the next rowid; salvage passes the original one.
        insertReport = new WriterStatement(connection,
            "INSERT INTO reports(seq, id, hash, entered_by, received_at, body, scopes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING seq");
        // One statement per row indexed, whatever its number of keys: the keys go in as the JSON array stored beside it.
        insertScope = new WriterStatement(connection, "INSERT OR IGNORE INTO report_scopes(scope, seq) SELECT value, ?2 FROM json_each(?1)");
        insertEvent = new WriterStatement(connection,
            "INSERT INTO events(seq, type, key, topics, payload, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING seq");
        insertTopic = new WriterStatement(connection, "INSERT OR IGNORE INTO event_topics(topic, seq) SELECT value, ?2 FROM json_each(?1)");
        statements = [findReport, insertReport, insertScope, insertEvent, insertTopic];
        insertEntityEdit = Prepare(
            "INSERT INTO entity_edits(seq, kind, json, entered_by, at) VALUES ($seq, $kind, $json, $entered_by, $at) RETURNING seq",
            ("$seq", SqliteType.Integer), ("$kind", SqliteType.Text), ("$json", SqliteType.Text),
            ("$entered_by", SqliteType.Text), ("$at", SqliteType.Text));
        insertApiKey = Prepare(
            "INSERT OR IGNORE INTO api_keys(name, role, hash, created_at, revoked_at) VALUES ($name, $role, $hash, $created_at, $revoked_at)",
            ("$name", SqliteType.Text), ("$role", SqliteType.Text), ("$hash", SqliteType.Text),
            ("$created_at", SqliteType.Text), ("$revoked_at", SqliteType.Text));
        commands = [insertEntityEdit, insertApiKey];
    }

    /// <summary>Opens (creating when missing) the file in WAL mode with fsync'd commits and the schema in place.</summary>
    public static SqliteWriter Open(string path)
    {
        var connection = new SqliteConnection(SqliteConnections.Unpooled(path));
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout=5000");
            var journal = Scalar(connection, "PRAGMA journal_mode=WAL");
            if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"SQLite refused WAL mode for {path} (journal_mode is {journal}).");
            }

            Execute(connection, "PRAGMA synchronous=FULL");
            Execute(connection, SqliteSchema.Create);
            return new SqliteWriter(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction, committed only if it returns.</summary>
    public void Transact(Action work)
    {
        using var open = connection.BeginTransaction(deferred: false);
        transaction = open;
        try
        {
            foreach (var command in commands)
            {
                command.Transaction = open;
            }

            work();
            open.Commit();
        }
        finally
        {
            transaction = null;
        }
    }

    public (long Sequence, string Hash)? FindReport(string id)
    {
        findReport.Bind(1, id);
        return findReport.ExecutePair();
    }

    /// <summary>Stores a report; <paramref name="body"/> is its JSON as UTF-8 (as <see cref="ReportJson.SerializeToUtf8"/> writes it).</summary>
    public long InsertReport(long? sequence, string id, string hash, string? enteredBy, DateTimeOffset receivedAt, byte[] body, IReadOnlyList<string> scopes)
    {
        insertReport.Bind(1, sequence);
        insertReport.Bind(2, id);
        insertReport.Bind(3, hash);
        insertReport.Bind(4, enteredBy);
        insertReport.Bind(5, receivedAt);
        insertReport.Bind(6, body);
        insertReport.BindKeys(7, scopes);
        var stored = insertReport.Execute()!.Value;
        Index(insertScope, stored, scopes);
        return stored;
    }

    public long InsertEvent(long? sequence, string type, string key, IReadOnlyList<string> topics, EventPayload payload, DateTimeOffset at)
    {
        insertEvent.Bind(1, sequence);
        insertEvent.Bind(2, type);
        insertEvent.Bind(3, key);
        insertEvent.BindKeys(4, topics);
        payloads.SetLength(0);
        payload.WriteUtf8(payloads);
        insertEvent.Bind(5, payloads.GetBuffer().AsSpan(0, (int)payloads.Length));
        insertEvent.Bind(6, at);
        var stored = insertEvent.Execute()!.Value;
        Index(insertTopic, stored, topics);
        return stored;
    }

    /// <summary>One row per key (scope or topic) pointing at a stored sequence, so a reader of one key reads one index range.</summary>
    private static void Index(WriterStatement insert, long sequence, IReadOnlyList<string> keys)
    {
        insert.BindKeys(1, keys);
        insert.Bind(2, sequence);
        insert.Execute();
    }

    public long InsertEntityEdit(long? sequence, string kind, string json, string? enteredBy, DateTimeOffset at)
    {
        Set(insertEntityEdit, "$seq", sequence);
        Set(insertEntityEdit, "$kind", kind);
        Set(insertEntityEdit, "$json", json);
        Set(insertEntityEdit, "$entered_by", enteredBy);
        Set(insertEntityEdit, "$at", StoredTime.Format(at));
        return (long)insertEntityEdit.ExecuteScalar()!;
    }

    /// <summary>Copies a key row as stored (times kept as their text); used by salvage only, keys are written by <see cref="SqliteApiKeyStore"/>.</summary>
    public void InsertApiKey(string name, string role, string hash, string createdAt, string? revokedAt)
    {
        Set(insertApiKey, "$name", name);
        Set(insertApiKey, "$role", role);
        Set(insertApiKey, "$hash", hash);
        Set(insertApiKey, "$created_at", createdAt);
        Set(insertApiKey, "$revoked_at", revokedAt);
        insertApiKey.ExecuteNonQuery();
    }

    /// <summary>Makes the next sequence of <paramref name="table"/> come after <paramref name="sequence"/>, inside the open transaction.</summary>
    public void ReserveSequencesThrough(string table, long sequence)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction ?? throw new InvalidOperationException("Sequences are reserved inside a transaction.");
        command.CommandText = """
            UPDATE sqlite_sequence SET seq = max(seq, $seq) WHERE name = $table;
            INSERT INTO sqlite_sequence(name, seq) SELECT $table, $seq WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = $table);
            """;
        command.Parameters.AddWithValue("$table", table);
        command.Parameters.AddWithValue("$seq", sequence);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        payloads.Dispose();
        foreach (var statement in statements)
        {
            statement.Dispose();
        }

        foreach (var command in commands)
        {
            command.Dispose();
        }

        connection.Dispose();
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Set(SqliteCommand command, string name, object? value) =>
        command.Parameters[name].Value = value ?? DBNull.Value;

    private SqliteCommand Prepare(string sql, params (string Name, SqliteType Type)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            command.Parameters.Add(name, type);
        }

        command.Prepare();
        return command;
    }
}

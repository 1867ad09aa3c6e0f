namespace Correlator.Storage.Sqlite;

internal static class SqliteSchema
{
    // AUTOINCREMENT keeps a high-water mark, so a sequence once handed out is never handed out again, even
    // after a salvage lost the newest rows (a dashboard may already have seen them).
    // report_scopes and event_topics are clustered by (scope, seq) and (topic, seq): a grain reading its reports
    // and a subscription reading its topics each read one index range in order.
    /// <summary>Operators' keys share the file, so a salvage must carry them over too.</summary>
    public const string ApiKeys = """
        CREATE TABLE IF NOT EXISTS api_keys(
            name TEXT PRIMARY KEY,
            role TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            revoked_at TEXT);
        """;

    public const string Create = ApiKeys + """
        CREATE TABLE IF NOT EXISTS reports(
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            hash TEXT NOT NULL,
            entered_by TEXT,
            received_at TEXT NOT NULL,
            body TEXT NOT NULL,
            scopes TEXT NOT NULL DEFAULT '[]');
        CREATE TABLE IF NOT EXISTS report_scopes(
            scope TEXT NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY(scope, seq)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS events(
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            type TEXT NOT NULL,
            key TEXT NOT NULL,
            topics TEXT NOT NULL,
            payload TEXT NOT NULL,
            at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS events_by_key ON events(key, seq);
        CREATE TABLE IF NOT EXISTS event_topics(
            topic TEXT NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY(topic, seq)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS entity_edits(
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            json TEXT NOT NULL,
            entered_by TEXT,
            at TEXT NOT NULL);
        """;

    public const string ReportColumns = "seq, id, hash, entered_by, received_at, body, scopes";
    public const string EventColumns = "seq, type, key, topics, payload, at";
    public const string EntityEditColumns = "seq, kind, json, entered_by, at";

    // Read by salvage only, which walks every table by rowid (seq is the rowid of the log tables).
    public const string ApiKeyColumns = "rowid, name, role, hash, created_at, revoked_at";
}

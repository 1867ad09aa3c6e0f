namespace Correlator.Storage.Sqlite;

internal static class SqliteSchema
{
    // AUTOINCREMENT keeps a high-water mark, so a sequence once handed out is never handed out again, even
    // after a salvage lost the newest rows (a dashboard may already have seen them).
    // report_scopes and event_topics are clustered by (scope, seq) and (topic, seq): a grain reading its reports
    // and a subscription reading its topics each read one index range in order.
    public const string Create = """
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
}

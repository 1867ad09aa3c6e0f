namespace Correlator.Storage.Postgres;

internal static class PostgresSchema
{
    /// <summary>Serialises report sequence allocation across nodes (see <see cref="ReportWriter"/>).</summary>
    public const long AllocationLock = 0x436F7201;

    /// <summary>Held for as long as a node leads, on its lease connection.</summary>
    public const long LeaderLock = 0x436F7202;

    /// <summary>Nodes starting together must not race each other's CREATE TABLE.</summary>
    public const long SchemaLock = 0x436F7203;

    public const string ReportsChannel = "correlator_reports";
    public const string EventsChannel = "correlator_events";

    // reports.xid records the writing transaction, which is what lets a reader tell a gap that may still fill from
    // one that never will (see ReportWriter). Times stay text so the offset a source gave survives.
    public const string Create = """
        CREATE TABLE IF NOT EXISTS reports(
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id text NOT NULL UNIQUE,
            hash text NOT NULL,
            entered_by text,
            received_at text NOT NULL,
            body text NOT NULL,
            scopes text[] NOT NULL DEFAULT '{}',
            xid xid8 NOT NULL DEFAULT pg_current_xact_id());
        CREATE TABLE IF NOT EXISTS report_scopes(
            scope text NOT NULL,
            seq bigint NOT NULL,
            PRIMARY KEY(scope, seq));
        CREATE TABLE IF NOT EXISTS events(
            seq bigint PRIMARY KEY,
            type text NOT NULL,
            key text NOT NULL,
            topics text[] NOT NULL,
            payload text NOT NULL,
            at text NOT NULL);
        CREATE INDEX IF NOT EXISTS events_by_key ON events(key, seq);
        CREATE TABLE IF NOT EXISTS event_topics(
            topic text NOT NULL,
            seq bigint NOT NULL,
            PRIMARY KEY(topic, seq));
        CREATE TABLE IF NOT EXISTS entity_edits(
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            kind text NOT NULL,
            json text NOT NULL,
            entered_by text,
            at text NOT NULL);
        CREATE TABLE IF NOT EXISTS api_keys(
            name text PRIMARY KEY,
            role text NOT NULL,
            hash text NOT NULL UNIQUE,
            created_at timestamptz NOT NULL,
            revoked_at timestamptz);
        """;

    public const string ReportColumns = "seq, id, hash, entered_by, received_at, body, scopes";
    public const string EventColumns = "seq, type, key, topics, payload, at";
    public const string EntityEditColumns = "seq, kind, json, entered_by, at";

    /// <summary>
    /// Rows a follower may pass: written by a transaction older than every transaction still running. Any report
    /// still in flight was allocated its sequence after these (see <see cref="ReportWriter"/>), so it comes later.
    /// The snapshot's xmin spans the whole server, so a writing transaction left open in any database holds followers
    /// back (safe, never wrong) until it ends.
    /// </summary>
    public const string Settled = "xid < pg_snapshot_xmin(pg_current_snapshot())";
}

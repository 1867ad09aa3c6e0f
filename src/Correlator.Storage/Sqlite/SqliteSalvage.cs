using System.Globalization;
using Correlator.Domain.Reports;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Correlator.Storage.Sqlite;

/// <summary>
/// Recovers from a damaged file: keeps it aside untouched and copies every row that can still be read, under
/// its original sequence, into a fresh file, so a torn or corrupted write loses only the rows it hit.
/// </summary>
internal static class SqliteSalvage
{
    // Rows read per range query; after a damaged page the same number are looked up one by one.
    private const int Window = 256;

    // This many windows in a row without a readable row end the search: past any lost subtree, and safe
    // when the maximum sequence is unreadable or itself garbage.
    private const int BarrenWindowsBeforeGivingUp = 64;

    private static readonly string[] Companions = ["", "-wal", "-shm"];

    /// <summary>What <c>PRAGMA quick_check</c> (or opening) found wrong, or null when the file is sound.</summary>
    public static string? FindDamage(string path)
    {
        try
        {
            using var connection = new SqliteConnection(SqliteConnections.Unpooled(path));
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check";
            using var row = command.ExecuteReader();
            var findings = new List<string>();
            while (row.Read())
            {
                findings.Add(row.GetString(0));
            }

            return findings is ["ok"] ? null : string.Join("; ", findings.Take(5));
        }
        catch (SqliteException exception) when ((exception.SqliteErrorCode & 0xFF) is SQLitePCL.raw.SQLITE_CORRUPT or SQLitePCL.raw.SQLITE_NOTADB)
        {
            return exception.Message;
        }
    }

    /// <summary>Moves the damaged file aside, salvages it into a fresh file at <paramref name="path"/>, and returns where the damaged one went.</summary>
    public static string MoveAsideAndSalvage(string path, string damage, DateTimeOffset now, ILogger logger)
    {
        var aside = $"{path}.damaged-{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}";
        logger.LogError("The store {Path} is damaged ({Damage}); moving it to {Aside} and salvaging what can be read", path, damage, aside);
        foreach (var suffix in Companions.Where(s => File.Exists(path + s)))
        {
            File.Move(path + suffix, aside + suffix);
        }

        // Salvage reads a copy: opening the kept file would replay and checkpoint its WAL, altering the evidence.
        var copy = aside + ".salvaging";
        foreach (var suffix in Companions.Where(s => File.Exists(aside + s)))
        {
            File.Copy(aside + suffix, copy + suffix, overwrite: true);
        }

        try
        {
            var salvaged = Salvage(copy, path);
            logger.LogWarning(
                "Salvaged {Reports} reports, {Events} events, {Edits} entity edits and {Keys} API keys from {Aside} into {Path}; {Skipped} rows were unreadable",
                salvaged.Reports, salvaged.Events, salvaged.Edits, salvaged.Keys, aside, path, salvaged.Skipped);
        }
        finally
        {
            foreach (var suffix in Companions)
            {
                File.Delete(copy + suffix);
            }
        }

        return aside;
    }

    private static SalvageCounts Salvage(string damaged, string fresh)
    {
        using var writer = SqliteWriter.Open(fresh);
        using var source = new SqliteConnection(SqliteConnections.Unpooled(damaged));
        source.Open();
        var counts = new SalvageCounts();
        writer.Transact(() =>
        {
            var reports = Walk(source, "reports", SqliteSchema.ReportColumns, row =>
            {
                var report = SqliteRows.Report(row);
                writer.InsertReport(report.Sequence, report.Report.Id, report.ContentHash, report.EnteredBy, report.ReceivedAt, ReportJson.SerializeToUtf8(report.Report), report.Scopes ?? []);
            });
            var events = Walk(source, "events", SqliteSchema.EventColumns, row =>
            {
                var stored = SqliteRows.Event(row);
                writer.InsertEvent(stored.Sequence, stored.Type, stored.Key, stored.Topics, stored.Content, stored.At);
            });
            var edits = Walk(source, "entity_edits", SqliteSchema.EntityEditColumns, row =>
            {
                var edit = SqliteRows.EntityEdit(row);
                writer.InsertEntityEdit(edit.Sequence, edit.Kind, edit.Json, edit.EnteredBy, edit.At);
            });
            var keys = Walk(source, "api_keys", SqliteSchema.ApiKeyColumns, row =>
                writer.InsertApiKey(row.GetString(1), row.GetString(2), row.GetString(3), row.GetString(4), row.IsDBNull(5) ? null : row.GetString(5)));

            // Every sequence a walk went past is reserved, so rows lost with a damaged page never have theirs reused.
            writer.ReserveSequencesThrough("reports", reports.Cursor);
            writer.ReserveSequencesThrough("events", events.Cursor);
            writer.ReserveSequencesThrough("entity_edits", edits.Cursor);
            counts = new SalvageCounts(reports.Copied, events.Copied, edits.Copied, keys.Copied, reports.Skipped + events.Skipped + edits.Skipped + keys.Skipped);
        });
        return counts;
    }

    /// <summary>Copies every readable row of a table in rowid order, stepping over damaged pages.</summary>
    private static SalvageWalk Walk(SqliteConnection source, string table, string columns, Action<SqliteDataReader> copy)
    {
        var last = MaxRowid(source, table);
        using var range = Command(source, $"SELECT {columns} FROM {table} WHERE rowid > $rowid ORDER BY rowid LIMIT {Window}");
        using var point = Command(source, $"SELECT {columns} FROM {table} WHERE rowid = $rowid");
        var walk = new SalvageWalk(copy);
        var barrenWindows = 0;
        while (true)
        {
            var (rows, broken) = walk.Read(range, walk.Cursor);
            if (!broken)
            {
                if (rows == 0)
                {
                    break;
                }

                continue;
            }

            var from = walk.Cursor;
            var found = 0;
            for (var rowid = from + 1; rowid <= from + Window; rowid++)
            {
                found += walk.Read(point, rowid).Rows;
            }

            walk.Cursor = Math.Max(walk.Cursor, from + Window);
            barrenWindows = found == 0 ? barrenWindows + 1 : 0;
            if (walk.Cursor >= (last ?? long.MaxValue) || barrenWindows >= BarrenWindowsBeforeGivingUp)
            {
                break;
            }
        }

        return walk;
    }

    private static long? MaxRowid(SqliteConnection source, string table)
    {
        try
        {
            using var command = source.CreateCommand();
            command.CommandText = $"SELECT max(rowid) FROM {table}";
            return command.ExecuteScalar() is long max ? max : null;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$rowid", SqliteType.Integer);
        return command;
    }
}

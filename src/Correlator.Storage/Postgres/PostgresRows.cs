using Correlator.Domain.Reports;
using Correlator.Storage.Sqlite;
using Npgsql;

namespace Correlator.Storage.Postgres;

/// <summary>Reads rows selected with the column lists of <see cref="PostgresSchema"/>.</summary>
internal static class PostgresRows
{
    public static StoredReport Report(NpgsqlDataReader row) => new(
        row.GetInt64(0),
        ReportJson.Deserialize(row.GetString(5)),
        row.GetString(2),
        row.IsDBNull(3) ? null : row.GetString(3),
        StoredTime.Parse(row.GetString(4)),
        row.GetFieldValue<string[]>(6));

    public static StoredEvent Event(NpgsqlDataReader row) => new(
        row.GetInt64(0),
        row.GetString(1),
        row.GetString(2),
        row.GetFieldValue<string[]>(3),
        row.GetString(4),
        StoredTime.Parse(row.GetString(5)));

    public static EntityEdit EntityEdit(NpgsqlDataReader row) => new(
        row.GetInt64(0),
        row.GetString(1),
        row.GetString(2),
        row.IsDBNull(3) ? null : row.GetString(3),
        StoredTime.Parse(row.GetString(4)));
}

using Microsoft.Data.Sqlite;

namespace Correlator.Storage.Sqlite;

/// <summary>Where a salvage has got to in one table, and what it copied or had to skip.</summary>
internal sealed class SalvageWalk(Action<SqliteDataReader> copy)
{
    /// <summary>The highest rowid seen or probed so far; the walk goes on after it.</summary>
    public long Cursor { get; set; }

    public int Copied { get; private set; }

    /// <summary>Rows that could be found but not read back whole (bad JSON, bad time, rejected insert).</summary>
    public int Skipped { get; private set; }

    /// <summary>Runs the query for <paramref name="rowid"/> and copies its rows; broken when reading hit a damaged page.</summary>
    public (int Rows, bool Broken) Read(SqliteCommand query, long rowid)
    {
        query.Parameters["$rowid"].Value = rowid;
        var rows = 0;
        try
        {
            using var row = query.ExecuteReader();
            while (row.Read())
            {
                rows++;
                Cursor = Math.Max(Cursor, row.GetInt64(0));
                Take(row);
            }

            return (rows, false);
        }
        catch (SqliteException)
        {
            return (rows, true);
        }
    }

    private void Take(SqliteDataReader row)
    {
        try
        {
            copy(row);
            Copied++;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A damaged cell can still be readable text; one row lost beats a salvage given up.
            Skipped++;
        }
    }
}

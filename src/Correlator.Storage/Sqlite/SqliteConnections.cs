using Microsoft.Data.Sqlite;

namespace Correlator.Storage.Sqlite;

internal static class SqliteConnections
{
    /// <summary>Readers share a pool: WAL lets them read while the writer commits.</summary>
    public static string Reader(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = true,
    }.ToString();

    /// <summary>Unpooled, so closing it really closes the file (needed before moving a damaged file aside).</summary>
    public static string Unpooled(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
    }.ToString();

    public static void ReleasePool(string path)
    {
        using var connection = new SqliteConnection(Reader(path));
        SqliteConnection.ClearPool(connection);
    }
}

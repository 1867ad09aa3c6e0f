using Correlator.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Correlator.Storage;

/// <summary>
/// Keys in the same SQLite file as the logs, in a table of their own. Key changes are rare, so each call opens its
/// own connection rather than going through the report writer; the CLI can change keys while the server runs.
/// </summary>
public sealed class SqliteApiKeyStore(string path) : IApiKeyStore
{
    public async Task<bool> AddAsync(ApiKey key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO api_keys(name, role, hash, created_at) VALUES ($name, $role, $hash, $created)";
        command.Parameters.AddWithValue("$name", key.Name);
        command.Parameters.AddWithValue("$role", key.Role);
        command.Parameters.AddWithValue("$hash", key.Hash);
        command.Parameters.AddWithValue("$created", key.CreatedAt.ToString("O"));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> RevokeAsync(string name, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE api_keys SET revoked_at = $at WHERE name = $name AND revoked_at IS NULL";
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$at", at.ToString("O"));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, role, hash, created_at, revoked_at FROM api_keys ORDER BY name";
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<ApiKey>();
        while (await row.ReadAsync(cancellationToken))
        {
            keys.Add(new ApiKey(row.GetString(0), row.GetString(1), row.GetString(2), DateTimeOffset.Parse(row.GetString(3), System.Globalization.CultureInfo.InvariantCulture),
                row.IsDBNull(4) ? null : DateTimeOffset.Parse(row.GetString(4), System.Globalization.CultureInfo.InvariantCulture)));
        }
        return keys;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 10 }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var setup = connection.CreateCommand();
        setup.CommandText = "PRAGMA busy_timeout=5000; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; " + SqliteSchema.ApiKeys;
        await setup.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}

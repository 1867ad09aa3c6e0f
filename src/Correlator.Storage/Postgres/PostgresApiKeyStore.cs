using Npgsql;

namespace Correlator.Storage.Postgres;

/// <summary>Keys in the cluster's database, so a key added on one node works on every node.</summary>
public sealed class PostgresApiKeyStore(NpgsqlDataSource source) : IApiKeyStore
{
    /// <summary>For the command-line tool: the keys of a cluster whose nodes have created the schema.</summary>
    public static PostgresApiKeyStore Connect(string connectionString) => new(NpgsqlDataSource.Create(connectionString));

    public async Task<bool> AddAsync(ApiKey key, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "INSERT INTO api_keys(name, role, hash, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            cancellationToken, key.Name, key.Role, key.Hash, key.CreatedAt.ToUniversalTime()).ConfigureAwait(false) == 1;

    public async Task<bool> RevokeAsync(string name, DateTimeOffset at, CancellationToken cancellationToken) =>
        await ExecuteAsync("UPDATE api_keys SET revoked_at = $2 WHERE name = $1 AND revoked_at IS NULL", cancellationToken, name, at.ToUniversalTime())
            .ConfigureAwait(false) == 1;

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT name, role, hash, created_at, revoked_at FROM api_keys ORDER BY name", connection);
        await using var row = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var keys = new List<ApiKey>();
        while (await row.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(new ApiKey(row.GetString(0), row.GetString(1), row.GetString(2), row.GetFieldValue<DateTimeOffset>(3),
                row.IsDBNull(4) ? null : row.GetFieldValue<DateTimeOffset>(4)));
        }

        return keys;
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

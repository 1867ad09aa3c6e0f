using Correlator.Storage;

namespace Correlator.Server.Hosting;

/// <summary>The logs, lease and keys of the configured provider, seen through the storage boundary.</summary>
/// <param name="Lifetime">Closes the store: commits what is queued, gives up the lease.</param>
public sealed record NodeStorage(
    IReportLog Reports,
    IEventLog Events,
    IEntityLog Entities,
    ILogChanges Changes,
    ILeaderLease Lease,
    IApiKeyStore Keys,
    IAsyncDisposable Lifetime)
{
    public static async Task<NodeStorage> OpenAsync(StorageOptions storage, CorrelatorOptions options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        switch (storage.Provider)
        {
            case StorageProvider.Postgres:
                if (string.IsNullOrWhiteSpace(storage.ConnectionString))
                {
                    throw new InvalidOperationException("Storage:Provider is Postgres but Storage:ConnectionString is empty.");
                }

                var postgres = await PostgresStore.OpenAsync(
                    new PostgresStoreOptions { ConnectionString = storage.ConnectionString }, loggers.CreateLogger<PostgresStore>(), cancellationToken);
                return new NodeStorage(postgres, postgres, postgres, postgres, postgres.Lease, postgres.Keys, postgres);
            default:
                var path = options.ResolveStoragePath();
                var sqlite = await SqliteStore.OpenAsync(new SqliteStoreOptions { Path = path }, loggers.CreateLogger<SqliteStore>(), cancellationToken);
                return new NodeStorage(sqlite, sqlite, sqlite, sqlite, new SingleNodeLease(), new SqliteApiKeyStore(path), sqlite);
        }
    }
}

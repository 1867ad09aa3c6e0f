using Correlator.Storage.Tests.Contract;
using Correlator.Tests.Postgres;
using Microsoft.Extensions.Logging.Abstractions;

namespace Correlator.Storage.Tests.Postgres;

/// <summary>A fresh database per test; each opened store takes the leader lease, since only the leader writes events.</summary>
public sealed class PostgresStoreFactory : IStoreFactory
{
    private string? connectionString;

    public async Task<string> ConnectionStringAsync() =>
        connectionString ??= await (await ThrowawayPostgres.InstanceAsync()).CreateDatabaseAsync();

    public async Task<PostgresStore> OpenStoreAsync() =>
        await PostgresStore.OpenAsync(new PostgresStoreOptions { ConnectionString = await ConnectionStringAsync() }, NullLogger<PostgresStore>.Instance, CancellationToken.None);

    public async Task<StoreUnderTest> OpenAsync()
    {
        var store = await OpenStoreAsync();
        (await store.Lease.TryAcquireAsync(CancellationToken.None)).ShouldBeTrue();
        return new StoreUnderTest(store, store, store, () => store.Transactions, store);
    }

    public async ValueTask DisposeAsync()
    {
        if (connectionString is not null)
        {
            await (await ThrowawayPostgres.InstanceAsync()).DropDatabaseAsync(connectionString);
        }
    }
}

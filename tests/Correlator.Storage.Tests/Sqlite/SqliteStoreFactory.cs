using Correlator.Storage.Tests.Contract;
using Microsoft.Extensions.Logging.Abstractions;

namespace Correlator.Storage.Tests.Sqlite;

public sealed class SqliteStoreFactory : IStoreFactory
{
    private readonly TempFolder folder = new();

    public string Path => folder.File("store.db");

    public async Task<StoreUnderTest> OpenAsync()
    {
        var store = await SqliteStore.OpenAsync(new SqliteStoreOptions { Path = Path }, NullLogger<SqliteStore>.Instance, CancellationToken.None);
        return new StoreUnderTest(store, store, store, () => store.Transactions, store);
    }

    public ValueTask DisposeAsync()
    {
        folder.Dispose();
        return ValueTask.CompletedTask;
    }
}

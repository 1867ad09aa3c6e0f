namespace Correlator.Storage.Tests.Contract;

/// <summary>One open instance of a storage implementation, seen through the storage boundary.</summary>
/// <param name="Transactions">Transactions committed since this instance opened, to show group commit.</param>
public sealed record StoreUnderTest(IReportLog Reports, IEventLog Events, IEntityLog Entities, Func<long> Transactions, IAsyncDisposable Lifetime)
    : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Lifetime.DisposeAsync();
}

namespace Correlator.Storage.Tests.Contract;

/// <summary>Stands for one empty storage (a file, a database); disposing it removes that storage.</summary>
public interface IStoreFactory : IAsyncDisposable
{
    /// <summary>Opens the storage; called again after a dispose, it must find everything stored before.</summary>
    Task<StoreUnderTest> OpenAsync();
}

namespace Correlator.Storage;

/// <summary>A SQLite file has one server, which therefore always leads.</summary>
public sealed class SingleNodeLease : ILeaderLease
{
    public bool IsHeld => true;

    public Task<bool> TryAcquireAsync(CancellationToken cancellationToken) => Task.FromResult(true);
}

namespace Correlator.Storage;

/// <summary>
/// Which node writes the event log. Every node follows the report log into its own grains, but only the holder of
/// the lease turns grain updates into events, so every node's dashboards see the same events with the same numbers.
/// An implementation must make an event append fail once the lease is lost (a stale leader must not write).
/// </summary>
public interface ILeaderLease
{
    bool IsHeld { get; }

    /// <summary>Tries to take the lease; true when this node holds it afterwards.</summary>
    Task<bool> TryAcquireAsync(CancellationToken cancellationToken);
}

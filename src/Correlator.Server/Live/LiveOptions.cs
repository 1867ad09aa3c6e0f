namespace Correlator.Server.Live;

/// <summary>Bound from the "Correlator:Live" section of appsettings.json.</summary>
public sealed record LiveOptions
{
    /// <summary>
    /// Subscribers on this node above which live events are held and written to each connection once per
    /// <see cref="CoalesceWindow"/>: below it every event is written at once; above it, one write per event per
    /// connection costs more CPU than the node has (SignalR's send path, paid per write).
    /// </summary>
    public int CoalesceAbove { get; init; } = 2000;

    /// <summary>How long events are held when coalescing; the fan-out goal allows delivery within a second.</summary>
    public TimeSpan CoalesceWindow { get; init; } = TimeSpan.FromMilliseconds(250);
}

namespace Correlator.Server.Ingest;

/// <summary>The collector's counts at one moment, so that a slow post or round can tell whether collections fell inside it.</summary>
public readonly record struct GcMark(int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static GcMark Now() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    /// <summary>What happened between <paramref name="earlier"/> and this mark.</summary>
    public GcMark Since(GcMark earlier) =>
        new(Gen0 - earlier.Gen0, Gen1 - earlier.Gen1, Gen2 - earlier.Gen2, Paused - earlier.Paused);
}

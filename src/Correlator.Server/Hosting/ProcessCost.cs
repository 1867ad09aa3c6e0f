namespace Correlator.Server.Hosting;

/// <summary>
/// What the process has spent so far: CPU, bytes allocated, garbage collection pauses and collections (all of them,
/// those of gen1 and above, and the full ones). Taken before and after a phase (a restart's rebuild, a slow post), it
/// tells that phase's cost, which compares across runs on a busy machine where elapsed time does not.
/// </summary>
public readonly record struct ProcessCost(TimeSpan Cpu, long Allocated, TimeSpan Paused, int Collections, int Gen1Collections, int FullCollections)
{
    public static ProcessCost Now() => new(
        Environment.CpuUsage.TotalTime,
        GC.GetTotalAllocatedBytes(),
        GC.GetTotalPauseDuration(),
        GC.CollectionCount(0),
        GC.CollectionCount(1),
        GC.CollectionCount(GC.MaxGeneration));

    public ProcessCost Since(ProcessCost start) => new(
        Cpu - start.Cpu,
        Allocated - start.Allocated,
        Paused - start.Paused,
        Collections - start.Collections,
        Gen1Collections - start.Gen1Collections,
        FullCollections - start.FullCollections);
}

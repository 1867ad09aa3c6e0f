namespace Correlator.Server.Hosting;

/// <summary>
/// What the process has spent so far: CPU, bytes allocated, garbage collection pauses and collections. Taken before
/// and after a phase, it tells that phase's cost, which compares across runs on a busy machine where elapsed time does not.
/// </summary>
public readonly record struct ProcessCost(TimeSpan Cpu, long Allocated, TimeSpan Paused, int Collections, int FullCollections)
{
    public static ProcessCost Now() => new(
        Environment.CpuUsage.TotalTime,
        GC.GetTotalAllocatedBytes(),
        GC.GetTotalPauseDuration(),
        GC.CollectionCount(0),
        GC.CollectionCount(GC.MaxGeneration));

    public ProcessCost Since(ProcessCost start) => new(
        Cpu - start.Cpu,
        Allocated - start.Allocated,
        Paused - start.Paused,
        Collections - start.Collections,
        FullCollections - start.FullCollections);
}

using Correlator.Benchmarks.Workload;

namespace Correlator.Benchmarks.Harness;

/// <summary>What every scenario gets: how long it may take, where figures go, and the names to generate reports with.</summary>
public sealed record BenchContext(bool Quick, BenchReport Report, WorkloadNames Names, int? LogReports = null)
{
    /// <summary>Reports in the log the replay and memory scenarios build: a million, fewer under --quick, or --reports N.</summary>
    public int LogSize => LogReports ?? Pick(1_000_000, 40_000);

    /// <summary>Full length, or the quick one (about a third to a tenth) under --quick.</summary>
    public T Pick<T>(T full, T quick) => Quick ? quick : full;

    public static TimeSpan ServerStart { get; } = TimeSpan.FromSeconds(60);
}

namespace Correlator.Benchmarks.Load;

/// <summary>What a load run achieved: reports acknowledged (201) per second over the measured window.</summary>
public sealed record LoadResult(long Posts, long Reports, long Failures, TimeSpan Elapsed, string? FirstFailure)
{
    public double ReportsPerSecond => Reports / Elapsed.TotalSeconds;
}

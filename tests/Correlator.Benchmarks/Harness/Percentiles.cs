namespace Correlator.Benchmarks.Harness;

/// <summary>Nearest-rank percentiles of a set of samples.</summary>
public sealed class Percentiles
{
    private readonly double[] sorted;

    public Percentiles(IEnumerable<double> samples)
    {
        sorted = samples.ToArray();
        Array.Sort(sorted);
    }

    public int Count => sorted.Length;

    public double Max => sorted.Length == 0 ? double.NaN : sorted[^1];

    public double At(double percentile)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

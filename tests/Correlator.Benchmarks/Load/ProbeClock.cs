using System.Diagnostics;

namespace Correlator.Benchmarks.Load;

/// <summary>When each probe was posted (Stopwatch timestamps by probe number), shared by every subscriber of a run.</summary>
public sealed class ProbeClock(int capacity)
{
    private readonly long[] sentAt = new long[capacity];

    public void Sent(int probe) => Volatile.Write(ref sentAt[probe % sentAt.Length], Stopwatch.GetTimestamp());

    /// <summary>Milliseconds from posting to <paramref name="receivedAt"/>; NaN when the probe is not of this run.</summary>
    public double LatencyMs(int probe, long receivedAt)
    {
        var sent = Volatile.Read(ref sentAt[probe % sentAt.Length]);
        return sent == 0 ? double.NaN : Stopwatch.GetElapsedTime(sent, receivedAt).TotalMilliseconds;
    }
}

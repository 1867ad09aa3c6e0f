namespace Correlator.Runtime.Tests.Grains;

/// <summary>An asynchronous grain that records the order of its messages and whether two ever overlapped.</summary>
public sealed class TurnProbeGrain : IGrain
{
    private readonly List<int> served = [];
    private int inside;

    public int MostInsideAtOnce { get; private set; }

    public async Task<int> ServeAsync(int message, Func<Task> pause)
    {
        var now = Interlocked.Increment(ref inside);
        MostInsideAtOnce = Math.Max(MostInsideAtOnce, now);
        await pause();
        served.Add(message);
        Interlocked.Decrement(ref inside);
        return message;
    }

    public IReadOnlyList<int> Snapshot() => [.. served];

    /// <summary>Blocks its thread until another grain reaches the same barrier: only possible if both run at once.</summary>
    public bool MeetAt(Barrier barrier) => barrier.SignalAndWait(TestGrains.Patience);
}

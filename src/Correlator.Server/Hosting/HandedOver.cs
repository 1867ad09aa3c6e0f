namespace Correlator.Server.Hosting;

/// <summary>
/// Entries of a log this node has just appended, handed over by the store and held by sequence until the follower of
/// that log takes them, so it need not read back and parse what was written. Bounded: once full, further entries are
/// left to the log, which the follower reads whenever the next sequence is not held here.
/// </summary>
public class HandedOver<T>(Func<T, long> sequenceOf)
{
    public const int Capacity = 20_000;

    private readonly Lock gate = new();
    private readonly Dictionary<long, T> bySequence = [];

    public void Add(IReadOnlyList<T> appended)
    {
        lock (gate)
        {
            foreach (var entry in appended)
            {
                if (bySequence.Count >= Capacity)
                {
                    return;
                }
                bySequence.TryAdd(sequenceOf(entry), entry);
            }
        }
    }

    /// <summary>
    /// Takes the unbroken run of entries right after <paramref name="after"/> (at most <paramref name="max"/>); empty when
    /// the next sequence is not held (appended by another node, dropped when full, or never used).
    /// </summary>
    public List<T> TakeAfter(long after, int max)
    {
        var run = new List<T>();
        lock (gate)
        {
            while (run.Count < max && bySequence.Remove(after + run.Count + 1, out var entry))
            {
                run.Add(entry);
            }
            // One handed over just after a poll read it from the log would otherwise stay for good.
            ForgetThroughLocked(after);
        }
        return run;
    }

    /// <summary>Drops every entry up to <paramref name="through"/>: they were taken from the log.</summary>
    public void ForgetThrough(long through)
    {
        lock (gate)
        {
            ForgetThroughLocked(through);
        }
    }

    private void ForgetThroughLocked(long through)
    {
        if (bySequence.Count == 0)
        {
            return;
        }
        foreach (var sequence in bySequence.Keys.Where(s => s <= through).ToList())
        {
            bySequence.Remove(sequence);
        }
    }
}

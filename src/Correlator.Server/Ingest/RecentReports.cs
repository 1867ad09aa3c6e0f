using Correlator.Storage;

namespace Correlator.Server.Ingest;

/// <summary>
/// The reports this node has just appended, held by sequence until the reconciler applies them, so a round takes
/// them as they were written instead of reading them back and parsing them. Bounded: once full, further reports are
/// left to the log, which the reconciler reads whenever the next sequence is not held here.
/// </summary>
public sealed class RecentReports
{
    public const int Capacity = 20_000;

    private readonly Lock gate = new();
    private readonly Dictionary<long, StoredReport> bySequence = [];

    public void Add(IReadOnlyList<StoredReport> appended)
    {
        lock (gate)
        {
            foreach (var stored in appended)
            {
                if (bySequence.Count >= Capacity)
                {
                    return;
                }
                bySequence.TryAdd(stored.Sequence, stored);
            }
        }
    }

    /// <summary>
    /// Takes the unbroken run of reports right after <paramref name="after"/> (at most <paramref name="max"/>); empty when
    /// the next sequence is not held (appended by another node, dropped when full, or never used).
    /// </summary>
    public List<StoredReport> TakeAfter(long after, int max)
    {
        var run = new List<StoredReport>();
        lock (gate)
        {
            while (run.Count < max && bySequence.Remove(after + run.Count + 1, out var stored))
            {
                run.Add(stored);
            }
            // One handed over just after a poll read it from the log would otherwise stay for good.
            ForgetThroughLocked(after);
        }
        return run;
    }

    /// <summary>Drops every report up to <paramref name="through"/>: they were applied from the log.</summary>
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

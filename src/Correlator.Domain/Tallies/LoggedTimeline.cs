namespace Correlator.Domain.Tallies;

/// <summary>
/// The logged incidents of a region in time order with running totals, so that "how many in this window" is two
/// binary searches rather than a scan. Kept up to date in place as attacks are added, changed or merged away.
/// </summary>
public sealed class LoggedTimeline
{
    // Plain arrays of numbers with room to grow: a region grain updates its timeline after every ingest round, and
    // rebuilding it over the whole history each time allocated arrays the size of the history (on the large object
    // heap once past a few thousand attacks). Attacks mostly arrive in time order, so an insertion shifts little.
    private long[] ticks = [];
    private int[] claims = [0];
    private int[] killed = [0];
    private int[] injured = [0];

    public int Count { get; private set; }

    public void Add(LoggedIncident incident)
    {
        if (Count == ticks.Length)
        {
            Grow();
        }
        // After any incident at the same instant: a window takes all of them or none, so their order does not matter.
        var at = LowerBound(incident.UtcTicks + 1);
        Array.Copy(ticks, at, ticks, at + 1, Count - at);
        ticks[at] = incident.UtcTicks;
        Shift(claims, at, Count, incident.Claimed ? 1 : 0);
        Shift(killed, at, Count, incident.Killed);
        Shift(injured, at, Count, incident.Injured);
        Count++;
    }

    /// <summary>Takes out one incident equal to <paramref name="incident"/>; false when there is none.</summary>
    public bool Remove(LoggedIncident incident)
    {
        for (var at = LowerBound(incident.UtcTicks); at < Count && ticks[at] == incident.UtcTicks; at++)
        {
            if (At(at) != incident)
            {
                continue;
            }
            Array.Copy(ticks, at + 1, ticks, at, Count - at - 1);
            Unshift(claims, at, Count, incident.Claimed ? 1 : 0);
            Unshift(killed, at, Count, incident.Killed);
            Unshift(injured, at, Count, incident.Injured);
            Count--;
            return true;
        }
        return false;
    }

    /// <summary>Counts in [from, end); a null start means since the beginning.</summary>
    public LoggedCounts Between(DateTimeOffset? from, DateTimeOffset end)
    {
        var first = from is null ? 0 : LowerBound(from.Value.UtcTicks);
        var last = Math.Max(first, LowerBound(end.UtcTicks));
        return new LoggedCounts(last - first, claims[last] - claims[first], killed[last] - killed[first], injured[last] - injured[first]);
    }

    private LoggedIncident At(int at) =>
        new(ticks[at], claims[at + 1] - claims[at] == 1, killed[at + 1] - killed[at], injured[at + 1] - injured[at]);

    private void Grow()
    {
        var capacity = Math.Max(16, ticks.Length * 2);
        Array.Resize(ref ticks, capacity);
        Array.Resize(ref claims, capacity + 1);
        Array.Resize(ref killed, capacity + 1);
        Array.Resize(ref injured, capacity + 1);
    }

    // Running totals: entry k is the sum of the first k incidents. Inserting at position at moves every later total
    // one place on and adds the new incident's figure to it.
    private static void Shift(int[] totals, int at, int count, int figure)
    {
        for (var k = count + 1; k > at + 1; k--)
        {
            totals[k] = totals[k - 1] + figure;
        }
        totals[at + 1] = totals[at] + figure;
    }

    private static void Unshift(int[] totals, int at, int count, int figure)
    {
        for (var k = at + 1; k < count; k++)
        {
            totals[k] = totals[k + 1] - figure;
        }
    }

    private int LowerBound(long utc)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (ticks[mid] < utc)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}

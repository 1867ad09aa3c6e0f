using Correlator.Domain.Reconciliation;

namespace Correlator.Domain.Tallies;

/// <summary>
/// The logged incidents of a region in time order with running totals, so that "how many in this window" is two
/// binary searches rather than a scan.
/// </summary>
public sealed class LoggedTimeline
{
    // Plain arrays of numbers: a region grain rebuilds its timeline after every ingest round, over its whole history.
    private readonly long[] ticks;
    private readonly int[] claims;
    private readonly int[] killed;
    private readonly int[] injured;

    private LoggedTimeline(long[] ticks, int[] claims, int[] killed, int[] injured)
    {
        this.ticks = ticks;
        this.claims = claims;
        this.killed = killed;
        this.injured = injured;
    }

    public int Count => ticks.Length;

    public static LoggedTimeline Of(IEnumerable<Incident> incidents) =>
        Of(incidents.Where(i => i.IsAttack).Select(LoggedIncident.Of));

    /// <summary>The timeline of attacks already summarised, in any order.</summary>
    public static LoggedTimeline Of(IEnumerable<LoggedIncident> incidents)
    {
        var ordered = incidents.ToArray();
        var ticks = new long[ordered.Length];
        for (var k = 0; k < ordered.Length; k++)
        {
            ticks[k] = ordered[k].UtcTicks;
        }
        // Order among incidents at the same instant does not matter: a window takes all of them or none.
        Array.Sort(ticks, ordered);
        var (claims, killed, injured) = (new int[ordered.Length + 1], new int[ordered.Length + 1], new int[ordered.Length + 1]);
        for (var k = 0; k < ordered.Length; k++)
        {
            var incident = ordered[k];
            claims[k + 1] = claims[k] + (incident.Claimed ? 1 : 0);
            killed[k + 1] = killed[k] + incident.Killed;
            injured[k + 1] = injured[k] + incident.Injured;
        }
        return new LoggedTimeline(ticks, claims, killed, injured);
    }

    /// <summary>Counts in [from, end); a null start means since the beginning.</summary>
    public LoggedCounts Between(DateTimeOffset? from, DateTimeOffset end)
    {
        var first = from is null ? 0 : LowerBound(from.Value);
        var last = Math.Max(first, LowerBound(end));
        return new LoggedCounts(last - first, claims[last] - claims[first], killed[last] - killed[first], injured[last] - injured[first]);
    }

    private int LowerBound(DateTimeOffset instant)
    {
        var utc = instant.UtcTicks;
        int lo = 0, hi = ticks.Length;
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

using Correlator.Domain.Reconciliation;

namespace Correlator.Domain.Tallies;

/// <summary>
/// The logged incidents of a region in time order with running totals, so that "how many in this window" is two
/// binary searches rather than a scan.
/// </summary>
public sealed class LoggedTimeline
{
    private readonly DateTimeOffset[] times;
    private readonly LoggedCounts[] running;

    private LoggedTimeline(DateTimeOffset[] times, LoggedCounts[] running)
    {
        this.times = times;
        this.running = running;
    }

    public int Count => times.Length;

    public static LoggedTimeline Of(IEnumerable<Incident> incidents)
    {
        var ordered = incidents.Where(i => i.IsAttack)
            .Select(i => (At: i.Anchor.OccurredAt!.Value, Incident: i))
            .OrderBy(x => x.At).ToArray();
        var running = new LoggedCounts[ordered.Length + 1];
        running[0] = new LoggedCounts(0, 0, 0, 0);
        for (var k = 0; k < ordered.Length; k++)
        {
            var incident = ordered[k].Incident;
            var before = running[k];
            running[k + 1] = new LoggedCounts(
                before.Incidents + 1,
                before.Claims + (incident.Claimed ? 1 : 0),
                before.Killed + Lowest(incident, c => c.Killed),
                before.Injured + Lowest(incident, c => c.Injured));
        }
        return new LoggedTimeline(ordered.Select(x => x.At).ToArray(), running);
    }

    /// <summary>Counts in [from, end); a null start means since the beginning.</summary>
    public LoggedCounts Between(DateTimeOffset? from, DateTimeOffset end)
    {
        var first = from is null ? 0 : LowerBound(from.Value);
        var last = LowerBound(end);
        var a = running[first];
        var b = running[Math.Max(first, last)];
        return new LoggedCounts(b.Incidents - a.Incidents, b.Claims - a.Claims, b.Killed - a.Killed, b.Injured - a.Injured);
    }

    // An incident's casualties are the largest figure that every account allows: the highest lower bound given.
    private static int Lowest(Incident incident, Func<Reports.Casualties, int?> figure) =>
        incident.Reports.Where(r => r.Casualties is not null)
            .Select(r => figure(r.Casualties!) is { } v ? Bounds.Of(v, r.Casualties!.Qualifier).Low : 0)
            .DefaultIfEmpty(0).Max();

    private int LowerBound(DateTimeOffset instant)
    {
        int lo = 0, hi = times.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (times[mid] < instant)
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

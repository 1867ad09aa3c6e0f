using Correlator.Domain.Reconciliation;

namespace Correlator.Domain.Tallies;

/// <summary>What a tally is compared with, for one logged attack: when it happened, whether it was claimed, its casualties.</summary>
public readonly record struct LoggedIncident(long UtcTicks, bool Claimed, int Killed, int Injured)
{
    public static LoggedIncident Of(Incident incident) => new(
        incident.Anchor.OccurredAt!.Value.UtcTicks,
        incident.Claimed,
        Lowest(incident, c => c.Killed),
        Lowest(incident, c => c.Injured));

    // An incident's casualties are the largest figure that every account allows: the highest lower bound given.
    private static int Lowest(Incident incident, Func<Reports.Casualties, int?> figure) =>
        incident.Reports.Where(r => r.Casualties is not null)
            .Select(r => figure(r.Casualties!) is { } v ? Bounds.Of(v, r.Casualties!.Qualifier).Low : 0)
            .DefaultIfEmpty(0).Max();
}

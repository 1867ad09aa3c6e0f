using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;

namespace Correlator.Domain.Tallies;

/// <summary>What a tally is compared with, for one logged attack: when it happened, whether it was claimed, its casualties.</summary>
public readonly record struct LoggedIncident(long UtcTicks, bool Claimed, int Killed, int Injured)
{
    /// <summary>The summary of one incident from its reports, in any order (the same as from the incident itself).</summary>
    public static LoggedIncident Of(IReadOnlyList<Report> reports) => new(
        Incident.AnchorOf(reports).OccurredAt!.Value.UtcTicks,
        reports.Any(r => r.Kind == ReportKind.Claim),
        Lowest(reports, c => c.Killed),
        Lowest(reports, c => c.Injured));

    // An incident's casualties are the largest figure that every account allows: the highest lower bound given.
    private static int Lowest(IReadOnlyList<Report> reports, Func<Casualties, int?> figure) =>
        reports.Where(r => r.Casualties is not null)
            .Select(r => figure(r.Casualties!) is { } v ? Bounds.Of(v, r.Casualties!.Qualifier).Low : 0)
            .DefaultIfEmpty(0).Max();
}

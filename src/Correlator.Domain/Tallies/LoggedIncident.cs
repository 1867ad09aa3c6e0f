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

    // An incident's casualties are a floor every account allows: the highest lower bound given, but no more than the
    // lowest ceiling, so that a figure another account contradicts (flagged on the incident) is not logged as fact.
    private static int Lowest(IReadOnlyList<Report> reports, Func<Casualties, int?> figure)
    {
        var low = 0;
        int? ceiling = null;
        foreach (var report in reports)
        {
            if (report.Casualties is { } casualties && figure(casualties) is { } value)
            {
                var bounds = Bounds.Of(value, casualties.Qualifier);
                low = Math.Max(low, bounds.Low);
                ceiling = bounds.High is { } high ? Math.Min(ceiling ?? high, high) : ceiling;
            }
        }
        return Math.Min(low, ceiling ?? low);
    }
}

using Correlator.Domain.Reports;

namespace Correlator.Domain.Reconciliation;

/// <summary>
/// One attack as the reports about it tell it: the claim, the official statement and the media reports that match
/// in base, time and weapon. Reports are kept in a fixed order (by id) so the incident is the same whatever the
/// order they arrived in.
/// </summary>
public sealed record Incident(string Id, string Base, TimeWindow Window, IReadOnlyList<Report> Reports)
{
    public IEnumerable<Report> Claims => Reports.Where(r => r.Kind == ReportKind.Claim);

    public IEnumerable<Report> Officials => Reports.Where(r => r.Kind == ReportKind.OfficialIncident);

    public IEnumerable<Report> MediaReports => Reports.Where(r => r.Kind == ReportKind.MediaReport);

    public bool Claimed => Claims.Any();

    /// <summary>An official statement of the attack, or an official naming who carried it out: either says it happened.</summary>
    public bool Confirmed => Reports.Any(r =>
        r.Kind == ReportKind.OfficialIncident || r.Kind == ReportKind.Attribution && r.Source.Type == SourceType.Official);

    public bool MediaReported => MediaReports.Any();

    /// <summary>An incident made only of attributions is an accusation, not a known attack.</summary>
    public bool IsAttack => TellOfAttack(Reports);

    public IReadOnlyList<Weapon> Weapons =>
        Reports.Select(r => r.Weapon ?? Weapon.Unknown).Where(w => w != Weapon.Unknown).Distinct().Order().ToList();

    public IReadOnlyList<string> Groups =>
        Reports.Select(r => r.Group).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>When the attack most likely happened: the most precise report's time, earliest id breaking ties.</summary>
    public Report Anchor => AnchorOf(Reports);

    /// <summary>Whether reports of one incident, in any order, tell of an attack (<see cref="IsAttack"/>).</summary>
    public static bool TellOfAttack(IReadOnlyList<Report> reports) => reports.Any(r => r.Kind != ReportKind.Attribution);

    /// <summary>The <see cref="Anchor"/> of reports of one incident, in any order.</summary>
    public static Report AnchorOf(IReadOnlyList<Report> reports)
    {
        // One pass rather than a sort: read for every incident of a region each time its tallies are compared.
        var anchor = reports[0];
        foreach (var report in reports)
        {
            if (report.TimePrecision < anchor.TimePrecision
                || report.TimePrecision == anchor.TimePrecision && string.CompareOrdinal(report.Id, anchor.Id) < 0)
            {
                anchor = report;
            }
        }
        return anchor;
    }
}

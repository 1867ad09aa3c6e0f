using Correlator.Domain.Reports;

namespace Correlator.Domain.Reconciliation;

/// <summary>Which camp a report speaks for.</summary>
public static class CampOf
{
    /// <summary>The camp of a report that tells of one attack at one base, or null when the report is not of that sort.</summary>
    public static Camp? Report(Report report) => report.Kind switch
    {
        ReportKind.Claim => Camp.Claimant,
        ReportKind.OfficialIncident => Camp.Official,
        ReportKind.MediaReport => Camp.Media,
        ReportKind.Attribution => Camp.Attributor,
        _ => null,
    };
}

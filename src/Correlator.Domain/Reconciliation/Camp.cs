using Correlator.Domain.Reports;

namespace Correlator.Domain.Reconciliation;

/// <summary>Which side an account of an attack comes from; accounts from different camps are what we compare.</summary>
public enum Camp
{
    Claimant,
    Official,
    Media,
    Attributor,
}

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

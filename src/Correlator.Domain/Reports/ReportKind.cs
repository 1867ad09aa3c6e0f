namespace Correlator.Domain.Reports;

/// <summary>What a report says, in the analysts' own categories.</summary>
public enum ReportKind
{
    Claim,
    OfficialIncident,
    OfficialTally,
    MediaReport,
    MediaTally,
    Attribution,
    Threat,
    CounterStrike,
}

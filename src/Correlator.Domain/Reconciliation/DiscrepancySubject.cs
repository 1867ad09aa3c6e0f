using Correlator.Domain.Reports;

namespace Correlator.Domain.Reconciliation;

/// <summary>What a discrepancy is about: an incident at a base, a group, or a region's tally series.</summary>
public sealed record DiscrepancySubject(
    string? Base = null,
    IReadOnlyList<string>? Groups = null,
    Region? Region = null,
    string? Incident = null,
    TallyMetric? Metric = null);

namespace Correlator.Grains.Bases;

/// <summary>A base at a glance: what the map marker shows.</summary>
public sealed record BaseSummary(string Id, int Incidents, int Claimed, int Confirmed, int MediaReported, int OpenDiscrepancies);

namespace Correlator.Domain.Reports;

/// <summary>Casualties one report gives for one attack; null means the report does not say.</summary>
public sealed record Casualties(int? Killed = null, int? Injured = null, Qualifier Qualifier = Qualifier.Exact);

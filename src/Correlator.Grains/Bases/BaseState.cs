using Correlator.Domain.Reconciliation;

namespace Correlator.Grains.Bases;

/// <summary>Everything known about one base, incidents in time order.</summary>
public sealed record BaseState(string Id, IReadOnlyList<Incident> Incidents, IReadOnlyList<Discrepancy> Discrepancies);

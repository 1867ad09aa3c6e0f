using Correlator.Domain.Reconciliation;
using Correlator.Domain.Tallies;

namespace Correlator.Grains.Regions;

public sealed record RegionState(string Id, IReadOnlyList<TallySeries> Series, IReadOnlyList<Discrepancy> Discrepancies);

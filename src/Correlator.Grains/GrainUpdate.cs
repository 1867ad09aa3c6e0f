using Correlator.Domain.Reconciliation;
using Correlator.Domain.Tallies;

namespace Correlator.Grains;

/// <summary>
/// What a grain's state now says after a batch of reports. <see cref="IsFull"/> means the list is the grain's whole
/// current set (after an activation), so anything published earlier for <see cref="Scope"/> and missing here is resolved.
/// </summary>
public sealed record GrainUpdate(
    string Scope,
    bool IsFull,
    IReadOnlyList<Discrepancy> Discrepancies,
    IReadOnlyList<string> Removed,
    IReadOnlyList<TallySeries> Tallies);

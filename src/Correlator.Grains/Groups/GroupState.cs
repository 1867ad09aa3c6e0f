using Correlator.Domain.Reports;

namespace Correlator.Grains.Groups;

/// <summary>An armed group's record: what it claimed, where, and what officials attributed to it.</summary>
public sealed record GroupState(
    string Id,
    IReadOnlyList<Report> Claims,
    IReadOnlyDictionary<string, int> ClaimsByBase,
    IReadOnlyList<Report> Attributions,
    IReadOnlyList<Report> Other);

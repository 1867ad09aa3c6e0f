namespace Correlator.Domain.Entities;

/// <summary>
/// An armed group. <see cref="Fronts"/> are names it is publicly said to claim under; <see cref="Umbrella"/> is the
/// id of the coalition it claims within; <see cref="Leaders"/> are leaders and spokesmen, evidence for attribution.
/// </summary>
public sealed record GroupEntity(
    string Id,
    string Name,
    string NameAr,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Fronts,
    string? Umbrella,
    IReadOnlyList<string> Leaders,
    string? Note = null);

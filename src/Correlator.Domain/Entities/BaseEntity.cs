using Correlator.Domain.Reports;

namespace Correlator.Domain.Entities;

/// <summary>A base (or embassy, oil field, outpost) that groups claim to strike. Coordinates are approximate and public.</summary>
public sealed record BaseEntity(
    string Id,
    string Name,
    string NameAr,
    IReadOnlyList<string> Aliases,
    Region Country,
    double Latitude,
    double Longitude,
    string? Note = null);

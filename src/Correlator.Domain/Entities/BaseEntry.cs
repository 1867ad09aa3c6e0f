using Correlator.Domain.Reports;

namespace Correlator.Domain.Entities;

/// <summary>A base as written in the gazetteer JSON.</summary>
internal sealed record BaseEntry(
    string? Id,
    string? Name,
    string? NameAr,
    IReadOnlyList<string>? Aliases,
    Region? Country,
    double? Latitude,
    double? Longitude,
    string? Note);

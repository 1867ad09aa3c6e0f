namespace Correlator.Domain.Entities;

/// <summary>A group as written in the gazetteer JSON.</summary>
internal sealed record GroupEntry(
    string? Id,
    string? Name,
    string? NameAr,
    IReadOnlyList<string>? Aliases,
    IReadOnlyList<string>? Fronts,
    string? Umbrella,
    IReadOnlyList<string>? Leaders,
    string? Note);

namespace Correlator.Domain.Reports;

/// <summary>
/// One statement about attacks on bases, as a source made it. Reports are immutable: a correction is a new
/// report, so every revision stays in the log. <see cref="Base"/> and <see cref="Group"/> hold gazetteer ids
/// once the report has been accepted.
/// </summary>
public sealed record Report
{
    public required string Id { get; init; }
    public required ReportKind Kind { get; init; }
    public required Source Source { get; init; }
    public DateTimeOffset? OccurredAt { get; init; }
    public TimePrecision TimePrecision { get; init; } = TimePrecision.Day;
    public string? Base { get; init; }
    public string? Group { get; init; }
    public Region? Region { get; init; }
    public Weapon? Weapon { get; init; }
    public int? WeaponCount { get; init; }
    public Outcome? Outcome { get; init; }
    public Casualties? Casualties { get; init; }
    public Tally? Tally { get; init; }
    public string? Quote { get; init; }
    public string? Language { get; init; }
    public string? Article { get; init; }
    public string? Note { get; init; }
    public Provenance? Extracted { get; init; }
}

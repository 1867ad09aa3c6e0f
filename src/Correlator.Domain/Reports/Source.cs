namespace Correlator.Domain.Reports;

/// <summary>Who published a report, and when.</summary>
public sealed record Source(string Name, SourceType Type, string? Url = null, DateTimeOffset? PublishedAt = null);

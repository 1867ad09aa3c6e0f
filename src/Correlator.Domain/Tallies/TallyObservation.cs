using System.Text.Json.Serialization;
using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;

namespace Correlator.Domain.Tallies;

/// <summary>One aggregate figure as a source stated it, with the range of true values its hedge allows.</summary>
public sealed record TallyObservation(
    string ReportId,
    ReportKind Kind,
    TallyMetric Metric,
    Source Source,
    int Value,
    Qualifier Qualifier,
    int Low,
    int? High,
    DateTimeOffset? From,
    DateTimeOffset To,
    CountingRule CountingRule,
    string? Quote,
    string? Language)
{
    /// <summary>How far apart two window starts may be and still be "the same start" ("mid-October" against 17 October).</summary>
    public static readonly TimeSpan StartSlack = TimeSpan.FromDays(3);

    [JsonIgnore]
    public bool IsOfficial => Kind == ReportKind.OfficialTally;

    [JsonIgnore]
    public Bounds Bounds => new(Low, High);

    [JsonIgnore]
    public int Point => Bounds.PointOf(Value, Qualifier);

    /// <summary>The as-of date counts whole: a figure "as of 14 November" includes that day.</summary>
    [JsonIgnore]
    public DateTimeOffset End => To.AddDays(1);

    public bool Counts(DateTimeOffset instant) => (From is null || instant >= From.Value) && instant < End;

    /// <summary>True when this window holds the other one, so this count can be no smaller than the other's.</summary>
    public bool Covers(TallyObservation other) =>
        (From is null || (other.From is { } start && From.Value <= start + StartSlack)) && End >= other.End;

    public static TallyObservation Of(Report report)
    {
        var tally = report.Tally ?? throw new ArgumentException("The report carries no tally.", nameof(report));
        var bounds = Bounds.Of(tally.Value, tally.Qualifier);
        return new(report.Id, report.Kind, tally.Metric, report.Source, tally.Value, tally.Qualifier, bounds.Low, bounds.High,
            tally.From, tally.To, tally.CountingRule, report.Quote, report.Language);
    }
}

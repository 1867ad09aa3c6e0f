namespace Correlator.Domain.Reports;

/// <summary>
/// An aggregate figure as one source stated it: a value with its hedge, over a window ending at an as-of date,
/// in a scope, under a counting rule. An observation, not the truth.
/// </summary>
public sealed record Tally(
    TallyMetric Metric,
    int Value,
    Qualifier Qualifier,
    DateTimeOffset? From,
    DateTimeOffset To,
    Region Region,
    CountingRule CountingRule = CountingRule.AllAttacks);

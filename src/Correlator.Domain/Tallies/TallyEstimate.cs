namespace Correlator.Domain.Tallies;

/// <summary>The reconciled range of a series as of its latest figure; <see cref="High"/> null means unbounded.</summary>
public sealed record TallyEstimate(int Low, int Best, int? High, DateTimeOffset? AsOf, string Rule);

using System.Text.Json.Serialization;
using Correlator.Domain.Reports;

namespace Correlator.Domain.Tallies;

/// <summary>Every figure given for one metric in one region, what was logged beside it, and the reconciled estimate.</summary>
public sealed record TallySeries(
    string Key,
    Region Region,
    TallyMetric Metric,
    IReadOnlyList<TallyObservation> Observations,
    LoggedCounts Logged,
    TallyEstimate Estimate)
{
    public static string KeyOf(Region region, TallyMetric metric) => $"tally:{Camel(region.ToString())}:{Camel(metric.ToString())}";

    /// <summary>What changes when the series changes.</summary>
    [JsonIgnore]
    public string Fingerprint =>
        $"{Logged}|{Estimate.Low}|{Estimate.Best}|{Estimate.High}|{Estimate.AsOf:O}|{string.Join(',', Observations.Select(o => o.ReportId))}";

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

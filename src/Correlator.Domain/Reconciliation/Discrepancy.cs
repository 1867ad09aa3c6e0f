using System.Text.Json.Serialization;

namespace Correlator.Domain.Reconciliation;

/// <summary>
/// Two accounts that do not agree, with the reports behind them and one sentence that says how. The id is derived
/// from what it is about, so the same disagreement keeps its id as more reports arrive.
/// </summary>
public sealed record Discrepancy(
    string Id,
    DiscrepancyKind Kind,
    DiscrepancySubject Subject,
    string Summary,
    IReadOnlyList<Evidence> Reports)
{
    /// <summary>What changes when the discrepancy changes; two equal fingerprints mean nothing new to tell.</summary>
    [JsonIgnore]
    public string Fingerprint => $"{Kind}|{Summary}|{string.Join(',', Reports.Select(r => r.Id))}";
}

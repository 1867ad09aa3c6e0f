using Correlator.Domain.Reconciliation;

namespace Correlator.Server.Live;

/// <summary>A discrepancy as published: its content and where it stands.</summary>
public sealed record DiscrepancyView(
    string Id,
    DiscrepancyKind Kind,
    DiscrepancyStatus Status,
    DiscrepancySubject Subject,
    string Summary,
    IReadOnlyList<Evidence> Reports,
    long? Sequence = null,
    DateTimeOffset? At = null)
{
    public static DiscrepancyView Of(Discrepancy d, DiscrepancyStatus status) => new(d.Id, d.Kind, status, d.Subject, d.Summary, d.Reports);

    public Discrepancy ToDiscrepancy() => new(Id, Kind, Subject, Summary, Reports);
}

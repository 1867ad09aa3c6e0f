namespace Correlator.Domain.Reconciliation;

/// <summary>The incident a new report joined or formed, and the incidents it merged away.</summary>
public sealed record IncidentChange(string? Changed, IReadOnlyList<string> Removed)
{
    public static IncidentChange None { get; } = new(null, []);
}

namespace Correlator.Domain.Reports;

/// <summary>One thing wrong with a report: the JSON path of the field and why. <see cref="Nearest"/> lists known names for an unknown entity.</summary>
public sealed record ReportProblem(string Field, string Reason, IReadOnlyList<string>? Nearest = null)
{
    public bool IsUnknownEntity => Nearest is not null;
}

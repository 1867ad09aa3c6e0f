using Correlator.Domain.Reports;

namespace Correlator.Domain.Reconciliation;

/// <summary>One report behind a discrepancy, with the words it rests on.</summary>
public sealed record Evidence(string Id, ReportKind Kind, Source Source, string? Quote, string? Language)
{
    public static Evidence Of(Report report) => new(report.Id, report.Kind, report.Source, report.Quote, report.Language);
}

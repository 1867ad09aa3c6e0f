using Correlator.Domain.Reports;

namespace Correlator.Storage.Sqlite;

internal sealed class PendingReports : PendingWrite<IReadOnlyList<AppendResult>>
{
    private readonly IReadOnlyList<ReportToAppend> reports;
    private readonly string[] bodies;

    public PendingReports(IReadOnlyList<ReportToAppend> reports, CancellationToken cancellationToken)
        : base(cancellationToken)
    {
        this.reports = reports;
        // Serialised by the caller, so the single writer only does SQL.
        bodies = reports.Select(r => ReportJson.Serialize(r.Report)).ToArray();
    }

    public override int Rows => reports.Count;

    public override LogStream? Stream => LogStream.Reports;

    protected override IReadOnlyList<AppendResult> Write(SqliteWriter writer)
    {
        var results = new AppendResult[reports.Count];
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            var id = report.Report.Id;
            // Earlier rows of this transaction are visible here, so a repeat inside one batch is caught too.
            results[i] = writer.FindReport(id) is { } stored
                ? new AppendResult(id, stored.Sequence, stored.Hash == report.ContentHash ? AppendOutcome.Duplicate : AppendOutcome.Conflict)
                : new AppendResult(id, writer.InsertReport(null, id, report.ContentHash, report.EnteredBy, report.ReceivedAt, bodies[i], report.Scopes ?? []), AppendOutcome.Appended);
        }

        return results;
    }
}

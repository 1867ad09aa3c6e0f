using Correlator.Domain.Reports;

namespace Correlator.Storage.Sqlite;

internal sealed class PendingReports : PendingWrite<IReadOnlyList<AppendResult>>
{
    private readonly IReadOnlyList<ReportToAppend> reports;
    private readonly byte[][] bodies;

    public PendingReports(IReadOnlyList<ReportToAppend> reports, CancellationToken cancellationToken)
        : base(cancellationToken)
    {
        this.reports = reports;
        // Serialised by the caller, so the single writer only does SQL; as UTF-8, which is what SQLite stores, rather
        // than a string the writer would encode again.
        bodies = reports.Select(r => ReportJson.SerializeToUtf8(r.Report)).ToArray();
    }

    public override int Rows => reports.Count;

    public override LogStream? Stream => LogStream.Reports;

    /// <summary>The reports this write stored (not the duplicates or conflicts), in sequence order; set by the last <see cref="PendingWrite.Apply"/>.</summary>
    public IReadOnlyList<StoredReport> Appended { get; private set; } = [];

    protected override IReadOnlyList<AppendResult> Write(SqliteWriter writer)
    {
        var results = new AppendResult[reports.Count];
        var appended = new List<StoredReport>(reports.Count);
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            var id = report.Report.Id;
            // Earlier rows of this transaction are visible here, so a repeat inside one batch is caught too.
            if (writer.FindReport(id) is { } stored)
            {
                results[i] = new AppendResult(id, stored.Sequence, stored.Hash == report.ContentHash ? AppendOutcome.Duplicate : AppendOutcome.Conflict);
                continue;
            }
            var sequence = writer.InsertReport(null, id, report.ContentHash, report.EnteredBy, report.ReceivedAt, bodies[i], report.Scopes ?? []);
            results[i] = new AppendResult(id, sequence, AppendOutcome.Appended);
            appended.Add(new StoredReport(sequence, report.Report, report.ContentHash, report.EnteredBy, report.ReceivedAt, report.Scopes ?? []));
        }

        Appended = appended;
        return results;
    }
}

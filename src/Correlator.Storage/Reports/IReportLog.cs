namespace Correlator.Storage;

/// <summary>
/// The durable, append-only log of every report received. Sequences are positive, increase with each appended
/// report and order the whole log, whichever node appended it.
/// </summary>
public interface IReportLog
{
    /// <summary>
    /// Stores the reports durably (the commit has reached the disk when the task completes). Concurrent callers
    /// are committed together in one transaction. Results are in input order; an id repeated inside one call is
    /// handled like a repeat across calls (<see cref="AppendOutcome.Duplicate"/> or <see cref="AppendOutcome.Conflict"/>).
    /// </summary>
    Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<ReportToAppend> reports, CancellationToken cancellationToken);

    /// <summary>Every report after <paramref name="afterSequence"/>, in sequence order, streamed rather than loaded at once.</summary>
    IAsyncEnumerable<StoredReport> ReadAsync(long afterSequence, CancellationToken cancellationToken);

    /// <summary>
    /// The whole log once, in sequence order and in pages, for rebuilding every grain at start-up: only what a rebuild
    /// needs (no hash, entered-by or received-at), parsed on every core where the store can. Not for following the
    /// log while it takes traffic: the parse would take the cores from ingest.
    /// </summary>
    IAsyncEnumerable<IReadOnlyList<ScopedReport>> ReadForRebuildAsync(CancellationToken cancellationToken);

    /// <summary>The reports of one grain's scope ("base:ain-al-asad"), in sequence order, streamed.</summary>
    IAsyncEnumerable<StoredReport> ReadScopeAsync(string scope, CancellationToken cancellationToken);

    /// <summary>Every scope that has at least one report: the grains to rebuild on start.</summary>
    Task<IReadOnlyList<string>> ScopesAsync(CancellationToken cancellationToken);

    Task<StoredReport?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The sequence of the newest report, 0 when the log is empty.</summary>
    Task<long> LastSequenceAsync(CancellationToken cancellationToken);
}

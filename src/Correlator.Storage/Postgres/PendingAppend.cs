using Correlator.Domain.Reports;

namespace Correlator.Storage.Postgres;

/// <summary>One caller's reports, queued for the next round of the report writer.</summary>
internal sealed class PendingAppend(IReadOnlyList<ReportToAppend> reports, CancellationToken cancellationToken)
{
    // Continuations run off the writer loop, so a slow caller cannot hold up the next round.
    private readonly TaskCompletionSource<IReadOnlyList<AppendResult>> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<ReportToAppend> Reports { get; } = reports;

    /// <summary>Serialised by the caller, so the writer loop only does SQL.</summary>
    public string[] Bodies { get; } = reports.Select(r => ReportJson.Serialize(r.Report)).ToArray();

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public Task<IReadOnlyList<AppendResult>> Task => completion.Task;

    public void Complete(IReadOnlyList<AppendResult> results) => completion.TrySetResult(results);

    public void Fail(Exception exception) => completion.TrySetException(exception);

    public void Cancel() => completion.TrySetCanceled(CancellationToken);
}

namespace Correlator.Storage.Sqlite;

internal abstract class PendingWrite<TResult>(CancellationToken cancellationToken) : PendingWrite(cancellationToken)
{
    // Continuations run off the writer loop, so a slow caller cannot hold up the next commit.
    private readonly TaskCompletionSource<TResult> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TResult? result;

    public Task<TResult> Task => completion.Task;

    public sealed override void Apply(SqliteWriter writer) => result = Write(writer);

    public sealed override void Complete() => completion.TrySetResult(result!);

    public sealed override void Fail(Exception exception) => completion.TrySetException(exception);

    public sealed override void Cancel() => completion.TrySetCanceled(CancellationToken);

    protected abstract TResult Write(SqliteWriter writer);
}

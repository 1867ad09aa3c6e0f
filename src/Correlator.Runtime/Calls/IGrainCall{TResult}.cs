namespace Correlator.Runtime.Calls;

/// <summary>A call whose answer the caller awaits; implemented by <see cref="TaskCompletionSource{TResult}"/> subclasses.</summary>
internal interface IGrainCall<TResult> : IGrainCall
{
    Task<TResult> Task { get; }

    bool TrySetFromTask(Task<TResult> completedTask);

    bool TrySetException(Exception exception);

    void IGrainCall.Finish(Task work) => TrySetFromTask((Task<TResult>)work);

    void IGrainCall.Fail(Exception exception) => TrySetException(exception);
}

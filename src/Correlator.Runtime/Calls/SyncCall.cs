namespace Correlator.Runtime.Calls;

/// <summary>A call to a synchronous grain method: the common case, so it never allocates a state machine.</summary>
internal sealed class SyncCall<TGrain, TArg, TResult>(TArg arg, Func<TGrain, TArg, TResult> call)
    // Asynchronous continuations keep the caller's code off the grain's turn.
    : TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously), IGrainCall<TResult>
    where TGrain : class, IGrain
{
    public Task? Start(IGrain grain)
    {
        try
        {
            TrySetResult(call((TGrain)grain, arg));
        }
        catch (Exception exception)
        {
            TrySetException(exception);
        }

        return null;
    }
}

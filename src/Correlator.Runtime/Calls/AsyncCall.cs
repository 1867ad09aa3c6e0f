namespace Correlator.Runtime.Calls;

/// <summary>A call to a grain method returning <see cref="Task{TResult}"/>; it keeps the turn until that task ends.</summary>
internal sealed class AsyncCall<TGrain, TArg, TResult>(TArg arg, Func<TGrain, TArg, Task<TResult>> call)
    : TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously), IGrainCall<TResult>
    where TGrain : class, IGrain
{
    public Task? Start(IGrain grain)
    {
        Task<TResult> work;
        try
        {
            work = call((TGrain)grain, arg);
        }
        catch (Exception exception)
        {
            TrySetException(exception);
            return null;
        }

        if (!work.IsCompleted)
        {
            return work;
        }

        TrySetFromTask(work);
        return null;
    }
}

using Correlator.Runtime.Activations;
using Correlator.Runtime.Calls;

namespace Correlator.Runtime;

/// <summary>
/// A reference to a grain; cheap to copy and keep. Each call is one message, queued to the grain and answered through
/// the returned task (faulted with the grain's exception if the method throws).
/// The overloads taking an <c>arg</c> let callers pass a static lambda and so avoid a closure per call.
/// </summary>
public readonly struct GrainRef<TGrain> where TGrain : class, IGrain
{
    private readonly GrainCatalog? catalog;

    internal GrainRef(GrainCatalog catalog, string key)
    {
        this.catalog = catalog;
        Key = key;
    }

    public string Key { get; }

    public Task<TResult> CallAsync<TResult>(Func<TGrain, Task<TResult>> call) =>
        CallAsync(call, static (grain, call) => call(grain));

    public Task CallAsync(Func<TGrain, Task> call) =>
        CallAsync(call, static (grain, call) => call(grain));

    /// <summary>Calls a synchronous grain method: the common case (pure in-memory state changes).</summary>
    public Task<TResult> CallAsync<TResult>(Func<TGrain, TResult> call) =>
        CallAsync(call, static (grain, call) => call(grain));

    public Task CallAsync(Action<TGrain> call) =>
        CallAsync(call, static (grain, call) => call(grain));

    public Task<TResult> CallAsync<TArg, TResult>(TArg arg, Func<TGrain, TArg, Task<TResult>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return Send(new AsyncCall<TGrain, TArg, TResult>(arg, call));
    }

    public Task CallAsync<TArg>(TArg arg, Func<TGrain, TArg, Task> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return Send(new AsyncCall<TGrain, (TArg Arg, Func<TGrain, TArg, Task> Call), bool>(
            (arg, call),
            // Adapts to the result-bearing call; the cached completed Task<bool> keeps the synchronous path free.
            static async (grain, state) =>
            {
                await state.Call(grain, state.Arg).ConfigureAwait(false);
                return true;
            }));
    }

    public Task<TResult> CallAsync<TArg, TResult>(TArg arg, Func<TGrain, TArg, TResult> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return Send(new SyncCall<TGrain, TArg, TResult>(arg, call));
    }

    public Task CallAsync<TArg>(TArg arg, Action<TGrain, TArg> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return Send(new SyncCall<TGrain, (TArg Arg, Action<TGrain, TArg> Call), bool>(
            (arg, call),
            static (grain, state) =>
            {
                state.Call(grain, state.Arg);
                return true;
            }));
    }

    public override string ToString() => $"{typeof(TGrain).Name}/{Key}";

    private Task<TResult> Send<TResult>(IGrainCall<TResult> message)
    {
        var target = catalog ?? throw new InvalidOperationException("This GrainRef is default; get one from IGrainFactory.Get.");
        target.Send(Key, new Envelope(message));
        return message.Task;
    }
}

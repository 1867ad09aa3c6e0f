using System.Collections.Concurrent;

namespace Correlator.Runtime.Tests.Grains;

/// <summary>The gates and failures a test sets up for <see cref="GatedGrain"/>s.</summary>
public sealed class GrainGates
{
    private int instances;
    private int activationsToFail;

    public TaskCompletionSource Activation { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Deactivation { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource DeactivationStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<string> Lifecycle { get; } = new();

    public int Instances => Volatile.Read(ref instances);

    public int NextInstance() => Interlocked.Increment(ref instances);

    public void FailNextActivations(int count) => Volatile.Write(ref activationsToFail, count);

    public bool TakeActivationFailure() => Interlocked.Decrement(ref activationsToFail) >= 0;
}

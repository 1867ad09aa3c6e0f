using System.Collections.Concurrent;

namespace Correlator.Runtime.Tests.Grains;

/// <summary>Stands in for the event log: what tally grains persist and the lifecycle they went through.</summary>
public sealed class TallyStore
{
    private int instances;

    public ConcurrentDictionary<string, int> Totals { get; } = new();

    public ConcurrentQueue<string> Lifecycle { get; } = new();

    public TaskCompletionSource FirstDeactivation { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int NextInstance() => Interlocked.Increment(ref instances);

    public int Instances => Volatile.Read(ref instances);
}

using Correlator.Runtime.Tests.Clock;
using Correlator.Runtime.Tests.Grains;
using Microsoft.Extensions.Logging.Abstractions;

namespace Correlator.Runtime.Tests;

/// <summary>The grains a test runtime can activate, and the shared state they report to.</summary>
public sealed class TestGrains
{
    /// <summary>How long a test waits for something that should happen before calling it a hang.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static readonly GrainRuntimeOptions Options = new()
    {
        IdleTimeout = TimeSpan.FromMinutes(10),
        CollectionInterval = TimeSpan.FromMinutes(1),
    };

    private int activatorCalls;

    public TallyStore Tallies { get; } = new();

    public GrainGates Gates { get; } = new();

    public ManualTimeProvider Clock { get; } = new();

    public int ActivatorCalls => Volatile.Read(ref activatorCalls);

    /// <summary>Idle collection runs only when the test asks, not on the clock.</summary>
    public static readonly GrainRuntimeOptions ManualCollection = Options with { CollectionInterval = TimeSpan.FromDays(365) };

    public GrainRuntime StartRuntime(GrainRuntimeOptions? options = null)
    {
        GrainRuntime? runtime = null;
        runtime = new GrainRuntime(
            (type, key) => Create(runtime!, type, key),
            options ?? Options,
            Clock,
            NullLogger<GrainRuntime>.Instance);
        return runtime;
    }

    private IGrain Create(IGrainFactory factory, Type type, string key)
    {
        Interlocked.Increment(ref activatorCalls);
        return type.Name switch
        {
            nameof(TallyGrain) => new TallyGrain(key, Tallies),
            nameof(TurnProbeGrain) => new TurnProbeGrain(),
            nameof(RelayGrain) => new RelayGrain(factory),
            nameof(GatedGrain) => new GatedGrain(Gates),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a test grain"),
        };
    }
}

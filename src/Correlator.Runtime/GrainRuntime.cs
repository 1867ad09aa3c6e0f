using System.Collections.Concurrent;
using Correlator.Runtime.Activations;
using Microsoft.Extensions.Logging;

namespace Correlator.Runtime;

/// <summary>
/// An in-process virtual-actor runtime with Orleans semantics: one activation per (grain type, key), created on the
/// first call, serving one message at a time, and collected when idle.
/// </summary>
public sealed class GrainRuntime : IGrainFactory, IAsyncDisposable
{
    private readonly ConcurrentDictionary<Type, GrainCatalog> catalogs = new();
    private readonly Func<Type, string, IGrain> activator;
    private readonly TimeSpan idleTimeout;
    private readonly ITimer collectionTimer;
    private int activationCount;
    private int collecting;

    /// <param name="activator">Creates the grain instance for (grain type, key); the server wires it to DI.</param>
    public GrainRuntime(
        Func<Type, string, IGrain> activator,
        GrainRuntimeOptions options,
        TimeProvider timeProvider,
        ILogger<GrainRuntime> logger)
    {
        ArgumentNullException.ThrowIfNull(activator);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.IdleTimeout, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.CollectionInterval, TimeSpan.Zero, nameof(options));

        this.activator = activator;
        idleTimeout = options.IdleTimeout;
        Clock = timeProvider;
        Logger = logger;
        collectionTimer = timeProvider.CreateTimer(
            static state => ((GrainRuntime)state!).CollectOnTimer(),
            this,
            options.CollectionInterval,
            options.CollectionInterval);
    }

    /// <summary>Grain instances currently alive.</summary>
    public int ActivationCount => Volatile.Read(ref activationCount);

    internal TimeProvider Clock { get; }

    internal ILogger Logger { get; }

    public GrainRef<TGrain> Get<TGrain>(string key) where TGrain : class, IGrain
    {
        ArgumentNullException.ThrowIfNull(key);
        var catalog = catalogs.GetOrAdd(typeof(TGrain), static (type, runtime) => new GrainCatalog(runtime, type), this);
        return new GrainRef<TGrain>(catalog, key);
    }

    /// <summary>Keys of the live activations of one grain type, in ordinal order.</summary>
    public IReadOnlyList<string> ActiveKeys<TGrain>() where TGrain : class, IGrain =>
        catalogs.TryGetValue(typeof(TGrain), out var catalog) ? catalog.ActiveKeys() : [];

    /// <summary>Deactivates the activations that have had no message for the idle timeout.</summary>
    public Task CollectIdleAsync()
    {
        var now = Clock.GetTimestamp();
        var collections = AllActivations()
            .Select(activation => activation.CollectIfIdle(now, idleTimeout))
            .OfType<Task>()
            .ToList();
        return Task.WhenAll(collections);
    }

    /// <summary>Graceful shutdown: every activation serves what is queued, then deactivates.</summary>
    public async Task DeactivateAllAsync()
    {
        // Repeats because a draining grain may call a grain that was already deactivated, which reactivates it.
        while (AllActivations().Select(activation => activation.Deactivate()).ToList() is { Count: > 0 } deactivations)
        {
            await Task.WhenAll(deactivations).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await collectionTimer.DisposeAsync().ConfigureAwait(false);
        await DeactivateAllAsync().ConfigureAwait(false);
    }

    internal IGrain CreateGrain(Type grainType, string key)
    {
        var grain = activator(grainType, key);
        return grainType.IsInstanceOfType(grain)
            ? grain
            : throw new InvalidOperationException(
                $"The activator returned {grain?.GetType().Name ?? "null"} for grain {grainType.Name}/{key}.");
    }

    internal void CountActivation(int change) => Interlocked.Add(ref activationCount, change);

    private IEnumerable<Activation> AllActivations() => catalogs.Values.SelectMany(catalog => catalog.Activations);

    private void CollectOnTimer()
    {
        // A slow collection is not stacked with another one.
        if (Interlocked.Exchange(ref collecting, 1) == 0)
        {
            _ = CollectThenReleaseAsync();
        }
    }

    private async Task CollectThenReleaseAsync()
    {
        try
        {
            await CollectIdleAsync().ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref collecting, 0);
        }
    }
}

using System.Collections.Concurrent;

namespace Correlator.Runtime.Activations;

/// <summary>The directory of one grain type: key to its current activation.</summary>
internal sealed class GrainCatalog(GrainRuntime runtime, Type grainType)
{
    private readonly ConcurrentDictionary<string, Activation> activations = new(StringComparer.Ordinal);

    public GrainRuntime Runtime => runtime;

    public Type GrainType => grainType;

    public ICollection<Activation> Activations => activations.Values;

    public void Send(string key, Envelope envelope) =>
        activations.GetOrAdd(key, static (key, catalog) => new Activation(catalog, key), this).Post(envelope);

    /// <summary>Removes exactly this activation: a newer one under the same key stays.</summary>
    public void Remove(Activation activation) =>
        activations.TryRemove(KeyValuePair.Create(activation.Key, activation));

    public IReadOnlyList<string> ActiveKeys() =>
        activations.Values.Where(activation => activation.IsActive)
            .Select(activation => activation.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
}

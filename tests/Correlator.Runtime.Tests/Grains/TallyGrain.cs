namespace Correlator.Runtime.Tests.Grains;

/// <summary>A plain synchronous grain: adds to a total it persists and rebuilds on activation.</summary>
public sealed class TallyGrain(string key, TallyStore store) : IGrain
{
    private int total;

    public int Instance { get; } = store.NextInstance();

    public bool Activated { get; private set; }

    public Task OnActivateAsync(CancellationToken cancellationToken)
    {
        total = store.Totals.GetValueOrDefault(key);
        Activated = true;
        store.Lifecycle.Enqueue($"activate {key} #{Instance}");
        return Task.CompletedTask;
    }

    public Task OnDeactivateAsync(CancellationToken cancellationToken)
    {
        store.Lifecycle.Enqueue($"deactivate {key} #{Instance}");
        store.FirstDeactivation.TrySetResult();
        return Task.CompletedTask;
    }

    public int Add(int amount)
    {
        total += amount;
        store.Totals[key] = total;
        return total;
    }

    public int Total() => total;

    public int Fail() => throw new InvalidOperationException($"tally {key} refuses");
}

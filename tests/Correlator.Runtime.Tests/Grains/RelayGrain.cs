namespace Correlator.Runtime.Tests.Grains;

/// <summary>A grain that calls another grain through the factory it was given, as grains in the app do.</summary>
public sealed class RelayGrain(IGrainFactory grains) : IGrain
{
    private int relayed;

    public async Task<int> RelayAsync(string tallyKey, int amount)
    {
        var total = await grains.Get<TallyGrain>(tallyKey).CallAsync(amount, static (tally, amount) => tally.Add(amount));
        relayed++;
        return total;
    }

    public int Relayed() => relayed;
}

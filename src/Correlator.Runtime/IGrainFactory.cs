namespace Correlator.Runtime;

/// <summary>Hands out references to grains; the grain itself is activated on the first call.</summary>
public interface IGrainFactory
{
    GrainRef<TGrain> Get<TGrain>(string key) where TGrain : class, IGrain;
}

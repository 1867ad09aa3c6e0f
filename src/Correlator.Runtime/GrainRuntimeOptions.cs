namespace Correlator.Runtime;

public sealed record GrainRuntimeOptions
{
    /// <summary>An activation that received no message for this long is deactivated.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How often idle activations are looked for.</summary>
    public TimeSpan CollectionInterval { get; init; } = TimeSpan.FromMinutes(1);
}

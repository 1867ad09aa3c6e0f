namespace Correlator.Runtime.Tests.Grains;

/// <summary>A grain whose activation and deactivation wait on gates the test opens, and may fail on purpose.</summary>
public sealed class GatedGrain(GrainGates gates) : IGrain
{
    public int Instance { get; } = gates.NextInstance();

    public async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        gates.Lifecycle.Enqueue($"activate #{Instance}");
        await gates.Activation.Task;
        if (gates.TakeActivationFailure())
        {
            throw new InvalidOperationException("storage unavailable");
        }
    }

    public async Task OnDeactivateAsync(CancellationToken cancellationToken)
    {
        gates.Lifecycle.Enqueue($"deactivating #{Instance}");
        gates.DeactivationStarted.TrySetResult();
        await gates.Deactivation.Task;
        gates.Lifecycle.Enqueue($"deactivated #{Instance}");
    }

    public int Which() => Instance;
}

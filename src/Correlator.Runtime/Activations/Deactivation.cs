namespace Correlator.Runtime.Activations;

/// <summary>
/// A request to deactivate, queued behind the messages already waiting so they are served first.
/// Completes once the activation is gone (or there was nothing to deactivate).
/// </summary>
internal sealed class Deactivation(long? deliveredWhenIdle)
    : TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)
{
    /// <summary>
    /// A collection request carries the message count seen when the activation looked idle:
    /// any message served since means the activation is busy again and stays.
    /// </summary>
    public bool AppliesTo(long delivered) => deliveredWhenIdle is not { } seen || seen == delivered;
}

namespace Correlator.Server.Hosting;

/// <summary>
/// Wakes a loop that follows a log. Rings while the loop is busy are kept as one, so the loop reads once more
/// after its current round and nothing is missed.
/// </summary>
public sealed class Doorbell
{
    private readonly SemaphoreSlim bell = new(0, 1);
    private int rung;

    public void Ring()
    {
        if (Interlocked.Exchange(ref rung, 1) == 0)
        {
            bell.Release();
        }
    }

    /// <summary>Waits for a ring or the timeout; the caller reads the log after this returns.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        await bell.WaitAsync(timeout, cancellationToken);
        Interlocked.Exchange(ref rung, 0);
    }
}

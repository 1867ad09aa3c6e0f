namespace Correlator.Server.Tests.Live;

/// <summary>A timer of a <see cref="ManualClock"/>: it goes off when the clock is moved past its due time.</summary>
public sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
{
    /// <summary>Read and written under the clock's lock.</summary>
    internal DateTimeOffset Due { get; set; }

    internal TimeSpan Period { get; private set; } = Timeout.InfiniteTimeSpan;

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        Period = period == TimeSpan.Zero ? Timeout.InfiniteTimeSpan : period;
        clock.Set(this, dueTime);
        return true;
    }

    internal void Fire() => callback(state);

    public void Dispose() => clock.Set(this, Timeout.InfiniteTimeSpan);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}

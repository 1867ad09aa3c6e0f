namespace Correlator.Runtime.Tests.Clock;

internal sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
{
    private readonly Lock gate = new();
    private DateTimeOffset? dueAt;
    private TimeSpan period;

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        lock (gate)
        {
            dueAt = dueTime == Timeout.InfiniteTimeSpan ? null : clock.GetUtcNow() + dueTime;
            this.period = period;
        }

        return true;
    }

    public bool IsDueAt(DateTimeOffset now)
    {
        lock (gate)
        {
            return dueAt <= now;
        }
    }

    public void Fire(DateTimeOffset now)
    {
        lock (gate)
        {
            dueAt = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : now + period;
        }

        callback(state);
    }

    public void Dispose()
    {
        lock (gate)
        {
            dueAt = null;
        }

        clock.Forget(this);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}

namespace Correlator.Runtime.Tests.Clock;

/// <summary>A clock the test moves by hand; due timers fire on the thread that advances it.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<ManualTimer> timers = [];
    private DateTimeOffset now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        lock (gate)
        {
            timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        ManualTimer[] due;
        lock (gate)
        {
            now += by;
            due = timers.Where(timer => timer.IsDueAt(now)).ToArray();
        }

        foreach (var timer in due)
        {
            timer.Fire(GetUtcNow());
        }
    }

    internal void Forget(ManualTimer timer)
    {
        lock (gate)
        {
            timers.Remove(timer);
        }
    }
}

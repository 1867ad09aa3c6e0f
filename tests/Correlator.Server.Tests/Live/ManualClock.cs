namespace Correlator.Server.Tests.Live;

/// <summary>A clock that moves only when a test moves it, so that the test decides when a window ends.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<ManualTimer> timers = [];
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Whether a timer is set to go off within <paramref name="span"/> from now.</summary>
    public bool HasTimerWithin(TimeSpan span)
    {
        lock (gate)
        {
            return timers.Any(t => t.Due <= now + span);
        }
    }

    /// <summary>Moves the clock on, running the callbacks of the timers that come due, in the order they do.</summary>
    public void Advance(TimeSpan span)
    {
        lock (gate)
        {
            now += span;
        }
        while (true)
        {
            ManualTimer? due;
            lock (gate)
            {
                due = timers.Where(t => t.Due <= now).MinBy(t => t.Due);
                if (due is null)
                {
                    return;
                }
                if (due.Period == Timeout.InfiniteTimeSpan)
                {
                    timers.Remove(due);
                }
                else
                {
                    due.Due += due.Period;
                }
            }
            due.Fire();
        }
    }

    internal void Set(ManualTimer timer, TimeSpan dueTime)
    {
        lock (gate)
        {
            timers.Remove(timer);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                timer.Due = now + dueTime;
                timers.Add(timer);
            }
        }
    }
}

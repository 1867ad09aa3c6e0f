namespace Correlator.Grains.Tests.Runtime;

/// <summary>A clock that moves only when told, so idleness is decided by the test rather than by waiting.</summary>
internal sealed class SteppedClock : TimeProvider
{
    private long ticks = DateTimeOffset.UnixEpoch.AddYears(54).UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref ticks);

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}

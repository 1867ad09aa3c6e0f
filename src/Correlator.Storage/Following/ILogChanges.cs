namespace Correlator.Storage;

/// <summary>
/// Says that a log has grown, so the loops that follow it read now rather than at their next poll. A hint, not a
/// delivery: followers always read from their own cursor, so a missed ring costs only the poll interval.
/// </summary>
public interface ILogChanges
{
    event Action<LogStream>? Changed;
}

namespace Correlator.Storage;

/// <summary>
/// Hands over the events this process has just appended, as stored, so the feed on the same node need not read back
/// and parse what it wrote. An optimisation only, like <see cref="IAppendedReports"/>: the log stays the truth.
/// </summary>
public interface IAppendedEvents
{
    /// <summary>
    /// Raised on the writer once each commit is durable, before its appenders are answered and before followers are
    /// told the log grew; the events of one commit in sequence order. Handlers must be quick and must not throw.
    /// </summary>
    event Action<IReadOnlyList<StoredEvent>>? Appended;
}

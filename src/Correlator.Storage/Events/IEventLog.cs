namespace Correlator.Storage;

/// <summary>
/// The events pushed to dashboards (discrepancy opened, updated or resolved, tally changed). Sequences increase
/// across the whole system and survive a restart, so a client can resume from the last one it saw.
/// </summary>
public interface IEventLog
{
    /// <summary>Stores the events durably and returns them with their sequences, in input order.</summary>
    Task<IReadOnlyList<StoredEvent>> AppendAsync(IReadOnlyList<EventToAppend> events, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> events after <paramref name="afterSequence"/>, in sequence order. Null topics,
    /// or a set holding <see cref="EventTopics.All"/>, means every event; otherwise the events having at least one of them.
    /// </summary>
    Task<IReadOnlyList<StoredEvent>> ReadAfterAsync(long afterSequence, IReadOnlyCollection<string>? topics, int limit, CancellationToken cancellationToken);

    /// <summary>The newest event of each key, in sequence order: the published view a server loads at start.</summary>
    Task<IReadOnlyList<StoredEvent>> LatestPerKeyAsync(CancellationToken cancellationToken);

    /// <summary>The sequence of the newest event, 0 when there is none.</summary>
    Task<long> LastSequenceAsync(CancellationToken cancellationToken);
}

namespace Correlator.Storage.Sqlite;

internal sealed class PendingEvents(IReadOnlyList<EventToAppend> events, CancellationToken cancellationToken)
    : PendingWrite<IReadOnlyList<StoredEvent>>(cancellationToken)
{
    public override int Rows => events.Count;

    public override LogStream? Stream => LogStream.Events;

    protected override IReadOnlyList<StoredEvent> Write(SqliteWriter writer) =>
        events.Select(e => new StoredEvent(writer.InsertEvent(null, e.Type, e.Key, e.Topics, e.Payload, e.At), e.Type, e.Key, e.Topics.ToArray(), e.Payload, e.At))
            .ToArray();
}

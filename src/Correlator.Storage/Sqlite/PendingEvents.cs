namespace Correlator.Storage.Sqlite;

internal sealed class PendingEvents(IReadOnlyList<EventToAppend> events, CancellationToken cancellationToken)
    : PendingWrite<IReadOnlyList<StoredEvent>>(cancellationToken)
{
    public override int Rows => events.Count;

    public override LogStream? Stream => LogStream.Events;

    /// <summary>The events this write stored, in sequence order; set by the last <see cref="PendingWrite.Apply"/>.</summary>
    public IReadOnlyList<StoredEvent> Appended { get; private set; } = [];

    protected override IReadOnlyList<StoredEvent> Write(SqliteWriter writer) =>
        Appended = events.Select(e => new StoredEvent(writer.InsertEvent(null, e.Type, e.Key, e.Topics, e.Content, e.At), e.Type, e.Key, e.Topics.ToArray(), e.Content, e.At))
            .ToArray();
}

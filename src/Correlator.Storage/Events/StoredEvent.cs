namespace Correlator.Storage;

/// <param name="Content">Its JSON, as the log gave it or as this node appended it; <see cref="Payload"/> is the same as text.</param>
public sealed record StoredEvent(long Sequence, string Type, string Key, IReadOnlyList<string> Topics, EventPayload Content, DateTimeOffset At)
{
    public StoredEvent(long sequence, string type, string key, IReadOnlyList<string> topics, string payload, DateTimeOffset at)
        : this(sequence, type, key, topics, EventPayload.FromText(payload), at)
    {
    }

    public string Payload => Content.Text;
}

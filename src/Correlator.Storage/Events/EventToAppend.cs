namespace Correlator.Storage;

/// <param name="Key">What the event is about (a discrepancy, a tally); the newest event per key is the published view.</param>
/// <param name="Topics">Who subscribes to it, e.g. "base:ain-al-asad".</param>
/// <param name="Content">Its JSON; <see cref="Payload"/> is the same as text.</param>
public sealed record EventToAppend(string Type, string Key, IReadOnlyList<string> Topics, EventPayload Content, DateTimeOffset At)
{
    public EventToAppend(string type, string key, IReadOnlyList<string> topics, string payload, DateTimeOffset at)
        : this(type, key, topics, EventPayload.FromText(payload), at)
    {
    }

    public string Payload => Content.Text;
}

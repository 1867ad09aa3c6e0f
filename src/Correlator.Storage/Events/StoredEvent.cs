namespace Correlator.Storage;

public sealed record StoredEvent(long Sequence, string Type, string Key, IReadOnlyList<string> Topics, string Payload, DateTimeOffset At);

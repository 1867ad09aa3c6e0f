namespace Correlator.Storage;

/// <param name="Key">What the event is about (a discrepancy, a tally); the newest event per key is the published view.</param>
/// <param name="Topics">Who subscribes to it, e.g. "base:ain-al-asad".</param>
public sealed record EventToAppend(string Type, string Key, IReadOnlyList<string> Topics, string Payload, DateTimeOffset At);

namespace Correlator.Server.Live;

/// <summary>The sequence live events start after; a client keeps the newest sequence it saw to resume with.</summary>
public sealed record SubscribeResult(long LastSequence);

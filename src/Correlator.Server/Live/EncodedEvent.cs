using Microsoft.AspNetCore.SignalR;

namespace Correlator.Server.Live;

/// <summary>A live event as the hub message every subscriber gets, serialised once for all of them.</summary>
public sealed record EncodedEvent(long Sequence, SerializedHubMessage Message);

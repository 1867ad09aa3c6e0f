using Correlator.Server.Hosting;
using Correlator.Storage;

namespace Correlator.Server.Live;

/// <summary>The events this node has just appended (as the leader), held by sequence until the feed delivers them (see <see cref="HandedOver{T}"/>).</summary>
public sealed class RecentEvents() : HandedOver<StoredEvent>(static stored => stored.Sequence);

using Correlator.Server.Hosting;
using Correlator.Storage;

namespace Correlator.Server.Ingest;

/// <summary>The reports this node has just appended, held by sequence until the reconciler applies them (see <see cref="HandedOver{T}"/>).</summary>
public sealed class RecentReports() : HandedOver<StoredReport>(static stored => stored.Sequence);

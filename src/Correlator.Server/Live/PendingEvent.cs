using Correlator.Domain.Tallies;
using Correlator.Storage;

namespace Correlator.Server.Live;

/// <summary>
/// An event the diff decided to publish, beside the content it was serialised from and that content's fingerprint,
/// so the publisher can record it once appended without parsing back the JSON it has just written or building the
/// fingerprint again.
/// </summary>
public sealed record PendingEvent(EventToAppend Event, DiscrepancyView? View, TallySeries? Series, string Fingerprint);

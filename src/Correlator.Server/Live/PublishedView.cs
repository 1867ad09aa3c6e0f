using System.Text.Json;
using Correlator.Domain.Reports;
using Correlator.Domain.Tallies;
using Correlator.Grains;
using Correlator.Storage;

namespace Correlator.Server.Live;

/// <summary>
/// The newest published event per discrepancy and tally series. Thread-safe: the publisher, the event follower and
/// the API read and write it at once. Grain updates are diffed against it, so an event goes
/// out only when something changed, and a restart that finds the state ahead of the events publishes the difference.
/// </summary>
public sealed class PublishedView
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    // The discrepancy keys each grain scope has published, so that a full update looks only at its own scope's
    // entries rather than at every discrepancy ever published (region grains send a full update every round).
    private readonly Dictionary<string, HashSet<string>> discrepanciesByScope = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    // The events of the last diff, by key, until the publisher records them: the event follower often reads them
    // back from the log first, and takes their content from here instead of parsing their payload.
    private Dictionary<string, PendingEvent> inFlight = new(StringComparer.Ordinal);

    public void Load(IEnumerable<StoredEvent> latest) => Record(latest);

    /// <summary>Takes in events; an event older than the one already known for its key changes nothing.</summary>
    public void Record(IEnumerable<StoredEvent> stored)
    {
        lock (gate)
        {
            foreach (var e in stored)
            {
                if (!entries.TryGetValue(e.Key, out var known) || known.Sequence < e.Sequence)
                {
                    var mine = inFlight.GetValueOrDefault(e.Key) is { } p && p.Event.Type == e.Type && p.Event.Content.Equals(e.Content) ? p : null;
                    Record(e, mine);
                }
            }
        }
    }

    /// <summary>Takes in the events this node has just appended (<paramref name="stored"/>, in the order of <paramref name="pending"/>).</summary>
    public void Record(IReadOnlyList<PendingEvent> pending, IReadOnlyList<StoredEvent> stored)
    {
        lock (gate)
        {
            for (var i = 0; i < stored.Count; i++)
            {
                var e = stored[i];
                if (!entries.TryGetValue(e.Key, out var known) || known.Sequence < e.Sequence)
                {
                    Record(e, pending[i]);
                }
            }
            inFlight.Clear();
        }
    }

    /// <summary>The events that publish what changed; one caller at a time (the publisher).</summary>
    public IReadOnlyList<PendingEvent> Diff(IEnumerable<GrainUpdate> updates, DateTimeOffset at)
    {
        List<Change> changes;
        lock (gate)
        {
            changes = DiffLocked(updates);
        }
        // Serialised outside the lock, which the event follower and the API need meanwhile.
        var events = changes.Select(c => c.View is { } view ? Discrepancy(c.Scope, view, c.Fingerprint, at) : Tally(c.Scope, c.Series!, c.Fingerprint, at)).ToList();
        lock (gate)
        {
            inFlight = new Dictionary<string, PendingEvent>(events.Count, StringComparer.Ordinal);
            foreach (var e in events)
            {
                inFlight[e.Event.Key] = e;
            }
        }
        return events;
    }

    private List<Change> DiffLocked(IEnumerable<GrainUpdate> updates)
    {
        var changes = new List<Change>();
        foreach (var update in updates)
        {
            var present = new HashSet<string>(StringComparer.Ordinal);
            foreach (var d in update.Discrepancies)
            {
                present.Add(d.Id);
                var known = entries.GetValueOrDefault(d.Id);
                var fingerprint = d.Fingerprint;
                var status = known is null || known.Status == DiscrepancyStatus.Resolved ? DiscrepancyStatus.Open
                    : known.Fingerprint != fingerprint ? DiscrepancyStatus.Updated
                    : (DiscrepancyStatus?)null;
                if (status is { } s)
                {
                    changes.Add(new Change(update.Scope, DiscrepancyView.Of(d, s), null, fingerprint));
                }
            }
            var gone = update.IsFull
                ? (discrepanciesByScope.GetValueOrDefault(update.Scope) ?? []).Where(key => !present.Contains(key))
                : update.Removed;
            foreach (var key in gone.Order(StringComparer.Ordinal).ToList())
            {
                if (entries.TryGetValue(key, out var e) && e.Status != DiscrepancyStatus.Resolved && e.View is { } view)
                {
                    // Status is not part of a fingerprint: the resolved discrepancy keeps the one it was published with.
                    changes.Add(new Change(update.Scope, view with { Status = DiscrepancyStatus.Resolved, Sequence = null, At = null }, null, e.Fingerprint));
                }
            }
            foreach (var series in update.Tallies)
            {
                // A region grain hands out the same series instance while it is unchanged: no fingerprint to build.
                if (entries.TryGetValue(series.Key, out var e) && ReferenceEquals(e.Series, series))
                {
                    continue;
                }
                var fingerprint = series.Fingerprint;
                if (e is null || e.Fingerprint != fingerprint)
                {
                    changes.Add(new Change(update.Scope, null, series, fingerprint));
                }
            }
        }
        return changes;
    }

    /// <summary>Records one event from its content when this node published it, else from its payload.</summary>
    private void Record(StoredEvent stored, PendingEvent? published)
    {
        if (stored.Type == LiveEvent.DiscrepancyType)
        {
            var view = (published?.View ?? JsonSerializer.Deserialize<DiscrepancyView>(stored.Payload, ReportJson.Options)!)
                with { Sequence = stored.Sequence, At = stored.At };
            var scope = ScopeOf(stored.Topics);
            if (entries.GetValueOrDefault(stored.Key) is { } previous && previous.Scope != scope)
            {
                discrepanciesByScope.GetValueOrDefault(previous.Scope)?.Remove(stored.Key);
            }
            entries[stored.Key] = new Entry(stored.Key, stored.Type, scope, stored.Sequence, view.Status, published?.Fingerprint ?? view.ToDiscrepancy().Fingerprint, view, null);
            if (!discrepanciesByScope.TryGetValue(scope, out var keys))
            {
                discrepanciesByScope[scope] = keys = new HashSet<string>(StringComparer.Ordinal);
            }
            keys.Add(stored.Key);
        }
        else
        {
            var series = published?.Series ?? JsonSerializer.Deserialize<TallySeries>(stored.Payload, ReportJson.Options)!;
            entries[stored.Key] = new Entry(stored.Key, stored.Type, ScopeOf(stored.Topics), stored.Sequence, DiscrepancyStatus.Open, published?.Fingerprint ?? series.Fingerprint, null, series);
        }
    }

    public IReadOnlyList<DiscrepancyView> Discrepancies()
    {
        lock (gate)
        {
            return entries.Values.Select(e => e.View).OfType<DiscrepancyView>().ToList();
        }
    }

    private static PendingEvent Discrepancy(string scope, DiscrepancyView view, string fingerprint, DateTimeOffset at)
    {
        var topics = new List<string> { "all", scope };
        if (view.Subject.Base is { } b)
        {
            topics.Add($"base:{b}");
        }
        if (view.Subject.Region is { } r)
        {
            topics.Add($"region:{r.ToString().ToLowerInvariant()}");
        }
        topics.AddRange((view.Subject.Groups ?? []).Select(g => $"group:{g}"));
        return new PendingEvent(
            new EventToAppend(LiveEvent.DiscrepancyType, view.Id, topics.Distinct().ToList(), Serialize(view), at),
            view, null, fingerprint);
    }

    private static PendingEvent Tally(string scope, TallySeries series, string fingerprint, DateTimeOffset at) =>
        new(new EventToAppend(LiveEvent.TallyType, series.Key, new[] { "all", scope }.Distinct().ToList(), Serialize(series), at),
            null, series, fingerprint);

    /// <summary>
    /// An event's JSON, serialised as UTF-8 by the log's writer straight into its own buffer, rather than into a string
    /// (or an array) made for each event. The content is a snapshot the grains no longer change, so it serialises
    /// the same whenever that happens.
    /// </summary>
    public static EventPayload Serialize<T>(T content) => EventPayload.Serialised(stream => JsonSerializer.Serialize(stream, content, ReportJson.Options));

    // The second topic of every event is the scope of the grain that raised it.
    private static string ScopeOf(IReadOnlyList<string> topics) => topics.Count > 1 ? topics[1] : "";

    private sealed record Change(string Scope, DiscrepancyView? View, TallySeries? Series, string Fingerprint);

    private sealed record Entry(string Key, string Type, string Scope, long Sequence, DiscrepancyStatus Status, string Fingerprint, DiscrepancyView? View, TallySeries? Series);
}

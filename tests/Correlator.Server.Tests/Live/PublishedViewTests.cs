using System.Text;
using System.Text.Json;
using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;
using Correlator.Grains;
using Correlator.Server.Live;
using Correlator.Storage;
using FsCheck;
using FsCheck.Fluent;

namespace Correlator.Server.Tests.Live;

public sealed class PublishedViewTests
{
    private static readonly DateTimeOffset At = new(2024, 1, 28, 5, 30, 0, TimeSpan.Zero);
    private static readonly Source Pentagon = new("Pentagon", SourceType.Official);

    [Fact]
    public void A_view_recorded_from_its_own_diffs_decides_as_a_view_recorded_from_the_stored_events_does()
    {
        // The publisher records its events with the fingerprints its diff computed; a restarted node records the same
        // events from their payloads. Both must then find the same changes in what comes next.
        Prop.ForAll<int>(seed =>
        {
            var random = new Random(seed);
            var publisher = new PublishedView();
            var log = new List<StoredEvent>();
            for (var round = 0; round < 12; round++)
            {
                var updates = Enumerable.Range(0, random.Next(1, 3)).Select(_ => Update(random)).ToList();
                var pending = publisher.Diff(updates, At);
                // A view that knows only the log, as a restarted node's does.
                var reader = new PublishedView();
                reader.Load(log);
                Kinds(reader.Diff(updates, At)).ShouldBe(Kinds(pending));
                var stored = pending.Select((p, i) => new StoredEvent(log.Count + 1 + i, p.Event.Type, p.Event.Key, p.Event.Topics, p.Event.Payload, p.Event.At)).ToList();
                publisher.Record(pending, stored);
                log.AddRange(stored);
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void An_unchanged_discrepancy_is_not_published_again_a_changed_one_is_updated_and_a_missing_one_resolved()
    {
        var view = new PublishedView();
        Publish(view, Full("base:tower-22", Discrepancy("d-1", "Claimed, not confirmed."), Discrepancy("d-2", "Counted twice.")));

        var again = view.Diff([Full("base:tower-22", Discrepancy("d-1", "Claimed, not confirmed."), Discrepancy("d-2", "Counted twice."))], At);
        var changed = view.Diff([Full("base:tower-22", Discrepancy("d-1", "Claimed, then denied."))], At);

        again.ShouldBeEmpty();
        changed.Select(p => (p.Event.Key, p.View!.Status)).ShouldBe([("d-1", DiscrepancyStatus.Updated), ("d-2", DiscrepancyStatus.Resolved)]);
    }

    [Fact]
    public void An_event_serialised_as_UTF8_reads_as_the_text_serialised_before_whatever_its_characters()
    {
        // The log stored the string serialisation; the publisher's events are now serialised as UTF-8 by the writer.
        // Lone surrogates, controls and Arabic are where the two could part.
        Prop.ForAll<string, string>((summary, source) =>
        {
            var view = DiscrepancyView.Of(new Discrepancy("d-1", DiscrepancyKind.UnconfirmedClaim, new DiscrepancySubject(Base: "tower-22"), summary ?? "",
                [new Evidence("r-1", ReportKind.Claim, new Source(source ?? "", SourceType.ArmedGroup), null, "ar")]), DiscrepancyStatus.Open);
            var text = JsonSerializer.Serialize(view, ReportJson.Options);
            var payload = PublishedView.Serialize(view);

            using var written = new MemoryStream();
            payload.WriteUtf8(written);

            Encoding.UTF8.GetString(written.ToArray()).ShouldBe(text);
            Encoding.UTF8.GetString(PublishedView.Serialize(view).Utf8.Span).ShouldBe(text);
            payload.Text.ShouldBe(text);
            payload.Equals(EventPayload.FromText(text)).ShouldBeTrue();
            payload.GetHashCode().ShouldBe(EventPayload.FromText(text).GetHashCode());
        }).QuickCheckThrowOnFailure();
    }

    private static void Publish(PublishedView view, params GrainUpdate[] updates)
    {
        var pending = view.Diff(updates, At);
        view.Record(pending, pending.Select((p, i) => new StoredEvent(i + 1, p.Event.Type, p.Event.Key, p.Event.Topics, p.Event.Payload, p.Event.At)).ToList());
    }

    private static IEnumerable<(string, string)> Kinds(IReadOnlyList<PendingEvent> pending) =>
        pending.Select(p => (p.Event.Key, p.View?.Status.ToString() ?? p.Event.Type));

    private static GrainUpdate Update(Random random)
    {
        var scope = random.Next(2) == 0 ? "base:tower-22" : "base:al-tanf";
        var found = Enumerable.Range(0, 4).Where(_ => random.Next(2) == 0)
            .Select(i => Discrepancy($"{scope}/d-{i}", random.Next(3) == 0 ? "Claimed, then denied." : "Claimed, not confirmed.", random.Next(1, 3)))
            .ToArray();
        return Full(scope, found);
    }

    private static GrainUpdate Full(string scope, params Discrepancy[] found) => new(scope, true, found, [], []);

    private static Discrepancy Discrepancy(string id, string summary, int reports = 1) =>
        new(id, DiscrepancyKind.UnconfirmedClaim, new DiscrepancySubject(Base: "tower-22"), summary,
            Enumerable.Range(0, reports).Select(r => new Evidence($"r-{r}", ReportKind.OfficialIncident, Pentagon, null, "en")).ToList());
}

using System.Globalization;
using System.Text;
using Correlator.Domain.Reports;
using FsCheck;
using FsCheck.Fluent;

namespace Correlator.Storage.Tests.Contract;

/// <summary>
/// What every storage implementation must do, whatever the database. A new implementation derives from this
/// class with its own <see cref="IStoreFactory"/> and runs the same cases.
/// </summary>
public abstract class StorageContract(IStoreFactory factory) : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private StoreUnderTest? store;

    protected StoreUnderTest Store => store ?? throw new InvalidOperationException("The store is not open.");

    public async Task InitializeAsync() => store = await factory.OpenAsync();

    public async Task DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }

        await factory.DisposeAsync();
    }

    [Fact]
    public async Task An_empty_log_has_last_sequence_zero_and_finds_nothing()
    {
        (await Store.Reports.LastSequenceAsync(None)).ShouldBe(0);
        (await Store.Events.LastSequenceAsync(None)).ShouldBe(0);
        (await Store.Reports.FindAsync("nowhere", None)).ShouldBeNull();
        (await ReadAllReports(0)).ShouldBeEmpty();
        (await Store.Events.LatestPerKeyAsync(None)).ShouldBeEmpty();
        (await Store.Entities.ReadAllAsync(None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Appended_reports_read_back_whole_in_sequence_order_and_can_be_found_by_id()
    {
        var sent = new[] { SampleReports.ClaimToAppend("r-1"), SampleReports.ToAppend(SampleReports.Claim("r-2"), enteredBy: null), SampleReports.ClaimToAppend("r-3") };

        var results = await Store.Reports.AppendAsync(sent, None);

        results.Select(r => r.Id).ShouldBe(["r-1", "r-2", "r-3"]);
        results.ShouldAllBe(r => r.Outcome == AppendOutcome.Appended);
        var read = await ReadAllReports(0);
        read.Select(r => r.Sequence).ShouldBe(results.Select(r => r.Sequence));
        for (var i = 0; i < sent.Length; i++)
        {
            ShouldBeStored(read[i], sent[i]);
        }

        var found = await Store.Reports.FindAsync("r-2", None);
        found.ShouldNotBeNull();
        found.Sequence.ShouldBe(results[1].Sequence);
        ShouldBeStored(found, sent[1]);
        (await Store.Reports.LastSequenceAsync(None)).ShouldBe(results[2].Sequence);
    }

    [Fact]
    public async Task Sequences_increase_across_appends()
    {
        var sequences = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            var results = await Store.Reports.AppendAsync([SampleReports.ClaimToAppend($"a-{i}"), SampleReports.ClaimToAppend($"b-{i}")], None);
            sequences.AddRange(results.Select(r => r.Sequence));
        }

        sequences.First().ShouldBeGreaterThan(0);
        sequences.ShouldBe(sequences.Order().Distinct().ToList());
    }

    [Fact]
    public async Task Reading_after_a_sequence_returns_only_the_later_reports()
    {
        var results = await Store.Reports.AppendAsync(Enumerable.Range(0, 10).Select(i => SampleReports.ClaimToAppend($"r-{i}")).ToList(), None);

        var later = await ReadAllReports(results[6].Sequence);

        later.Select(r => r.Report.Id).ShouldBe(["r-7", "r-8", "r-9"]);
    }

    [Fact]
    public async Task A_scope_reads_back_only_its_own_reports_in_sequence_order()
    {
        var results = await Store.Reports.AppendAsync(
            [
                SampleReports.ToAppend(SampleReports.Claim("r-1"), scopes: ["base:ain-al-asad", "group:irq"]),
                SampleReports.ToAppend(SampleReports.Claim("r-2"), scopes: ["base:harir"]),
                SampleReports.ToAppend(SampleReports.Claim("r-3"), scopes: ["base:ain-al-asad"]),
                SampleReports.ToAppend(SampleReports.Claim("r-4")),
            ],
            None);
        // A repeat names another scope: it is not stored, so it must not join that scope either.
        await Store.Reports.AppendAsync([SampleReports.ToAppend(SampleReports.Claim("r-2"), scopes: ["base:al-tanf"])], None);

        var ainAlAsad = await Store.Reports.ReadScopeAsync("base:ain-al-asad", None).ToListAsync();

        ainAlAsad.Select(r => r.Sequence).ShouldBe([results[0].Sequence, results[2].Sequence]);
        ainAlAsad[0].Scopes.ShouldBe(["base:ain-al-asad", "group:irq"]);
        (await Store.Reports.ReadScopeAsync("group:irq", None).ToListAsync()).ShouldHaveSingleItem().Report.Id.ShouldBe("r-1");
        (await Store.Reports.ReadScopeAsync("base:al-tanf", None).ToListAsync()).ShouldBeEmpty();
        (await Store.Reports.ScopesAsync(None)).ShouldBe(["base:ain-al-asad", "base:harir", "group:irq"]);
    }

    [Fact]
    public async Task A_scope_with_more_reports_than_one_page_streams_them_all()
    {
        var sent = Enumerable.Range(0, 2500)
            .Select(i => SampleReports.ToAppend(SampleReports.Claim($"r-{i}"), scopes: [i % 2 == 0 ? "base:harir" : "base:al-tanf"]))
            .ToList();
        await Store.Reports.AppendAsync(sent, None);

        var harir = await Store.Reports.ReadScopeAsync("base:harir", None).Select(r => r.Report.Id).ToListAsync();

        harir.ShouldBe(Enumerable.Range(0, 2500).Where(i => i % 2 == 0).Select(i => $"r-{i}"));
    }

    [Fact]
    public async Task The_read_for_a_rebuild_gives_every_report_with_its_scopes_as_the_log_holds_them_in_sequence_order()
    {
        // More than one query's worth of rows (8192 in SQLite), so pages parsed side by side must still come out in order.
        var sent = Enumerable.Range(0, 9000)
            .Select(i => SampleReports.ToAppend(SampleReports.Claim($"r-{i}"), scopes: i % 3 == 0 ? [] : [i % 2 == 0 ? "base:harir" : "base:al-tanf", "theatre"]))
            .ToList();
        await Store.Reports.AppendAsync(sent, None);

        var rebuilt = (await Store.Reports.ReadForRebuildAsync(None).ToListAsync()).SelectMany(page => page).ToList();

        var logged = await ReadAllReports(0);
        rebuilt.Select(r => r.Sequence).ShouldBe(logged.Select(r => r.Sequence));
        rebuilt.Select(r => ReportJson.Serialize(r.Report)).ShouldBe(logged.Select(r => ReportJson.Serialize(r.Report)));
        rebuilt.Select(r => string.Join(' ', r.Scopes)).ShouldBe(logged.Select(r => string.Join(' ', r.Scopes ?? [])));
    }

    [Fact]
    public async Task A_read_for_a_rebuild_left_after_its_first_page_ends_and_the_store_still_reads()
    {
        await Store.Reports.AppendAsync(Enumerable.Range(0, 9000).Select(i => SampleReports.ClaimToAppend($"r-{i}")).ToList(), None);

        await foreach (var page in Store.Reports.ReadForRebuildAsync(None))
        {
            page[0].Report.Id.ShouldBe("r-0");
            break;
        }

        (await Store.Reports.FindAsync("r-8999", None)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Sending_the_same_report_again_is_a_duplicate_answered_with_the_original_sequence()
    {
        var first = await Store.Reports.AppendAsync([SampleReports.ClaimToAppend("r-1")], None);

        var again = await Store.Reports.AppendAsync([SampleReports.ClaimToAppend("r-1")], None);

        again.ShouldBe([new AppendResult("r-1", first[0].Sequence, AppendOutcome.Duplicate)]);
        (await ReadAllReports(0)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_same_id_with_other_content_is_a_conflict_and_the_stored_report_stands()
    {
        var original = SampleReports.ClaimToAppend("r-1");
        var first = await Store.Reports.AppendAsync([original], None);

        var other = await Store.Reports.AppendAsync([SampleReports.ClaimToAppend("r-1", note: "Corrected: two missiles")], None);

        other.ShouldBe([new AppendResult("r-1", first[0].Sequence, AppendOutcome.Conflict)]);
        var stored = await Store.Reports.FindAsync("r-1", None);
        stored.ShouldNotBeNull();
        ShouldBeStored(stored, original);
    }

    [Fact]
    public async Task An_id_repeated_inside_one_batch_is_judged_against_its_first_occurrence()
    {
        var results = await Store.Reports.AppendAsync(
            [
                SampleReports.ClaimToAppend("r-1"),
                SampleReports.ClaimToAppend("r-2"),
                SampleReports.ClaimToAppend("r-1"),
                SampleReports.ClaimToAppend("r-1", note: "other wording"),
            ],
            None);

        results.Select(r => r.Outcome).ShouldBe([AppendOutcome.Appended, AppendOutcome.Appended, AppendOutcome.Duplicate, AppendOutcome.Conflict]);
        results[2].Sequence.ShouldBe(results[0].Sequence);
        results[3].Sequence.ShouldBe(results[0].Sequence);
        (await ReadAllReports(0)).Select(r => r.Report.Id).ShouldBe(["r-1", "r-2"]);
    }

    [Fact]
    public void Outcomes_match_a_model_of_first_content_wins_for_any_sequence_of_batches()
    {
        // Ids and notes from small sets, so repeats and conflicts are common both within and across batches.
        var batches = Gen.Elements("a", "b", "c", "d")
            .Zip(Gen.Elements("x", "y"))
            .ListOf()
            .ListOf()
            .ToArbitrary();
        var run = 0;

        Prop.ForAll(batches, sent =>
        {
            var prefix = $"run-{Interlocked.Increment(ref run)}-";
            var model = new Dictionary<string, (long Sequence, string Note)>();
            foreach (var batch in sent)
            {
                var results = Store.Reports.AppendAsync(
                    batch.Select(p => SampleReports.ClaimToAppend(prefix + p.Item1, p.Item2)).ToList(), None).GetAwaiter().GetResult();
                for (var i = 0; i < batch.Count; i++)
                {
                    var (id, note) = (prefix + batch[i].Item1, batch[i].Item2);
                    if (model.TryGetValue(id, out var stored))
                    {
                        results[i].ShouldBe(new AppendResult(id, stored.Sequence, stored.Note == note ? AppendOutcome.Duplicate : AppendOutcome.Conflict));
                    }
                    else
                    {
                        results[i].Outcome.ShouldBe(AppendOutcome.Appended);
                        model.Values.ShouldAllBe(v => v.Sequence < results[i].Sequence);
                        model[id] = (results[i].Sequence, note);
                    }
                }
            }

            foreach (var (id, (sequence, note)) in model)
            {
                var found = Store.Reports.FindAsync(id, None).GetAwaiter().GetResult();
                found.ShouldNotBeNull();
                found.Sequence.ShouldBe(sequence);
                found.Report.Note.ShouldBe(note);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [Fact]
    public async Task Concurrent_appends_from_many_tasks_are_all_stored_in_fewer_transactions_than_appends()
    {
        const int Callers = 400;
        var before = Store.Transactions();

        var results = await Task.WhenAll(Enumerable.Range(0, Callers)
            .Select(i => Task.Run(() => Store.Reports.AppendAsync([SampleReports.ClaimToAppend($"c-{i}")], None))));

        var transactions = Store.Transactions() - before;
        transactions.ShouldBeLessThan(Callers);
        results.Select(r => r.Single().Sequence).Distinct().Count().ShouldBe(Callers);
        await ReopenAsync();
        var stored = await ReadAllReports(0);
        stored.Select(r => r.Report.Id).Order().ShouldBe(Enumerable.Range(0, Callers).Select(i => $"c-{i}").Order());
    }

    [Fact]
    public async Task Reopening_keeps_every_report_event_and_entity_edit_and_sequences_go_on_from_there()
    {
        var reports = await Store.Reports.AppendAsync([SampleReports.ClaimToAppend("r-1"), SampleReports.ClaimToAppend("r-2")], None);
        var events = await Store.Events.AppendAsync([Event("discrepancy.opened", "d-1", ["all"])], None);
        var edit = await Store.Entities.AppendAsync("alias", """{"entity":"ain-al-asad","alias":"Al-Assad"}""", "analyst-1", SampleReports.Received, None);

        await ReopenAsync();

        (await ReadAllReports(0)).Select(r => r.Sequence).ShouldBe(reports.Select(r => r.Sequence));
        (await Store.Events.ReadAfterAsync(0, null, 10, None)).ShouldHaveSingleItem().Sequence.ShouldBe(events[0].Sequence);
        (await Store.Entities.ReadAllAsync(None)).ShouldHaveSingleItem().Sequence.ShouldBe(edit);
        (await Store.Reports.AppendAsync([SampleReports.ClaimToAppend("r-1")], None)).Single().Outcome.ShouldBe(AppendOutcome.Duplicate);
        (await Store.Reports.AppendAsync([SampleReports.ClaimToAppend("r-3")], None)).Single().Sequence.ShouldBeGreaterThan(reports[1].Sequence);
        (await Store.Events.AppendAsync([Event("discrepancy.updated", "d-1", ["all"])], None)).Single().Sequence.ShouldBeGreaterThan(events[0].Sequence);
    }

    [Fact]
    public async Task Appended_events_come_back_with_increasing_sequences_in_input_order()
    {
        var sent = new[]
        {
            Event("discrepancy.opened", "d-1", ["all", "base:ain-al-asad"]),
            Event("tally.changed", "t-iraq", ["all", "region:iraq"]),
        };

        var first = await Store.Events.AppendAsync(sent, None);
        var second = await Store.Events.AppendAsync([Event("discrepancy.resolved", "d-1", ["all"])], None);

        first.Select(e => e with { Sequence = 0 }).ShouldBe(sent.Select(e => new StoredEvent(0, e.Type, e.Key, e.Topics, e.Payload, e.At)), new StoredEventComparer());
        first[1].Sequence.ShouldBeGreaterThan(first[0].Sequence);
        second[0].Sequence.ShouldBeGreaterThan(first[1].Sequence);
        (await Store.Events.LastSequenceAsync(None)).ShouldBe(second[0].Sequence);
        var read = await Store.Events.ReadAfterAsync(0, null, 10, None);
        read.ShouldBe(first.Concat(second), new StoredEventComparer());
    }

    [Fact]
    public async Task Appended_reports_are_handed_over_as_the_log_stores_them_before_their_appender_is_answered_but_not_repeats()
    {
        var old = (await Store.Reports.AppendAsync([SampleReports.ClaimToAppend("old")], None)).Single().Sequence;
        var handedOver = new List<IReadOnlyList<StoredReport>>();
        var answeredBefore = 0;
        var appends = new List<Task<IReadOnlyList<AppendResult>>>();
        ((IAppendedReports)Store.Reports).Appended += reports =>
        {
            lock (appends)
            {
                // Only the appends these reports came from: earlier commits' appenders are rightly answered by now.
                answeredBefore += reports.Count(r => appends[int.Parse(r.Report.Id.AsSpan(2), CultureInfo.InvariantCulture)].IsCompleted);
                handedOver.Add(reports);
            }
        };
        // An offset and sub-millisecond ticks, no entered-by, scopes: what is handed over must be what the log reads back.
        var at = new DateTimeOffset(2024, 1, 28, 5, 30, 0, TimeSpan.FromHours(-4)).AddTicks(1234567);

        lock (appends)
        {
            appends.AddRange(Enumerable.Range(0, 20).Select(i =>
            {
                var scoped = SampleReports.Claim($"s-{i}", note: $"عين الأسد \u2028 {i}");
                return Store.Reports.AppendAsync(
                [
                    SampleReports.ClaimToAppend($"r-{i}"),
                    new ReportToAppend(scoped, SampleReports.Hash(scoped), i % 2 == 0 ? null : "analyst-2", at.AddDays(i), ["base:tower-22", $"group:g-{i}"]),
                    SampleReports.ClaimToAppend("old"),
                    SampleReports.ClaimToAppend("old", note: "other wording"),
                    SampleReports.ClaimToAppend($"r-{i}"),
                ], None);
            }));
        }
        var results = await Task.WhenAll(appends);

        var logged = await ReadAllReports(old);
        answeredBefore.ShouldBe(0);
        results.ShouldAllBe(r => r.Count(a => a.Outcome == AppendOutcome.Appended) == 2);
        handedOver.ShouldAllBe(round => round.Select(r => r.Sequence).SequenceEqual(round.Select(r => r.Sequence).Order()));
        logged.Count.ShouldBe(40);
        var all = handedOver.SelectMany(round => round).ToList();
        all.Select(Whole).ShouldBe(logged.Select(Whole));
    }

    [Fact]
    public async Task Appended_events_are_handed_over_as_the_log_stores_them_before_their_appender_is_answered()
    {
        var handedOver = new List<StoredEvent>();
        var answeredBefore = 0;
        var appends = new List<Task<IReadOnlyList<StoredEvent>>>();
        ((IAppendedEvents)Store.Events).Appended += events =>
        {
            lock (appends)
            {
                answeredBefore += events.Count(e => appends[int.Parse(e.Key.AsSpan(2), CultureInfo.InvariantCulture)].IsCompleted);
                handedOver.AddRange(events);
            }
        };
        // An offset and sub-millisecond ticks, topics and a payload that need escaping, given as text, as UTF-8 or as a
        // way to serialise it (as the publisher does): what is handed over must be what a read of the log gives back.
        var at = new DateTimeOffset(2024, 1, 28, 5, 30, 0, TimeSpan.FromHours(3)).AddTicks(1234567);
        static string Json(int i) => $"{{\"id\":\"d-{i}\",\"summary\":\"عين الأسد \\u2028\"}}";
        static EventPayload Payload(int i) => (i % 3) switch
        {
            0 => EventPayload.FromText(Json(i)),
            1 => EventPayload.FromUtf8(Encoding.UTF8.GetBytes(Json(i))),
            _ => EventPayload.Serialised(stream => stream.Write(Encoding.UTF8.GetBytes(Json(i)))),
        };

        lock (appends)
        {
            appends.AddRange(Enumerable.Range(0, 20).Select(i => Store.Events.AppendAsync(
                [new EventToAppend("discrepancy", $"d-{i}", ["all", $"base:البرج-{i}", "group:\"q\""], Payload(i), at.AddDays(i))],
                None)));
        }
        await Task.WhenAll(appends);

        var logged = await Store.Events.ReadAfterAsync(0, null, 100, None);
        answeredBefore.ShouldBe(0);
        logged.Count.ShouldBe(20);
        handedOver.Select(e => (e.Sequence, e.Type, e.Key, string.Join('|', e.Topics), e.Payload, e.At, e.At.Offset))
            .ShouldBe(logged.Select(e => (e.Sequence, e.Type, e.Key, string.Join('|', e.Topics), e.Payload, e.At, e.At.Offset)));
        logged.Select(e => e.Payload).ShouldBe(logged.Select(e => Json(int.Parse(e.Key.AsSpan(2), CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Events_are_filtered_by_topic_after_a_sequence_up_to_a_limit()
    {
        var stored = await Store.Events.AppendAsync(
            [
                Event("discrepancy.opened", "d-1", ["base:ain-al-asad"]),
                Event("discrepancy.opened", "d-2", ["base:harir"]),
                Event("tally.changed", "t-1", ["region:iraq", "base:ain-al-asad"]),
                Event("discrepancy.updated", "d-1", ["base:ain-al-asad"]),
                Event("discrepancy.opened", "d-3", ["base:al-tanf"]),
                Event("discrepancy.updated", "d-2", ["base:harir", "base:harir"]),
            ],
            None);
        long Seq(int i) => stored[i].Sequence;

        (await Sequences(0, ["base:ain-al-asad"], 10)).ShouldBe([Seq(0), Seq(2), Seq(3)]);
        (await Sequences(0, ["base:ain-al-asad", "region:iraq"], 10)).ShouldBe([Seq(0), Seq(2), Seq(3)]);
        (await Sequences(0, ["base:harir", "base:al-tanf"], 10)).ShouldBe([Seq(1), Seq(4), Seq(5)]);
        (await Sequences(Seq(0), ["base:ain-al-asad", "base:harir"], 2)).ShouldBe([Seq(1), Seq(2)]);
        (await Sequences(Seq(3), ["base:ain-al-asad"], 10)).ShouldBeEmpty();
        (await Sequences(0, ["base:unknown"], 10)).ShouldBeEmpty();
        (await Sequences(0, [], 10)).ShouldBeEmpty();
        (await Sequences(0, null, 4)).ShouldBe(stored.Take(4).Select(e => e.Sequence));
        (await Sequences(Seq(1), [EventTopics.All], 10)).ShouldBe(stored.Skip(2).Select(e => e.Sequence));
        (await Sequences(0, ["base:harir", EventTopics.All], 0)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Latest_per_key_is_the_newest_event_of_each_key()
    {
        var stored = await Store.Events.AppendAsync(
            [
                Event("discrepancy.opened", "d-1", ["all"]),
                Event("discrepancy.opened", "d-2", ["all"]),
                Event("discrepancy.updated", "d-1", ["all"]),
                Event("tally.changed", "t-1", ["all"]),
            ],
            None);
        var resolved = await Store.Events.AppendAsync([Event("discrepancy.resolved", "d-2", ["all"])], None);

        var latest = await Store.Events.LatestPerKeyAsync(None);

        latest.ShouldBe([stored[2], stored[3], resolved[0]], new StoredEventComparer());
    }

    [Fact]
    public async Task Entity_edits_are_read_back_in_the_order_made()
    {
        var first = await Store.Entities.AppendAsync("entity", """{"id":"harir","kind":"base"}""", "analyst-1", SampleReports.Received, None);
        var second = await Store.Entities.AppendAsync("alias", """{"entity":"harir","alias":"Harir air base"}""", null, SampleReports.Received.AddMinutes(5), None);

        var edits = await Store.Entities.ReadAllAsync(None);

        second.ShouldBeGreaterThan(first);
        edits.ShouldBe(
        [
            new EntityEdit(first, "entity", """{"id":"harir","kind":"base"}""", "analyst-1", SampleReports.Received),
            new EntityEdit(second, "alias", """{"entity":"harir","alias":"Harir air base"}""", null, SampleReports.Received.AddMinutes(5)),
        ]);
    }

    [Fact]
    public async Task A_hundred_thousand_reports_stream_back_in_order()
    {
        const int Count = 100_000;
        var template = SampleReports.Claim("template");
        for (var start = 0; start < Count; start += 5000)
        {
            var batch = Enumerable.Range(start, 5000)
                .Select(i => new ReportToAppend(template with { Id = $"s-{i}" }, "h", null, SampleReports.Received))
                .ToList();
            await Store.Reports.AppendAsync(batch, None);
        }

        var count = 0;
        var previous = 0L;
        await foreach (var stored in Store.Reports.ReadAsync(0, None))
        {
            stored.Sequence.ShouldBeGreaterThan(previous);
            stored.Report.Id.ShouldBe($"s-{count}");
            previous = stored.Sequence;
            count++;
        }

        count.ShouldBe(Count);
    }

    [Fact]
    public async Task A_reader_may_stop_early_and_the_log_stays_usable()
    {
        await Store.Reports.AppendAsync(Enumerable.Range(0, 3000).Select(i => SampleReports.ClaimToAppend($"r-{i}")).ToList(), None);

        var firstTen = await Store.Reports.ReadAsync(0, None).Take(10).ToListAsync();

        firstTen.Select(r => r.Report.Id).ShouldBe(Enumerable.Range(0, 10).Select(i => $"r-{i}"));
        (await Store.Reports.AppendAsync([SampleReports.ClaimToAppend("after")], None)).Single().Outcome.ShouldBe(AppendOutcome.Appended);
    }

    protected async Task ReopenAsync()
    {
        await Store.DisposeAsync();
        store = null;
        store = await factory.OpenAsync();
    }

    private static EventToAppend Event(string type, string key, IReadOnlyList<string> topics) =>
        new(type, key, topics, $$"""{"key":"{{key}}","type":"{{type}}"}""", SampleReports.Received);

    private static void ShouldBeStored(StoredReport stored, ReportToAppend sent)
    {
        ReportJson.Serialize(stored.Report).ShouldBe(ReportJson.Serialize(sent.Report));
        stored.ContentHash.ShouldBe(sent.ContentHash);
        stored.EnteredBy.ShouldBe(sent.EnteredBy);
        stored.ReceivedAt.ShouldBe(sent.ReceivedAt);
        stored.ReceivedAt.Offset.ShouldBe(sent.ReceivedAt.Offset);
    }

    /// <summary>Everything a stored report holds, as comparable text.</summary>
    private static string Whole(StoredReport stored) => string.Join(
        '|', stored.Sequence, ReportJson.Serialize(stored.Report), stored.ContentHash, stored.EnteredBy ?? "(none)",
        stored.ReceivedAt.ToString("O", CultureInfo.InvariantCulture), string.Join(' ', stored.Scopes ?? []));

    private async Task<List<StoredReport>> ReadAllReports(long after) => await Store.Reports.ReadAsync(after, None).ToListAsync();

    private async Task<IEnumerable<long>> Sequences(long after, IReadOnlyCollection<string>? topics, int limit) =>
        (await Store.Events.ReadAfterAsync(after, topics, limit, None)).Select(e => e.Sequence);
}

using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;
using Correlator.Domain.Tallies;
using Correlator.Domain.Tests.Intake;
using Correlator.Grains.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Correlator.Grains.Tests.Properties;

/// <summary>The state is a function of the set of reports: not of their order, their repetition, or a restart.</summary>
public sealed class DeterminismProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(200);

    [Fact]
    public void Any_order_of_the_same_reports_gives_the_same_incidents()
    {
        Check.One(Runs, Prop.ForAll(ReportUniverse.Permuted, sample =>
            Fingerprints.Of(Incidents(sample.Shuffled), SeedFiles.Gazetteer)
                .ShouldBe(Fingerprints.Of(Incidents(sample.Reports), SeedFiles.Gazetteer))));
    }

    [Fact]
    public void Incidents_read_after_every_report_equal_incidents_read_once_after_all_of_them()
    {
        // Incidents are built when read, not when a report joins: a set read between adds must not keep a stale one.
        Check.One(Runs, Prop.ForAll(ReportUniverse.Permuted, sample =>
        {
            var readAlong = new IncidentSet();
            foreach (var report in sample.Shuffled)
            {
                var change = readAlong.Add(report);
                if (change.Changed is { } id)
                {
                    readAlong.Find(id).ShouldNotBeNull().Reports.ShouldContain(report);
                }
                change.Removed.ShouldAllBe(gone => readAlong.Find(gone) == null);
                Fingerprints.Of(readAlong, SeedFiles.Gazetteer);
            }

            Fingerprints.Of(readAlong, SeedFiles.Gazetteer).ShouldBe(Fingerprints.Of(Incidents(sample.Reports), SeedFiles.Gazetteer));
        }));
    }

    [Fact]
    public void An_incidents_logged_summary_is_the_same_from_its_reports_in_any_order_as_from_the_incident()
    {
        // A region's timeline summarises incidents from their members as they lie, without building them.
        Check.One(Runs, Prop.ForAll(ReportUniverse.Permuted, sample =>
        {
            var set = Incidents(sample.Shuffled);
            foreach (var incident in set.Incidents)
            {
                var reports = set.ReportsOf(incident.Id).ShouldNotBeNull();
                Incident.TellOfAttack(reports).ShouldBe(incident.IsAttack);
                LoggedIncident.Of(reports).ShouldBe(new LoggedIncident(
                    incident.Anchor.OccurredAt!.Value.UtcTicks, incident.Claimed,
                    Lowest(incident, c => c.Killed), Lowest(incident, c => c.Injured)));
            }
        }));
    }

    [Fact]
    public void Any_order_of_the_same_reports_gives_the_same_tallies_and_tally_discrepancies()
    {
        Check.One(Runs, Prop.ForAll(ReportUniverse.Permuted, sample =>
        {
            foreach (var region in Enum.GetValues<Region>())
            {
                Fingerprints.Of(Tallies(region, sample.Shuffled)).ShouldBe(Fingerprints.Of(Tallies(region, sample.Reports)));
            }
        }));
    }

    [Fact]
    public void Any_order_and_batching_of_the_same_reports_gives_the_same_grain_states()
    {
        Check.One(Runs, Prop.ForAll(ReportUniverse.Permuted, sample =>
        {
            var inOrder = Empty();
            inOrder.Apply(sample.Reports);
            var shuffled = Empty();
            foreach (var batch in ReportUniverse.Batches(sample.Shuffled, new Random(sample.Reports.Length)))
            {
                shuffled.Apply(batch);
            }

            shuffled.Canonical().ShouldBe(inOrder.Canonical());
        }));
    }

    [Fact]
    public void Adding_every_report_a_second_time_changes_nothing()
    {
        Check.One(Runs, Prop.ForAll(ReportUniverse.Permuted, sample =>
        {
            var once = Empty();
            once.Apply(sample.Reports);
            var twice = Empty();
            twice.Apply(sample.Reports);
            twice.Apply(sample.Shuffled);
            foreach (var report in sample.Reports)
            {
                twice.Apply([report, report]);
            }

            twice.Canonical().ShouldBe(once.Canonical());
            Fingerprints.Of(Incidents([.. sample.Reports, .. sample.Shuffled]), SeedFiles.Gazetteer)
                .ShouldBe(Fingerprints.Of(Incidents(sample.Reports), SeedFiles.Gazetteer));
            Fingerprints.Of(Tallies(Region.All, [.. sample.Reports, .. sample.Shuffled]))
                .ShouldBe(Fingerprints.Of(Tallies(Region.All, sample.Reports)));
        }));
    }

    [Fact]
    public void Grains_rebuilt_from_the_log_after_a_restart_equal_the_grains_before_it()
    {
        Check.One(Runs, Prop.ForAll(ReportUniverse.WithSeed, sample =>
        {
            var random = new Random(sample.Seed);
            var running = Empty();
            foreach (var batch in ReportUniverse.Batches(sample.Reports, random))
            {
                running.Apply(batch);
            }
            var restarted = Activate(sample.Reports);

            restarted.Canonical().ShouldBe(running.Canonical());
        }));
    }

    [Fact]
    public void Grains_restarted_midway_and_fed_the_rest_equal_grains_that_never_stopped()
    {
        Check.One(Runs, Prop.ForAll(ReportUniverse.WithSeed, sample =>
        {
            var random = new Random(sample.Seed);
            var cut = random.Next(0, sample.Reports.Length + 1);
            var neverStopped = Empty();
            neverStopped.Apply(sample.Reports);
            var restarted = Activate(sample.Reports[..cut]);
            foreach (var batch in ReportUniverse.Batches(sample.Reports[cut..], random))
            {
                restarted.Apply(batch);
            }

            restarted.Canonical().ShouldBe(neverStopped.Canonical());
        }));
    }

    [Fact]
    public void Following_the_update_stream_ends_on_every_grains_current_discrepancies()
    {
        Check.One(Runs, Prop.ForAll(ReportUniverse.WithSeed, sample =>
        {
            var random = new Random(sample.Seed);
            var cut = random.Next(0, sample.Reports.Length + 1);
            var view = new PublishedView();
            var before = Empty();
            foreach (var batch in ReportUniverse.Batches(sample.Reports[..cut], random))
            {
                view.Follow(before.Apply(batch));
            }
            // A restart: the grains come back from the log and the view keeps what was published before it.
            var after = Activate(sample.Reports[..cut]);
            view.Follow(after.Announce());
            foreach (var batch in ReportUniverse.Batches(sample.Reports[cut..], random))
            {
                view.Follow(after.Apply(batch));
            }

            foreach (var (scope, current) in after.CurrentDiscrepancies())
            {
                view.Of(scope).ShouldBe(PublishedView.Lines(current), scope);
            }
        }));
    }

    [Fact]
    public void Following_the_update_stream_without_a_restart_ends_on_the_current_discrepancies()
    {
        Check.One(Runs, Prop.ForAll(ReportUniverse.WithSeed, sample =>
        {
            var view = new PublishedView();
            var grains = Empty();
            foreach (var batch in ReportUniverse.Batches(sample.Reports, new Random(sample.Seed)))
            {
                view.Follow(grains.Apply(batch));
            }

            foreach (var (scope, current) in grains.CurrentDiscrepancies())
            {
                view.Of(scope).ShouldBe(PublishedView.Lines(current), scope);
            }
        }));
    }

    private static GrainSet Empty() => Activate([]);

    private static GrainSet Activate(IReadOnlyList<Report> log) =>
        GrainSet.ActivateAsync(log, SeedFiles.Gazetteer, ReportUniverse.Bases, ReportUniverse.Groups).GetAwaiter().GetResult();

    // The casualty figure of an incident as its reports in id order give it: the highest lower bound any account gives,
    // capped by the lowest upper bound any gives.
    private static int Lowest(Incident incident, Func<Casualties, int?> figure)
    {
        var given = incident.Reports.Where(r => r.Casualties is { } c && figure(c) is not null)
            .Select(r => Bounds.Of(figure(r.Casualties!)!.Value, r.Casualties!.Qualifier)).ToList();
        var low = given.Select(b => b.Low).DefaultIfEmpty(0).Max();
        return Math.Min(low, given.Where(b => b.High is not null).Select(b => b.High!.Value).DefaultIfEmpty(low).Min());
    }

    private static IncidentSet Incidents(IEnumerable<Report> reports)
    {
        var set = new IncidentSet();
        foreach (var report in reports)
        {
            set.Add(report);
        }
        return set;
    }

    private static TallyBook Tallies(Region region, IEnumerable<Report> reports)
    {
        var book = new TallyBook(region);
        foreach (var report in reports.Where(r => !TallyBook.IsTally(r) || r.Tally!.Region == region))
        {
            book.Add(report);
        }
        return book;
    }
}

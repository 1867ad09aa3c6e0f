using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;
using Correlator.Domain.Tallies;
using FsCheck;
using FsCheck.Fluent;
using static Correlator.Domain.Tests.Intake.SampleReports;
using static Correlator.Domain.Tests.Tallies.TheatreTallies;

namespace Correlator.Domain.Tests.Tallies;

public sealed class TallyBookTests
{
    private const string Erbil = "erbil-air-base";
    private const string Resistance = "islamic-resistance-in-iraq";

    [Fact]
    public void An_official_count_above_the_logged_incidents_raises_a_tally_gap()
    {
        var (_, found) = Reconcile(
            Claim("c1", Erbil, Resistance, October(20).AddHours(12)),
            OfficialTally("t1", TallyMetric.Attacks, 12, Qualifier.Exact, October(19), October(26)));

        var gap = found.Single(d => d.Kind == DiscrepancyKind.TallyGap);
        gap.Id.ShouldBe("tallyGap:tally:all:attacks");
        gap.Summary.ShouldBe("Pentagon counted 12 attacks across the region from 19 October 2023 to 26 October 2023; "
                             + "Correlator has logged one incident in that window, at least 11 fewer than the official figure.");
        gap.Reports.ShouldHaveSingleItem().Id.ShouldBe("t1");
    }

    [Fact]
    public void An_official_count_above_the_claims_raises_a_claim_tally_gap()
    {
        var (_, found) = Reconcile(
            Official("o1", Erbil, October(20).AddHours(12)),
            OfficialTally("t1", TallyMetric.Attacks, 1, Qualifier.MoreThan, October(19), October(26)));

        found.Select(d => d.Kind).ShouldBe([DiscrepancyKind.TallyGap, DiscrepancyKind.ClaimTallyGap]);
        found[1].Summary.ShouldContain("no attacks were claimed by armed groups in that window");
    }

    [Fact]
    public void An_official_count_the_logged_incidents_meet_raises_no_gap()
    {
        var (_, found) = Reconcile(
            Claim("c1", Erbil, Resistance, October(20).AddHours(12)),
            OfficialTally("t1", TallyMetric.Attacks, 1, Qualifier.About, October(19), October(26)));

        found.ShouldBeEmpty();
    }

    [Fact]
    public void An_incident_outside_the_window_of_the_count_is_not_counted()
    {
        var (series, _) = Reconcile(
            Claim("c1", Erbil, Resistance, October(27).AddHours(12)),
            OfficialTally("t1", TallyMetric.Attacks, 0, Qualifier.Exact, October(19), October(26)));

        series.Single().Logged.Incidents.ShouldBe(0);
    }

    [Fact]
    public void A_later_official_count_below_an_earlier_one_over_a_wider_window_is_a_tally_revision()
    {
        var (_, found) = Reconcile(
            OfficialTally("t1", TallyMetric.Attacks, 60, Qualifier.MoreThan, October(15), October(45)),
            OfficialTally("t2", TallyMetric.Attacks, 50, Qualifier.Exact, October(14), October(48)));

        var revision = found.Single(d => d.Kind == DiscrepancyKind.TallyRevision);
        revision.Reports.Select(e => e.Id).ShouldBe(["t1", "t2"]);
        revision.Summary.ShouldBe("Pentagon gives 50 attacks across the region from 14 October 2023 to 17 November 2023, "
                                  + "fewer than the more than 60 that Pentagon gave from 15 October 2023 to 14 November 2023.");
    }

    [Fact]
    public void A_later_count_over_a_shorter_window_may_be_smaller_without_a_revision()
    {
        var (_, found) = Reconcile(
            OfficialTally("t1", TallyMetric.Attacks, 60, Qualifier.MoreThan, October(15), October(45)),
            OfficialTally("t2", TallyMetric.Attacks, 12, Qualifier.Exact, October(40), October(47)));

        found.Select(d => d.Kind).ShouldNotContain(DiscrepancyKind.TallyRevision);
    }

    [Fact]
    public void A_killed_figure_and_a_later_zero_over_a_wider_window_are_a_casualty_conflict()
    {
        var (_, found) = Reconcile(
            MediaTally("k1", TallyMetric.Killed, 24, Qualifier.AtLeast, October(17), October(24)),
            OfficialTally("k2", TallyMetric.Killed, 0, Qualifier.Exact, October(15), October(48)));

        var conflict = found.ShouldHaveSingleItem();
        conflict.Kind.ShouldBe(DiscrepancyKind.CasualtyConflict);
        conflict.Id.ShouldBe("casualtyConflict:tally:all:killed");
        conflict.Summary.ShouldContain("Pentagon gives no people killed across the region");
        conflict.Summary.ShouldContain("fewer than the at least 24 that Al Mayadeen gave");
    }

    [Fact]
    public void A_facility_only_count_is_no_ceiling()
    {
        var (facility, _) = Reconcile(
            OfficialTally("t1", TallyMetric.Attacks, 40, Qualifier.Exact, October(17), October(40), rule: CountingRule.FacilityStrikes));
        var (every, _) = Reconcile(
            OfficialTally("t1", TallyMetric.Attacks, 40, Qualifier.Exact, October(17), October(40)));

        facility.Single().Estimate.High.ShouldBeNull();
        facility.Single().Estimate.Low.ShouldBe(40);
        every.Single().Estimate.High.ShouldBe(40);
    }

    [Fact]
    public void The_estimate_of_more_than_60_and_a_later_92_is_92()
    {
        var (series, _) = Reconcile(
            OfficialTally("t1", TallyMetric.Attacks, 60, Qualifier.MoreThan, October(15), October(48)),
            OfficialTally("t2", TallyMetric.Attacks, 92, Qualifier.Exact, October(17), October(72)));

        var estimate = series.Single().Estimate;
        (estimate.Low, estimate.Best, estimate.High).ShouldBe((92, 92, (int?)92));
        estimate.AsOf.ShouldBe(October(72));
    }

    [Fact]
    public void About_40_alone_is_estimated_between_36_and_44_with_40_best()
    {
        var (series, _) = Reconcile(OfficialTally("t1", TallyMetric.Attacks, 40, Qualifier.About, October(7), October(49), Region.Syria));

        var estimate = series.Single().Estimate;
        (estimate.Low, estimate.Best, estimate.High).ShouldBe((36, 40, (int?)44));
    }

    [Fact]
    public void Logged_incidents_raise_the_low_end_above_a_smaller_official_count()
    {
        var (series, _) = Reconcile(
            Claim("c1", Erbil, Resistance, October(20).AddHours(12)),
            Claim("c2", "ain-al-asad", Resistance, October(21).AddHours(12)),
            OfficialTally("t1", TallyMetric.Attacks, 1, Qualifier.Exact, October(19), October(26)));

        series.Single().Estimate.Low.ShouldBe(2);
        series.Single().Estimate.High.ShouldBeNull();
    }

    [Fact]
    public void A_book_with_incidents_and_no_figures_still_has_an_attack_series()
    {
        var (series, found) = Reconcile(Claim("c1", Erbil, Resistance, October(20)));

        series.ShouldHaveSingleItem().Metric.ShouldBe(TallyMetric.Attacks);
        series[0].Estimate.Best.ShouldBe(1);
        found.ShouldBeEmpty();
    }

    [Fact]
    public void Adding_a_figure_twice_changes_nothing()
    {
        var book = new TallyBook(Region.All);
        var figure = OfficialTally("t1", TallyMetric.Attacks, 12, Qualifier.Exact, October(19), October(26));

        book.Add(figure).ShouldBeTrue();
        book.Add(figure).ShouldBeFalse();
        book.ReportCount.ShouldBe(1);
    }

    [Fact]
    public void A_book_asked_after_every_round_says_what_a_book_fed_everything_at_once_says()
    {
        Prop.ForAll<int>(seed =>
        {
            var random = new Random(seed);
            var reports = Pool().OrderBy(_ => random.Next()).ToList();
            var asked = new TallyBook(Region.All);
            var i = 0;
            while (i < reports.Count)
            {
                foreach (var report in reports.Skip(i).Take(random.Next(1, 5)))
                {
                    asked.Add(report);
                    i++;
                }
                asked.Discrepancies(asked.Series());
            }
            var (series, found) = Reconcile([.. reports]);
            var finalSeries = asked.Series();
            finalSeries.Select(s => s.Fingerprint).ShouldBe(series.Select(s => s.Fingerprint));
            asked.Discrepancies(finalSeries).Select(d => d.Fingerprint).ShouldBe(found.Select(d => d.Fingerprint));
        }).QuickCheckThrowOnFailure();
    }

    private static IEnumerable<Report> Pool()
    {
        for (var day = 1; day <= 12; day++)
        {
            yield return Claim($"c{day}", Erbil, Resistance, October(day * 2).AddHours(12));
            yield return Official($"o{day}", Erbil, October(day * 2).AddHours(13));
        }
        yield return OfficialTally("t1", TallyMetric.Attacks, 5, Qualifier.Exact, October(1), October(10));
        yield return OfficialTally("t2", TallyMetric.Attacks, 3, Qualifier.MoreThan, October(1), October(20));
        yield return OfficialTally("t3", TallyMetric.Attacks, 30, Qualifier.About, null, October(24));
        yield return MediaTally("m1", TallyMetric.Killed, 4, Qualifier.Exact, October(1), October(15));
        yield return OfficialTally("k1", TallyMetric.Killed, 1, Qualifier.Exact, October(1), October(22));
    }
}

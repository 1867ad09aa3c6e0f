using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;
using Correlator.Domain.Tests.Intake;
using static Correlator.Domain.Tests.Intake.SampleReports;

namespace Correlator.Domain.Tests.Reconciliation;

public sealed class IncidentSetTests
{
    private const string Erbil = "erbil-air-base";
    private const string Resistance = "islamic-resistance-in-iraq";

    [Fact]
    public void A_claim_and_an_official_statement_of_the_same_evening_are_one_incident()
    {
        var set = Build(Claim("c1", Erbil, Resistance, Evening, Weapon.Drone, 2), Official("o1", Erbil, Evening.AddHours(1)));

        set.Incidents.ShouldHaveSingleItem().Reports.Select(r => r.Id).ShouldBe(["c1", "o1"]);
    }

    [Fact]
    public void Reports_a_day_apart_at_one_base_are_two_incidents()
    {
        var set = Build(Claim("c1", Erbil, Resistance, October(26).AddHours(12)), Official("o1", Erbil, October(27).AddHours(12)));

        set.Incidents.Count().ShouldBe(2);
    }

    [Fact]
    public void Reports_on_the_same_day_at_two_bases_are_two_incidents()
    {
        var set = Build(Claim("c1", Erbil, Resistance, Evening), Official("o1", "ain-al-asad", Evening));

        set.Incidents.Count().ShouldBe(2);
    }

    [Fact]
    public void A_drone_claim_and_a_rocket_claim_on_the_same_day_are_two_incidents()
    {
        var set = Build(Claim("c1", Erbil, Resistance, Evening, Weapon.Drone), Claim("c2", Erbil, Resistance, Evening, Weapon.Rocket));

        set.Incidents.Count().ShouldBe(2);
    }

    [Fact]
    public void A_claim_that_names_no_weapon_joins_a_drone_claim_of_the_same_day()
    {
        var set = Build(Claim("c1", Erbil, Resistance, Evening, Weapon.Drone), Claim("c2", Erbil, Resistance, Evening));

        set.Incidents.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_claim_of_drones_and_an_official_report_of_rockets_is_one_incident_with_a_weapon_conflict()
    {
        var set = Build(Claim("c1", Erbil, Resistance, Evening, Weapon.Drone, 2), Official("o1", Erbil, Evening, Weapon.Rocket));

        var incident = set.Incidents.ShouldHaveSingleItem();
        incident.Weapons.ShouldBe([Weapon.Drone, Weapon.Rocket]);
        IncidentRules.Evaluate(incident, SeedFiles.Gazetteer).Select(d => d.Kind).ShouldContain(DiscrepancyKind.WeaponConflict);
    }

    [Fact]
    public void A_report_bridging_two_incidents_merges_them_and_keeps_the_earliest_id()
    {
        var set = new IncidentSet();
        set.Add(Claim("z-drone-claim", Erbil, Resistance, Evening.AddHours(-1), Weapon.Drone, precision: TimePrecision.Hour));
        set.Add(Claim("a-rocket-claim", Erbil, Resistance, Evening.AddHours(1.5), Weapon.Rocket, precision: TimePrecision.Hour));
        set.Incidents.Count().ShouldBe(2);

        // An official statement that names no weapon matches both claims (another camp), so they become one attack.
        var change = set.Add(Official("m-official", Erbil, Evening, precision: TimePrecision.Hour));

        var incident = set.Incidents.ShouldHaveSingleItem();
        incident.Reports.Select(r => r.Id).ShouldBe(["a-rocket-claim", "m-official", "z-drone-claim"]);
        incident.Id.ShouldBe($"{Erbil}:z-drone-claim");
        change.Changed.ShouldBe(incident.Id);
        change.Removed.ShouldBe([$"{Erbil}:a-rocket-claim"]);
    }

    [Fact]
    public void An_incident_is_named_after_its_earliest_report_whatever_the_arrival_order()
    {
        var early = Claim("z-early", Erbil, Resistance, Evening, precision: TimePrecision.Hour);
        var late = Official("a-late", Erbil, Evening.AddMinutes(90), precision: TimePrecision.Hour);

        var forwards = Build(early, late).Incidents.ShouldHaveSingleItem();
        var backwards = Build(late, early).Incidents.ShouldHaveSingleItem();

        forwards.Id.ShouldBe($"{Erbil}:z-early");
        backwards.Id.ShouldBe(forwards.Id);
    }

    [Fact]
    public void Adding_a_report_twice_changes_nothing()
    {
        var claim = Claim("c1", Erbil, Resistance, Evening);
        var set = Build(claim);

        set.Add(claim).ShouldBe(IncidentChange.None);
        set.ReportCount.ShouldBe(1);
    }

    [Fact]
    public void A_copy_of_a_report_given_again_changes_nothing_even_when_its_window_spans_several_days()
    {
        // A week's window sits in eight days' buckets; the copy is found in the first.
        var claim = Claim("c1", Erbil, Resistance, Evening, precision: TimePrecision.Week);
        var set = Build(claim, Official("o1", Erbil, Evening.AddDays(2), precision: TimePrecision.Day));

        set.Add(claim with { }).ShouldBe(IncidentChange.None);
        set.ReportCount.ShouldBe(2);
        set.Incidents.ShouldHaveSingleItem().Reports.Select(r => r.Id).ShouldBe(["c1", "o1"]);
    }

    [Fact]
    public void The_reports_of_an_incident_are_given_without_building_it()
    {
        var set = Build(
            Claim("z-claim", Erbil, Resistance, Evening, Weapon.Drone, precision: TimePrecision.Hour),
            Official("a-official", Erbil, Evening.AddHours(1), precision: TimePrecision.Exact));
        var id = set.IncidentIds.ShouldHaveSingleItem();

        set.ReportsOf(id).ShouldNotBeNull().Select(r => r.Id).ShouldBe(["z-claim", "a-official"], ignoreOrder: true);
        set.ReportsOf("erbil-air-base:no-such-report").ShouldBeNull();
    }

    [Fact]
    public void Tallies_threats_and_undated_reports_form_no_incident()
    {
        var undated = Claim("c1", Erbil, Resistance, Evening) with { OccurredAt = null };
        var threat = Claim("t1", Erbil, Resistance, Evening) with { Kind = ReportKind.Threat };
        var tally = OfficialTally("t2", TallyMetric.Attacks, 12, Qualifier.Exact, October(19), October(26));

        Build(undated, threat, tally).Incidents.ShouldBeEmpty();
    }

    private static IncidentSet Build(params Report[] reports)
    {
        var set = new IncidentSet();
        foreach (var report in reports)
        {
            set.Add(report);
        }
        return set;
    }
}

using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;
using Correlator.Domain.Tests.Intake;
using static Correlator.Domain.Tests.Intake.SampleReports;

namespace Correlator.Domain.Tests.Reconciliation;

public sealed class IncidentRulesTests
{
    private const string Erbil = "erbil-air-base";
    private const string Resistance = "islamic-resistance-in-iraq";
    private const string Hezbollah = "kataib-hezbollah";
    private const string Nujaba = "harakat-al-nujaba";
    private const string AsaibAhlAlHaq = "asaib-ahl-al-haq";

    [Fact]
    public void Claim_of_a_hit_against_an_official_thwarted_raises_an_outcome_conflict()
    {
        var found = Evaluate(
            Claim("c1", Erbil, Resistance, Evening, Weapon.Drone, 2, Outcome.Hit),
            Official("o1", Erbil, Evening, outcome: Outcome.Intercepted));

        var conflict = found.ShouldHaveSingleItem();
        conflict.Kind.ShouldBe(DiscrepancyKind.OutcomeConflict);
        conflict.Reports.Select(e => e.Id).ShouldBe(["c1", "o1"]);
        conflict.Subject.Base.ShouldBe(Erbil);
        conflict.Subject.Region.ShouldBe(Region.Iraq);
    }

    [Fact]
    public void An_outcome_conflict_reads_as_claimed_hit_then_official_thwarted()
    {
        var summary = Evaluate(
            Claim("c1", Erbil, Resistance, Evening, Weapon.Drone, 2, Outcome.Hit),
            Official("o1", Erbil, Evening, outcome: Outcome.Intercepted)).Single().Summary;

        summary.ShouldStartWith("Islamic Resistance in Iraq says two drones hit their targets at Erbil Air Base on 26 October 2023");
        summary.ShouldContain("Pentagon says the attack was thwarted, two days after the claim.");
    }

    [Fact]
    public void A_claim_of_damage_and_an_official_no_damage_also_conflict()
    {
        var found = Evaluate(
            Claim("c1", Erbil, Resistance, Evening, outcome: Outcome.Damage),
            Official("o1", Erbil, Evening, outcome: Outcome.NoDamage));

        found.Select(d => d.Kind).ShouldBe([DiscrepancyKind.OutcomeConflict]);
    }

    [Fact]
    public void A_claim_confirmed_by_an_agreeing_official_statement_raises_nothing()
    {
        var found = Evaluate(
            Claim("c1", Erbil, Resistance, Evening, Weapon.Drone, 2, Outcome.Hit),
            Official("o1", Erbil, Evening, Weapon.Drone, 2, Outcome.Damage));

        found.ShouldBeEmpty();
    }

    [Fact]
    public void A_claim_with_no_official_statement_is_unconfirmed()
    {
        var found = Evaluate(Claim("c1", Erbil, Resistance, Evening, Weapon.Drone, 1, Outcome.Hit));

        var unconfirmed = found.ShouldHaveSingleItem();
        unconfirmed.Kind.ShouldBe(DiscrepancyKind.UnconfirmedClaim);
        unconfirmed.Id.ShouldBe($"unconfirmedClaim:{Erbil}:c1");
        unconfirmed.Summary.ShouldContain("a drone hit its target");
        unconfirmed.Summary.ShouldContain("no official statement confirms it");
    }

    [Fact]
    public void An_unconfirmed_claim_mentions_the_media_reports_of_the_attack()
    {
        var unconfirmed = Evaluate(Claim("c1", Erbil, Resistance, Evening), Media("m1", Erbil, Evening)).ShouldHaveSingleItem();

        unconfirmed.Summary.ShouldEndWith("though one media report mentions the attack.");
        unconfirmed.Reports.Select(e => e.Id).ShouldBe(["c1", "m1"]);
    }

    [Fact]
    public void Evidence_lists_each_report_once_in_id_order_whatever_order_the_incident_holds_them_in()
    {
        var first = Claim("c1", Erbil, Resistance, Evening) with { Quote = "first" };
        var repeated = first with { Quote = "repeated" };
        var incident = new Incident($"{Erbil}:c1", Erbil, TimeWindow.Around(Evening, TimePrecision.Day),
            [Media("m2", Erbil, Evening), first, Media("m1", Erbil, Evening), repeated]);

        var unconfirmed = IncidentRules.Evaluate(incident, SeedFiles.Gazetteer).ShouldHaveSingleItem();

        unconfirmed.Reports.Select(e => e.Id).ShouldBe(["c1", "m1", "m2"]);
        unconfirmed.Reports[0].Quote.ShouldBe("first");
    }

    [Fact]
    public void An_official_statement_that_nobody_claimed_is_an_unclaimed_incident()
    {
        var unclaimed = Evaluate(Official("o1", Erbil, Evening, Weapon.Rocket, 3)).ShouldHaveSingleItem();

        unclaimed.Kind.ShouldBe(DiscrepancyKind.UnclaimedIncident);
        unclaimed.Summary.ShouldBe("Pentagon reported an attack with three rockets on Erbil Air Base on 26 October 2023; no group has claimed it.");
    }

    [Fact]
    public void Accounts_that_differ_only_on_the_number_of_drones_raise_a_weapon_conflict()
    {
        var conflict = Evaluate(
            Claim("c1", Erbil, Resistance, Evening, Weapon.Drone, 3),
            Official("o1", Erbil, Evening, Weapon.Drone, 1)).ShouldHaveSingleItem();

        conflict.Kind.ShouldBe(DiscrepancyKind.WeaponConflict);
        conflict.Summary.ShouldContain("differ on the number of weapons");
        conflict.Summary.ShouldContain("three drones");
    }

    [Fact]
    public void An_account_that_gives_no_count_does_not_contradict_one_that_does()
    {
        Evaluate(Claim("c1", Erbil, Resistance, Evening, Weapon.Drone, 3), Official("o1", Erbil, Evening, Weapon.Drone)).ShouldBeEmpty();
    }

    [Fact]
    public void Killed_figures_that_cannot_both_be_true_raise_a_casualty_conflict()
    {
        var conflict = Evaluate(
            Claim("c1", Erbil, Resistance, Evening) with { Casualties = new Casualties(Killed: 5, Qualifier: Qualifier.AtLeast) },
            Official("o1", Erbil, Evening) with { Casualties = new Casualties(Killed: 0, Injured: 0) }).ShouldHaveSingleItem();

        conflict.Kind.ShouldBe(DiscrepancyKind.CasualtyConflict);
        conflict.Summary.ShouldContain("at least five killed");
        conflict.Summary.ShouldContain("nobody killed and nobody injured");
    }

    [Fact]
    public void Hedged_casualty_figures_that_overlap_do_not_conflict()
    {
        Evaluate(
            Claim("c1", Erbil, Resistance, Evening) with { Casualties = new Casualties(Injured: 10, Qualifier: Qualifier.About) },
            Official("o1", Erbil, Evening) with { Casualties = new Casualties(Injured: 9) }).ShouldBeEmpty();
    }

    [Fact]
    public void A_claim_by_one_group_and_an_attribution_to_an_unrelated_group_raise_an_attribution_conflict()
    {
        var found = Evaluate(
            Claim("c1", Erbil, Hezbollah, Evening),
            Official("o1", Erbil, Evening),
            Attribution("a1", Erbil, AsaibAhlAlHaq, Evening));

        var conflict = found.ShouldHaveSingleItem();
        conflict.Kind.ShouldBe(DiscrepancyKind.AttributionConflict);
        conflict.Summary.ShouldContain("Kataib Hezbollah claimed the attack on Erbil Air Base");
        conflict.Summary.ShouldContain("attributes it to");
        conflict.Subject.Groups.ShouldBe([AsaibAhlAlHaq, Hezbollah]);
    }

    [Fact]
    public void No_attribution_conflict_when_the_attributed_group_is_a_member_of_the_claimants_umbrella()
    {
        Evaluate(
            Claim("c1", Erbil, Resistance, Evening),
            Official("o1", Erbil, Evening),
            Attribution("a1", Erbil, Hezbollah, Evening)).ShouldBeEmpty();
    }

    [Fact]
    public void Two_member_groups_of_one_umbrella_claiming_the_same_attack_do_conflict()
    {
        var found = Evaluate(
            Claim("c1", Erbil, Hezbollah, Evening),
            Claim("c2", Erbil, Nujaba, Evening),
            Official("o1", Erbil, Evening));

        found.ShouldHaveSingleItem().Summary.ShouldContain("also claims it");
    }

    [Fact]
    public void An_incident_made_only_of_attributions_is_no_attack_and_raises_nothing()
    {
        Evaluate(Attribution("a1", Erbil, Hezbollah, Evening)).ShouldBeEmpty();
    }

    private static IReadOnlyList<Discrepancy> Evaluate(params Report[] reports)
    {
        var set = new IncidentSet();
        foreach (var report in reports)
        {
            set.Add(report);
        }
        return IncidentRules.Evaluate(set.Incidents.ShouldHaveSingleItem(), SeedFiles.Gazetteer);
    }
}

using Correlator.Domain.Reconciliation;
using Correlator.Domain.Reports;
using Correlator.Domain.Tests.Intake;
using static Correlator.Domain.Tests.Intake.SampleReports;

namespace Correlator.Domain.Tests.Regressions;

/// <summary>
/// Found probing with a claim that rockets hit Ain al-Asad, giving no number, against an official "no damage": the
/// summaries read "rockets hit its target" and "that rockets hit its target", since only a count above one made the
/// verb plural, though rockets and mortars without a count are named in the plural.
/// </summary>
public sealed class Rockets_without_a_count_take_a_plural_verb
{
    private const string Asad = "ain-al-asad";
    private const string Resistance = "islamic-resistance-in-iraq";

    [Fact]
    public void An_outcome_conflict_says_rockets_hit_their_targets()
    {
        Evaluate(Claim("c1", Asad, Resistance, Evening, Weapon.Rocket, outcome: Outcome.Hit),
                Official("o1", Asad, Evening, outcome: Outcome.NoDamage))
            .Single(d => d.Kind == DiscrepancyKind.OutcomeConflict).Summary
            .ShouldStartWith("Islamic Resistance in Iraq says rockets hit their targets at Ain al-Asad Air Base");
    }

    [Fact]
    public void An_unconfirmed_claim_says_mortars_hit_their_targets_and_a_drone_its_target()
    {
        Evaluate(Claim("c1", Asad, Resistance, Evening, Weapon.Mortar, outcome: Outcome.Hit)).Single().Summary
            .ShouldStartWith("Islamic Resistance in Iraq claimed that mortars hit their targets at Ain al-Asad Air Base");
        Evaluate(Claim("c1", Asad, Resistance, Evening, Weapon.Drone, outcome: Outcome.Hit)).Single().Summary
            .ShouldStartWith("Islamic Resistance in Iraq claimed that a drone hit its target at Ain al-Asad Air Base");
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

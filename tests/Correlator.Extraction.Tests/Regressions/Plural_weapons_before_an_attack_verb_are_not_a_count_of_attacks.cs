using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing a timeline: "Two drones attack al-Tanf garrison" was read as a tally of two attacks besides the
/// attack itself, since one word may stand between a figure and "attack" ("3 drone attacks").
/// </summary>
public sealed class Plural_weapons_before_an_attack_verb_are_not_a_count_of_attacks
{
    [Theory]
    [InlineData("Two drones attack al-Tanf garrison on Oct. 18.", Weapon.Drone, 2)]
    [InlineData("Three rockets attack Ain al-Asad on Oct. 18.", Weapon.Rocket, 3)]
    [InlineData("Four mortars attacked Harir air base on Oct. 18.", Weapon.Mortar, 4)]
    public void The_figure_counts_the_weapons_only(string text, Weapon weapon, int count)
    {
        var report = Read.Single(text, published: "2023-11-10").Report;

        report.Tally.ShouldBeNull();
        report.Weapon.ShouldBe(weapon);
        report.WeaponCount.ShouldBe(count);
    }

    [Fact]
    public void A_figure_of_drone_attacks_is_still_a_tally()
    {
        var extraction = Read.Article("The Pentagon said there were 3 drone attacks in the past week.", published: "2023-11-10");

        extraction.Candidates.ShouldHaveSingleItem().Report.Tally!.Value.ShouldBe(3);
    }
}

using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing a CENTCOM release: "forces at Ain al-Asad were attacked by two one-way attack UAS" gave a tally of two
/// attacks and no weapon, since "UAS" (unmanned aircraft system, singular or plural) was no drone.
/// </summary>
public sealed class A_one_way_attack_UAS_is_a_drone_not_a_count_of_attacks
{
    [Theory]
    [InlineData("On Nov. 21, U.S. forces at Ain al-Asad were attacked by two one-way attack UAS.", 2)]
    [InlineData("On Nov. 21, forces at Al-Shaddadi engaged a one-way attack UAS.", 1)]
    [InlineData("On Nov. 21, an unmanned aircraft system struck Harir air base.", 1)]
    [InlineData("On Nov. 21, UAS attacked al-Tanf garrison.", null)]
    public void The_weapon_is_a_drone_with_its_count(string text, int? count)
    {
        var report = Read.Single(text, published: "2023-11-22").Report;

        report.Tally.ShouldBeNull();
        report.Weapon.ShouldBe(Weapon.Drone);
        report.WeaponCount.ShouldBe(count);
    }
}

using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing: "Two ballistic missiles and a cruise missile were fired at Ain al-Asad" gave one missile, the part
/// nearest the base's name.
/// </summary>
public sealed class One_weapon_told_in_parts_is_counted_whole
{
    [Theory]
    [InlineData("Two ballistic missiles and a cruise missile were fired at Ain al-Asad air base on Saturday, a U.S. official said.", Weapon.Missile, 3)]
    [InlineData("استهدفت المقاومة الإسلامية في العراق قاعدة حرير بطائرتين مسيرتين وثلاث طائرات مسيرة أخرى اليوم.", Weapon.Drone, 5)]
    [InlineData("Two rockets and several more rockets hit near Harir base on Saturday.", Weapon.Rocket, null)]
    public void The_count_is_the_sum_of_the_parts(string text, Weapon weapon, int? count)
    {
        var report = Read.Single(text).Report;

        report.Weapon.ShouldBe(weapon);
        report.WeaponCount.ShouldBe(count);
    }
}

using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing a timeline ("- Oct. 17 – Drones target Ain al-Asad air base"): the day of the date stood just before
/// the plural weapon and was read as its count, 17 drones.
/// </summary>
public sealed class A_day_of_the_month_is_not_a_count_of_weapons
{
    [Theory]
    [InlineData("- Oct. 17 – Drones target Ain al-Asad air base.", Weapon.Drone)]
    [InlineData("On 19 October rockets hit al-Tanf garrison.", Weapon.Rocket)]
    [InlineData("3 November: drones attacked Harir air base.", Weapon.Drone)]
    [InlineData("في 20 تشرين الأول صواريخ استهدفت قاعدة عين الأسد.", Weapon.Rocket)]
    public void The_weapon_stays_uncounted(string text, Weapon weapon)
    {
        var report = Read.Single(text, published: "2023-11-10").Report;

        report.Weapon.ShouldBe(weapon);
        report.WeaponCount.ShouldBeNull();
    }

    [Fact]
    public void A_count_after_the_date_is_still_read()
    {
        var report = Read.Single("- Oct. 18 – Two drones attack al-Tanf garrison in Syria.", published: "2023-11-10").Report;

        report.OccurredAt!.Value.Day.ShouldBe(18);
        report.WeaponCount.ShouldBe(2);
    }
}

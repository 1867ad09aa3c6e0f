using Correlator.Domain.Reports;
using Correlator.Extraction.Rules;

namespace Correlator.Extraction.Tests.Rules;

public sealed class WeaponsTests
{
    [Theory]
    [InlineData("استهدفت القاعدة بطائرتين مسيّرتين", Weapon.Drone, 2)]
    [InlineData("هجوم بطائرة مسيرة على المطار", Weapon.Drone, 1)]
    [InlineData("أطلقت 3 صواريخ كاتيوشا", Weapon.Rocket, 3)]
    [InlineData("سقط صاروخان قرب السفارة", Weapon.Rocket, 2)]
    [InlineData("two one-way attack drones were launched", Weapon.Drone, 2)]
    [InlineData("a rocket landed near the base", Weapon.Rocket, 1)]
    [InlineData("استهدفت قاعدة التنف بثلاث طائرات مسيرة", Weapon.Drone, 3)]
    [InlineData("سقوط صاروخي كاتيوشا قرب المطار", Weapon.Rocket, 2)]
    public void Weapons_are_counted_from_the_dual_the_instrumental_singular_and_a_figure(string text, Weapon weapon, int count)
    {
        var found = Weapons.Find(Folding.Of(text), Numbers.Find(Folding.Of(text))).ShouldHaveSingleItem();

        found.Weapon.ShouldBe(weapon);
        found.Count.ShouldBe(count);
    }

    [Theory]
    [InlineData("قصفت القاعدة بعدة قذائف هاون", Weapon.Mortar)]
    [InlineData("أطلقت طائرات بدون طيار", Weapon.Drone)]
    [InlineData("أطلق صاروخ باليستي", Weapon.Missile)]
    [InlineData("انفجرت عبوة ناسفة", Weapon.Ied)]
    [InlineData("several rockets hit the compound", Weapon.Rocket)]
    public void Plurals_without_a_figure_name_the_weapon_and_leave_the_count_open(string text, Weapon weapon)
    {
        var found = Weapons.Find(Folding.Of(text), Numbers.Find(Folding.Of(text))).ShouldHaveSingleItem();

        found.Weapon.ShouldBe(weapon);
        if (weapon != Weapon.Missile && weapon != Weapon.Ied)
        {
            found.Count.ShouldBeNull();
        }
    }
}

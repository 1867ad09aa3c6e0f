using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing with a new claim: «بسرب من الطائرات المسيرة» (with a swarm of the drones) was read as one drone,
/// «المسيرة» alone: the vocabulary's phrases took the article on their first word only, not on the adjective.
/// </summary>
public sealed class Drones_named_with_the_article_are_plural_drones
{
    [Theory]
    [InlineData("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حقل كونيكو بسرب من الطائرات المسيرة فجر اليوم.", Weapon.Drone)]
    [InlineData("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة الشدادي بالطائرات المسيّرة اليوم.", Weapon.Drone)]
    [InlineData("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير بالصواريخ الباليستية اليوم.", Weapon.Missile)]
    public void The_weapon_is_plural_and_uncounted(string text, Weapon weapon)
    {
        var candidate = Read.Single(text);

        candidate.Report.Weapon.ShouldBe(weapon);
        candidate.Report.WeaponCount.ShouldBeNull();
        candidate.Rules.ShouldContain($"Weapons.{weapon}.Plural");
    }
}

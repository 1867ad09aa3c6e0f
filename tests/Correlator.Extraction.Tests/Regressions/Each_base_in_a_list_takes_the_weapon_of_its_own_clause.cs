using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing with a new claim: «... حقل كونيكو بسرب من الطائرات المسيرة، وقاعدة خراب الجير بصاروخين» gave
/// Kharab al-Jir the drones: the weapon nearest the start of the base's name was taken, though it was told of the
/// base before the comma.
/// </summary>
public sealed class Each_base_in_a_list_takes_the_weapon_of_its_own_clause
{
    [Theory]
    [InlineData("استهدفت المقاومة الإسلامية في العراق، فجر اليوم، قاعدة حقل كونيكو بسرب من الطائرات المسيرة، وقاعدة خراب الجير بصاروخين.")]
    [InlineData("The Islamic Resistance in Iraq said it attacked Conoco with a swarm of drones, and Kharab al-Jir with two rockets today.")]
    public void The_weapons_stay_with_their_bases(string text)
    {
        var reports = Read.Article(text).Candidates.Select(c => c.Report).ToDictionary(r => r.Base!);

        reports["conoco"].Weapon.ShouldBe(Weapon.Drone);
        reports["kharab-al-jir"].Weapon.ShouldBe(Weapon.Rocket);
        reports["kharab-al-jir"].WeaponCount.ShouldBe(2);
    }
}

using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing with a new article: "Militants fired a rocket at Camp Victory on Monday, security sources told AFP"
/// gave no candidate at all: "fired at" was an attack phrase only with nothing between its two words.
/// </summary>
public sealed class Weapons_fired_at_a_base_are_an_attack_on_it
{
    [Theory]
    [InlineData("Militants fired a rocket at Camp Victory on Monday, security sources told AFP.", "victory", Weapon.Rocket)]
    [InlineData("Unknown gunmen launched two drones toward Harir base on Monday, a US official said.", "harir", Weapon.Drone)]
    [InlineData("أطلق مسلحون صاروخين على قاعدة حرير يوم الاثنين، بحسب مصادر أمنية.", "harir", Weapon.Rocket)]
    public void The_attack_is_read(string text, string @base, Weapon weapon)
    {
        var report = Read.Article(text, published: "2024-02-07").Candidates.Select(c => c.Report).ShouldHaveSingleItem();

        (report.Base, report.Weapon, report.OccurredAt!.Value.Day).ShouldBe((@base, weapon, 5));
    }

    [Fact]
    public void A_release_is_not_an_attack()
    {
        Read.Article("Iraqi authorities released a man near Harir base on Monday, officials said.", published: "2024-02-07").Candidates.ShouldBeEmpty();
    }
}

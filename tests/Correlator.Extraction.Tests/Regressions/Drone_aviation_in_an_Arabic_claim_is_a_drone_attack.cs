using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing with a new claim: "استهداف قاعدة الشدادي بالطيران المسيّر" (with drone aviation), a common wording
/// of the groups' Telegram claims, gave claims with no weapon.
/// </summary>
public sealed class Drone_aviation_in_an_Arabic_claim_is_a_drone_attack
{
    [Theory]
    [InlineData("أعلنت المقاومة الإسلامية في العراق، الجمعة، استهداف قاعدة الشدادي وقاعدة الركبان بالطيران المسيّر.")]
    [InlineData("استهدف مجاهدو المقاومة الإسلامية في العراق قاعدة حرير بالطيران المسير يوم الجمعة.")]
    public void The_reports_name_drones_uncounted(string text)
    {
        var claims = Read.Article(text, published: "2024-02-07").Candidates.Select(c => c.Report).ToList();

        claims.ShouldNotBeEmpty();
        claims.ShouldAllBe(c => c.Weapon == Weapon.Drone && c.WeaponCount == null);
    }
}

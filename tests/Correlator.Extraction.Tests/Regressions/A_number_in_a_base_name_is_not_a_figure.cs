using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing with a new article: "injured in the Tower 22 attack" gave an official tally of exactly 22 attacks in
/// the whole theatre, read from the base's own name, which would then flag a tally revision against every real count.
/// </summary>
public sealed class A_number_in_a_base_name_is_not_a_figure
{
    [Theory]
    [InlineData("The number of US troops injured in the Tower 22 attack has risen to 40, a Pentagon spokeswoman said on Tuesday.")]
    [InlineData("Two drones struck Tower 22 on Sunday, a US official said.")]
    [InlineData("قال مسؤول أمريكي إن طائرة مسيرة استهدفت البرج 22 يوم الأحد.")]
    public void No_tally_is_read_from_the_name(string text)
    {
        var reports = Read.Article(text, published: "2024-02-07").Candidates.Select(c => c.Report).ToList();

        reports.ShouldContain(r => r.Base == "tower-22");
        reports.ShouldNotContain(r => r.Tally != null && r.Tally.Value == 22);
        reports.ShouldNotContain(r => r.WeaponCount == 22);
    }

    [Fact]
    public void A_count_of_weapons_next_to_the_name_is_still_read()
    {
        var report = Read.Article("Two drones struck Tower 22 on Sunday, a US official said.", published: "2024-02-07")
            .Candidates.Select(c => c.Report).Single(r => r.Base == "tower-22");

        (report.Weapon, report.WeaponCount).ShouldBe((Weapon.Drone, 2));
    }
}

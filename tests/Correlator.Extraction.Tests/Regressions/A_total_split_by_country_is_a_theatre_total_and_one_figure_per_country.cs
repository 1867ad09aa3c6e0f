using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing: "66 times, 32 in Iraq and 34 in Syria" gave only the total when no country was named before the
/// total, and the split was lost when a window stood between the total and its parts.
/// </summary>
public sealed class A_total_split_by_country_is_a_theatre_total_and_one_figure_per_country
{
    [Theory]
    [InlineData("US forces have been attacked 66 times, 32 in Iraq and 34 in Syria, since October 17, Pentagon spokesman Sabrina Singh said on Monday.")]
    [InlineData("There have been 66 attacks on American troops since October 17 (32 in Iraq and 34 in Syria), the Pentagon said.")]
    [InlineData("وقال البنتاغون إن القوات الأمريكية تعرضت إلى 66 هجوما منذ 17 أكتوبر: 32 في العراق و34 في سوريا.")]
    public void The_total_covers_the_theatre_and_each_part_its_country(string text)
    {
        var tallies = Read.Article(text).Candidates.Select(c => c.Report).ToList();

        tallies.ShouldAllBe(r => r.Kind == ReportKind.OfficialTally && r.Tally != null && r.Tally.Metric == TallyMetric.Attacks);
        tallies.Select(r => (r.Tally!.Region, r.Tally.Value)).ShouldBe([(Region.All, 66), (Region.Iraq, 32), (Region.Syria, 34)], ignoreOrder: true);
        tallies.ShouldAllBe(r => r.Tally!.From == new DateTimeOffset(2023, 10, 17, 0, 0, 0, TimeSpan.FromHours(3)));
    }

    [Fact]
    public void A_scope_listing_several_countries_past_the_reach_is_the_whole_theatre()
    {
        var tally = Read.Single("The Pentagon said 47 personnel have been hurt so far in the attacks against American forces stationed in Iraq, Syria and Jordan.").Report.Tally;

        tally.ShouldNotBeNull();
        tally.Region.ShouldBe(Region.All);
    }
}

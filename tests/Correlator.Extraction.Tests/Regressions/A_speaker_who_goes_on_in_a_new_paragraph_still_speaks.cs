using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing with a Pentagon briefing: "Pentagon Press Secretary ... told reporters on Tuesday ..." then, in a new
/// paragraph, "He said 59 U.S. personnel have sustained injuries" gave a media tally as of the publication day: the
/// speaker was carried only within a paragraph.
/// </summary>
public sealed class A_speaker_who_goes_on_in_a_new_paragraph_still_speaks
{
    [Theory]
    [InlineData("Pentagon Press Secretary Pat Ryder told reporters on Tuesday that U.S. forces had been attacked 61 times.\n\nHe said 59 U.S. personnel have sustained injuries, most of them minor.")]
    [InlineData("The Pentagon said on Tuesday that U.S. forces had been attacked 61 times.\n\nShe added that 59 U.S. troops were wounded.")]
    [InlineData("وقال البنتاغون يوم الثلاثاء إن القوات الأمريكية تعرضت إلى 61 هجوما.\n\nوأضاف أن 59 جنديا أمريكيا أصيبوا بجروح طفيفة.")]
    public void The_figure_is_the_officials_as_of_the_day_they_spoke(string text)
    {
        var injured = Read.Article(text).Candidates.Select(c => c.Report).Single(r => r.Tally?.Metric == TallyMetric.Injured);

        injured.Kind.ShouldBe(ReportKind.OfficialTally);
        injured.Tally!.Value.ShouldBe(59);
        injured.Tally.To.ShouldBe(new DateTimeOffset(2023, 12, 12, 0, 0, 0, TimeSpan.FromHours(3)));
    }
}

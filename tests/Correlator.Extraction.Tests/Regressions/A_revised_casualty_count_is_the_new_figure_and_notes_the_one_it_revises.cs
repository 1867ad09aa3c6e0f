using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing: "raised the number of personnel hurt to 47, up from 34, in attacks on US forces" gave a tally of
/// 34 attacks (the old figure, with "in attacks" read as its noun) and nothing for 47: a count named before its
/// figure was not read, and the figure it revises was taken for a figure of its own.
/// </summary>
public sealed class A_revised_casualty_count_is_the_new_figure_and_notes_the_one_it_revises
{
    [Theory]
    [InlineData("The Pentagon on Thursday raised the number of personnel hurt to 47, up from 34, in attacks on US forces in Iraq and Syria since October 17.", TallyMetric.Injured, 47, 34)]
    [InlineData("The injury toll among U.S. troops rose from 34 to 47, the Defense Department said on Monday.", TallyMetric.Injured, 47, 34)]
    [InlineData("وارتفع عدد المصابين من الجنود الأمريكيين إلى 47 بعد أن كان 34، بحسب البنتاغون.", TallyMetric.Injured, 47, 34)]
    [InlineData("وقال البنتاغون إن عدد الهجمات على القوات الأمريكية ارتفع من 61 إلى 66 هجوما.", TallyMetric.Attacks, 66, 61)]
    public void One_tally_of_the_new_figure_is_read(string text, TallyMetric metric, int value, int earlier)
    {
        var report = Read.Single(text).Report;

        report.Kind.ShouldBe(ReportKind.OfficialTally);
        report.Tally.ShouldNotBeNull();
        report.Tally.Metric.ShouldBe(metric);
        report.Tally.Value.ShouldBe(value);
        report.Tally.Region.ShouldBe(Region.All);
        report.Note.ShouldNotBeNull();
        report.Note.ShouldContain($"Revises an earlier figure of {earlier}.");
    }

    [Fact]
    public void A_death_toll_reads_as_killed()
    {
        var tally = Read.Single("The death toll from the attack on the outpost stands at 3, a U.S. official said.").Report.Tally;

        tally.ShouldNotBeNull();
        tally.Metric.ShouldBe(TallyMetric.Killed);
        tally.Value.ShouldBe(3);
    }
}

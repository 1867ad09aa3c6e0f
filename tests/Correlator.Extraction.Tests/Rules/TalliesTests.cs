using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Rules;

public sealed class TalliesTests
{
    [Fact]
    public void Figures_for_two_countries_in_one_phrase_are_two_tallies()
    {
        var tallies = Read.Article("وقال المتحدث باسم البنتاغون إن القوات الأمريكية تعرضت إلى 12 هجومًا في العراق و4 في سوريا خلال الأسبوع الماضي.")
            .Candidates.Select(c => c.Report.Tally!).ToList();

        tallies.Select(t => (t.Region, t.Value)).ShouldBe([(Region.Iraq, 12), (Region.Syria, 4)], ignoreOrder: true);
        tallies.ShouldAllBe(t => t.From == new DateTimeOffset(2023, 12, 5, 0, 0, 0, TimeSpan.FromHours(3)));
    }

    [Fact]
    public void An_English_official_count_since_a_date_is_an_official_tally_over_the_whole_theatre()
    {
        var report = Read.Single("U.S. forces have been attacked at least 66 times in Iraq and Syria since October 17, the Pentagon said.").Report;

        report.Kind.ShouldBe(ReportKind.OfficialTally);
        report.Tally.ShouldBe(new Tally(TallyMetric.Attacks, 66, Qualifier.AtLeast,
            new DateTimeOffset(2023, 10, 17, 0, 0, 0, TimeSpan.FromHours(3)), new DateTimeOffset(2023, 12, 12, 0, 0, 0, TimeSpan.FromHours(3)), Region.All));
    }

    [Theory]
    [InlineData("وأصيب ما لا يقل عن 45 جنديا أمريكيا في الهجمات.", TallyMetric.Injured, 45)]
    [InlineData("The attacks have wounded more than 60 U.S. troops.", TallyMetric.Injured, 60)]
    [InlineData("أدت الهجمات إلى مقتل 3 جنود أمريكيين.", TallyMetric.Killed, 3)]
    public void Casualty_figures_take_their_measure_from_the_nearest_casualty_word(string text, TallyMetric metric, int value)
    {
        var tally = Read.Single(text).Report.Tally!;

        tally.Metric.ShouldBe(metric);
        tally.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("تنشر واشنطن نحو 2500 جندي في العراق.")]
    [InlineData("Washington keeps about 900 troops in Syria.")]
    [InlineData("شهدت الساعات الماضية 3 هجمات متبادلة.")]
    public void Troop_numbers_and_exchanges_of_fire_are_not_tallies(string text) =>
        Read.Article(text).Candidates.ShouldBeEmpty();

    [Fact]
    public void Casualties_in_a_sentence_that_tells_an_attack_are_that_attacks_casualties_not_a_tally()
    {
        var report = Read.Single("Three U.S. soldiers were killed and 40 wounded in a drone attack on Tower 22 in Jordan on Sunday, U.S. Central Command said.").Report;

        report.Kind.ShouldBe(ReportKind.OfficialIncident);
        report.Base.ShouldBe("tower-22");
        report.Casualties.ShouldBe(new Casualties(3, 40));
    }
}

using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found in the second probe (a CENTCOM release): "On Oct. 18, ... Ain al-Asad ... \n\nAt 9:00 p.m., ... Conoco ..."
/// gave no report for Conoco: its sentence has only a clock time, the sentence before has no date, and a paragraph
/// break stops the search for one. "Later that day" and «في اليوم نفسه» were lost the same way.
/// </summary>
public sealed class An_attack_told_only_by_its_hour_or_as_the_same_day_takes_the_day_of_the_attack_before
{
    private const string FirstAttack = "On Oct. 18, two drones attacked Ain al-Asad air base, CENTCOM said. No U.S. personnel were injured.\n\n";
    private const string ArabicFirstAttack = "استهدفت طائرة مسيرة قاعدة عين الأسد يوم 18 تشرين الأول. ولم تقع إصابات.\n\n";

    [Theory]
    [InlineData(FirstAttack + "At 9:00 p.m., rockets were fired at the Conoco gas plant.", "conoco", 21)]
    [InlineData(FirstAttack + "At approximately 6:30 a.m., a drone attacked al-Tanf.", "al-tanf", 6)]
    [InlineData(ArabicFirstAttack + "وفي الساعة التاسعة مساءً، استهدفت صواريخ قاعدة حرير.", "harir", 21)]
    public void A_clock_time_alone_takes_the_day_of_the_attack_before_and_its_own_hour(string text, string baseId, int hour)
    {
        var report = Read.Article(text, published: "2023-10-25").Candidates.Select(c => c.Report).Single(r => r.Base == baseId);

        report.OccurredAt.ShouldBe(new DateTimeOffset(2023, 10, 18, hour, 0, 0, TimeSpan.FromHours(3)).AddMinutes(hour == 6 ? 30 : 0));
        report.TimePrecision.ShouldBe(TimePrecision.Hour);
    }

    [Theory]
    [InlineData(FirstAttack + "Later that day, a drone struck al-Tanf.", "al-tanf")]
    [InlineData(FirstAttack + "On the same day, rockets targeted the Conoco gas plant.", "conoco")]
    [InlineData(ArabicFirstAttack + "وفي اليوم نفسه، استهدفت صواريخ قاعدة حرير.", "harir")]
    public void The_same_day_is_the_day_of_the_attack_before_not_the_day_of_publication(string text, string baseId)
    {
        var report = Read.Article(text, published: "2023-10-25").Candidates.Select(c => c.Report).Single(r => r.Base == baseId);

        report.OccurredAt!.Value.Date.ShouldBe(new DateTime(2023, 10, 18));
        report.Extracted!.Rules.ShouldContain(r => r.EndsWith("Dates.DayOfTheAttackBefore", StringComparison.Ordinal));
    }

    [Fact]
    public void With_no_day_told_before_a_clock_time_is_on_the_day_of_publication() =>
        Read.Single("At 9:00 p.m., rockets were fired at the Conoco gas plant.", published: "2023-10-25").Report.OccurredAt
            .ShouldBe(new DateTimeOffset(2023, 10, 25, 21, 0, 0, TimeSpan.FromHours(3)));
}

using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing a CENTCOM release: "On Jan. 20, at approximately 6:30 p.m. (Baghdad time), militants launched ...
/// targeting al-Asad Air Base" was cut after "p.m." into two sentences, so the attack took its date from the sentence
/// before, and a clock time with no word for the time of day was never read.
/// </summary>
public sealed class A_clock_time_dates_the_attack_to_the_hour
{
    [Theory]
    [InlineData("On Jan. 20, at approximately 6:30 p.m. (Baghdad time), militants launched rockets targeting al-Asad Air Base.", 18, 30)]
    [InlineData("On Jan. 20 at 11 a.m., local time, a drone attacked al-Tanf garrison.", 11, 0)]
    [InlineData("استهدفت طائرة مسيرة قاعدة حرير يوم 20 كانون الثاني الساعة 9 .", 9, 0)]
    public void The_attack_is_one_sentence_dated_to_the_hour(string text, int hour, int minute)
    {
        var report = Read.Single(text, published: "2024-01-22").Report;

        report.OccurredAt.ShouldBe(new DateTimeOffset(2024, 1, 20, hour, minute, 0, TimeSpan.FromHours(3)));
        report.TimePrecision.ShouldBe(TimePrecision.Hour);
        report.Extracted!.Rules.ShouldNotContain("Dates.FromEarlierSentence");
    }
}

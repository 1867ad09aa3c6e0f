using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing a British report: "rockets were fired towards al-Shaddadi on 17th October" took the date of the
/// sentence before, since a day with an ordinal ending before its month was no date.
/// </summary>
public sealed class A_British_day_before_its_month_dates_the_attack
{
    [Theory]
    [InlineData("Separately, rockets were fired towards al-Shaddadi on 17th October.", 2023, 10, 17)]
    [InlineData("Rockets struck al-Tanf garrison on the 28th of October.", 2023, 10, 28)]
    [InlineData("A drone hit Harir air base on 3rd November 2023.", 2023, 11, 3)]
    [InlineData("Ain al-Asad was attacked on 1st November.", 2023, 11, 1)]
    public void The_attack_takes_that_day(string text, int year, int month, int day)
    {
        var report = Read.Single(text, published: "2023-11-06").Report;

        DateOnly.FromDateTime(report.OccurredAt!.Value.DateTime).ShouldBe(new DateOnly(year, month, day));
        report.Extracted!.Rules.ShouldNotContain("Dates.FromEarlierSentence");
    }
}

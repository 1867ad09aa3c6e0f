using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing a wire story: "Attacks on U.S. forces in Iraq and Syria since Oct. 17 now stand at 97: 38 in Iraq and
/// 59 in Syria" gave the parts but not the total, which was read only after a count noun ("the number of attacks");
/// once read, its scope was Syria alone, the countries before it being cut at "Iraq and".
/// </summary>
public sealed class A_total_headed_by_its_measure_is_a_tally
{
    [Theory]
    [InlineData("Attacks on U.S. forces in Iraq and Syria since Oct. 17 now stand at 97: 38 in Iraq and 59 in Syria, the Pentagon said.", 97)]
    [InlineData("The Pentagon said attacks on American troops since October 17 have reached 97.", 97)]
    [InlineData("وقال البنتاغون إن الهجمات على القوات الأمريكية منذ 17 أكتوبر بلغت 97 هجوما.", 97)]
    public void The_total_covers_the_theatre(string text, int value)
    {
        var total = Read.Article(text).Candidates.Select(c => c.Report).Single(r => r.Tally?.Region == Region.All);

        total.Kind.ShouldBe(ReportKind.OfficialTally);
        total.Tally!.Metric.ShouldBe(TallyMetric.Attacks);
        total.Tally.Value.ShouldBe(value);
        total.Tally.From.ShouldBe(new DateTimeOffset(2023, 10, 17, 0, 0, 0, TimeSpan.FromHours(3)));
    }

    [Fact]
    public void Attacks_on_a_number_of_bases_are_no_tally()
    {
        Read.Article("Attacks on 3 bases in Syria were reported on Monday.").Candidates.ShouldBeEmpty();
    }
}

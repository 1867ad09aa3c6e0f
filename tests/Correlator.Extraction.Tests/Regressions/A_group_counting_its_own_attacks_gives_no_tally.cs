using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing: "The Islamic Resistance in Iraq ... claimed three attacks on Thursday: on Ain al-Asad, on Erbil and on
/// the Tanf garrison" gave, beside the claims, a media tally of 3 attacks as of Thursday with the group as its source:
/// as the latest figure it would have passed for the theatre's count.
/// </summary>
public sealed class A_group_counting_its_own_attacks_gives_no_tally
{
    [Theory]
    [InlineData("The Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, claimed three attacks on Thursday: on Ain al-Asad, on Erbil and on the Tanf garrison.")]
    [InlineData("أعلنت المقاومة الإسلامية في العراق تنفيذ 3 عمليات يوم الخميس استهدفت قاعدة عين الأسد وقاعدة حرير وقاعدة التنف.")]
    public void Only_the_claims_are_read(string text)
    {
        var reports = Read.Article(text).Candidates.Select(c => c.Report).ToList();

        reports.ShouldNotBeEmpty();
        reports.ShouldAllBe(r => r.Kind == ReportKind.Claim && r.Tally == null);
    }

    [Fact]
    public void A_count_of_the_groups_attacks_told_by_officials_is_still_a_tally()
    {
        var report = Read.Single("The Pentagon said the Islamic Resistance in Iraq has carried out more than 60 attacks since October 17.").Report;

        report.Kind.ShouldBe(ReportKind.OfficialTally);
        report.Tally!.Value.ShouldBe(60);
    }
}

using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing: «... أنها استهدفت قاعدة التنف، فيما قال مسؤول أمريكي إن الهجوم لم يسفر عن إصابات» gave the claim
/// only: an official's answer counted only when it told an outcome (hit, thwarted, no damage), not casualties alone.
/// </summary>
public sealed class An_official_who_says_the_attack_caused_no_injuries_gives_an_account_of_it
{
    [Theory]
    [InlineData("أعلنت «المقاومة الإسلامية في العراق»، الأحد، أنها استهدفت بطائرة مسيرة قاعدة «التنف» الأمريكية في سوريا، فيما قال مسؤول أمريكي إن الهجوم لم يسفر عن إصابات.")]
    [InlineData("The Islamic Resistance in Iraq claimed a drone attack on al-Tanf on Sunday, while a U.S. official said there were no casualties.")]
    public void The_official_incident_has_no_casualties(string text)
    {
        var reports = Read.Article(text, published: "2024-01-22").Candidates.Select(c => c.Report).ToList();

        reports.ShouldContain(r => r.Kind == ReportKind.Claim && r.Base == "al-tanf");
        var official = reports.Where(r => r.Kind == ReportKind.OfficialIncident).ShouldHaveSingleItem();
        official.Base.ShouldBe("al-tanf");
        official.Casualties.ShouldBe(new Casualties(0, 0));
        official.Outcome.ShouldBeNull();
    }
}

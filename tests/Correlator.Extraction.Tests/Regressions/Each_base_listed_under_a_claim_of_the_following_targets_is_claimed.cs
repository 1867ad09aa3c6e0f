using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found in the second probe (an Arabic target list): «استهدف مجاهدو المقاومة الإسلامية ... الأهداف التالية:» followed by
/// numbered lines, each naming a base with no attack word of its own, gave nothing: the heading names no base and
/// the lines tell no attack.
/// </summary>
public sealed class Each_base_listed_under_a_claim_of_the_following_targets_is_claimed
{
    [Theory]
    [InlineData("استهدف مجاهدو المقاومة الإسلامية في العراق يوم الأحد 22 تشرين الأول 2023 بالطائرات المسيّرة الأهداف التالية:\n1- قاعدة عين الأسد\n2- قاعدة حرير\n3- قاعدة التنف")]
    [InlineData("The Islamic Resistance in Iraq said it targeted the following with drones on October 22, 2023:\n- Ain al-Asad air base\n- Harir base\n- al-Tanf garrison")]
    [InlineData("The Islamic Resistance in Iraq said it targeted the following with drones on October 22, 2023:\n\n1. Ain al-Asad air base\n2. Harir base\n3. al-Tanf garrison")]
    public void Each_listed_base_gets_the_claim_of_the_heading(string text)
    {
        var reports = Read.Article(text, published: "2023-10-23").Candidates.Select(c => c.Report).ToList();

        reports.Select(r => r.Base).ShouldBe(["ain-al-asad", "harir", "al-tanf"], ignoreOrder: true);
        reports.ShouldAllBe(r => r.Kind == ReportKind.Claim && r.Group == "islamic-resistance-in-iraq" && r.Weapon == Weapon.Drone
            && r.OccurredAt!.Value.Date == new DateTime(2023, 10, 22));
        var heading = text[..text.IndexOf(':', StringComparison.Ordinal)];
        reports.ShouldAllBe(r => r.Quote != null && r.Quote.StartsWith(heading, StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_after_a_sentence_that_tells_no_attack_claims_nothing() =>
        Read.Article("The Islamic Resistance in Iraq said it had visited the following:\n- Ain al-Asad air base\n- Harir base", published: "2023-10-23")
            .Candidates.ShouldBeEmpty();

    [Fact]
    public void The_list_ends_at_the_first_line_that_is_not_listed() =>
        Read.Article("The Islamic Resistance in Iraq said it targeted the following with drones on October 22, 2023:\n- Ain al-Asad air base\nHarir base was visited by a delegation.", published: "2023-10-23")
            .Candidates.Select(c => c.Report.Base).ShouldBe(["ain-al-asad"]);
}

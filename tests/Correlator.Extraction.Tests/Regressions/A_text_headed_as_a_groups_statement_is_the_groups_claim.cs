using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing with a Telegram statement pasted as it was published: under «بيان صادر عن المقاومة الإسلامية في
/// العراق», "استهدف مجاهدو المقاومة ... قاعدة ..." gave media reports, since the header line's claim cue governed
/// only its own line and the pasted text had no armed-group source.
/// </summary>
public sealed class A_text_headed_as_a_groups_statement_is_the_groups_claim
{
    [Theory]
    [InlineData("بيان صادر عن المقاومة الإسلامية في العراق\n\nاستمراراً في نهجنا بمقاومة قوات الاحتلال، استهدف مجاهدونا، فجر اليوم، قاعدة الاحتلال الأمريكي في حقل كونيكو بسرب من الطائرات المسيرة، وقاعدة خراب الجير بصاروخين.")]
    [InlineData("Statement of the Islamic Resistance in Iraq\n\nIn continuation of our approach, our fighters struck the American occupation base at Conoco field with a swarm of drones today, and Kharab al-Jir with two rockets.")]
    public void Every_base_is_claimed_by_the_group(string text)
    {
        var reports = Read.Article(text).Candidates.Select(c => c.Report).ToList();

        reports.Select(r => r.Base).ShouldBe(["conoco", "kharab-al-jir"], ignoreOrder: true);
        reports.ShouldAllBe(r => r.Kind == ReportKind.Claim && r.Group == "islamic-resistance-in-iraq" && r.Source.Type == SourceType.ArmedGroup);
    }

    [Fact]
    public void A_headline_telling_of_a_claim_does_not_make_the_article_the_groups()
    {
        var reports = Read.Article("Islamic Resistance in Iraq claims attack\n\nTwo drones hit near al-Tanf on Monday, local media reported.")
            .Candidates.Select(c => c.Report).ToList();

        reports.ShouldHaveSingleItem().Kind.ShouldBe(ReportKind.MediaReport);
    }
}

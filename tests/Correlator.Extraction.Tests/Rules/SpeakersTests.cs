using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Rules;

/// <summary>Who speaks decides the kind; tested through whole extractions, in Arabic and English.</summary>
public sealed class SpeakersTests
{
    [Theory]
    [InlineData("أعلنت المقاومة الإسلامية في العراق، أمس الاثنين، استهداف قاعدة حرير بطائرة مسيرة.", ReportKind.Claim)]
    [InlineData("وقال مسؤول عسكري أميركي إن صاروخين استهدفا قاعدة حرير أمس الاثنين.", ReportKind.OfficialIncident)]
    [InlineData("وأفادت وسائل إعلام محلية بأن صواريخ سقطت قرب قاعدة حرير مساء الاثنين.", ReportKind.MediaReport)]
    [InlineData("Kataib Hezbollah claimed a drone attack on the Harir base on Monday.", ReportKind.Claim)]
    [InlineData("A U.S. military official said two rockets targeted Harir air base on Monday.", ReportKind.OfficialIncident)]
    [InlineData("Rockets struck near Harir base on Monday evening, the Pentagon said.", ReportKind.OfficialIncident)]
    [InlineData("The Islamic Resistance in Iraq said it targeted the Harir base with rockets on Monday night.", ReportKind.Claim)]
    [InlineData("Rockets struck near Harir base on Monday evening, local media reported.", ReportKind.MediaReport)]
    public void The_speaker_decides_claim_official_incident_or_media_report(string text, ReportKind kind)
    {
        var candidate = Read.Single(text);

        candidate.Report.Kind.ShouldBe(kind);
        candidate.Report.Base.ShouldBe("harir");
        candidate.Report.OccurredAt!.Value.Day.ShouldBe(11);
    }

    [Fact]
    public void An_official_denial_in_the_same_sentence_is_an_official_incident_of_its_own()
    {
        var candidates = Read.Article("أعلنت المقاومة الإسلامية في العراق مساء الخميس استهداف قاعدة حرير بطائرتين مسيرتين، بينما قالت وزارة الدفاع الأمريكية إنها أسقطتهما.").Candidates;

        candidates.Select(c => c.Report.Kind).ShouldBe([ReportKind.Claim, ReportKind.OfficialIncident], ignoreOrder: true);
        candidates.Single(c => c.Report.Kind == ReportKind.Claim).Report.Outcome.ShouldBeNull();
        candidates.Single(c => c.Report.Kind == ReportKind.OfficialIncident).Report.Outcome.ShouldBe(Outcome.Intercepted);
    }

    [Fact]
    public void A_group_claiming_the_attacks_told_before_claims_each_of_them()
    {
        var candidates = Read.Article(
            "قال مسؤول أميركي إن طائرة مسيرة استهدفت قاعدة حرير أمس الاثنين. وفي سوريا، سقطت صواريخ على حقل العمر. وتبنت المقاومة الإسلامية في العراق الهجومين.").Candidates;

        var claims = candidates.Where(c => c.Report.Kind == ReportKind.Claim).ToList();
        claims.Select(c => c.Report.Base).ShouldBe(["harir", "al-omar"], ignoreOrder: true);
        claims.ShouldAllBe(c => c.Report.Group == "islamic-resistance-in-iraq");
    }

    [Fact]
    public void An_official_who_told_a_network_is_relayed_by_the_media()
    {
        var tally = Read.Single("وأصيب 19 جنديا أمريكيا في العراق، وفقا لما ذكرته القيادة المركزية الأمريكية لشبكة سي إن إن.");

        tally.Report.Kind.ShouldBe(ReportKind.MediaTally);
    }

    [Fact]
    public void A_group_saying_it_carried_out_the_attack_claims_the_attack_told_before()
    {
        var candidates = Read.Article("A drone attack hit Tower 22 in Jordan on Sunday, U.S. officials said. Kataib Hezbollah said it carried out the attack.").Candidates;

        var claim = candidates.Single(c => c.Report.Kind == ReportKind.Claim).Report;
        (claim.Base, claim.Group).ShouldBe(("tower-22", "kataib-hezbollah"));
    }

    [Fact]
    public void An_official_outcome_in_the_next_sentence_is_an_official_incident_about_the_attack_told_before()
    {
        var candidates = Read.Article("Kataib Hezbollah claimed a drone attack on al-Tanf garrison on Sunday. The Pentagon said the drone was shot down.").Candidates;

        var official = candidates.Single(c => c.Report.Kind == ReportKind.OfficialIncident).Report;
        (official.Base, official.Outcome).ShouldBe(("al-tanf", Outcome.Intercepted));
    }

    [Fact]
    public void A_groups_own_statement_is_its_claim_where_no_one_else_is_quoted()
    {
        var extraction = new ArticleExtractor(Repo.Gazetteer).Extract(new Article(
            "بعون الله، هاجم مجاهدو المقاومة قاعدة حرير فجر اليوم بطائرة مسيرة.",
            new Source("المقاومة الإسلامية في العراق", SourceType.ArmedGroup, null, new DateTimeOffset(2023, 12, 12, 0, 0, 0, TimeSpan.FromHours(3)))));

        var claim = extraction.Candidates.ShouldHaveSingleItem().Report;
        (claim.Kind, claim.Group, claim.Base).ShouldBe((ReportKind.Claim, "islamic-resistance-in-iraq", "harir"));
        claim.OccurredAt.ShouldBe(new DateTimeOffset(2023, 12, 12, 5, 0, 0, TimeSpan.FromHours(3)));
    }
}

using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing with a new article: a sentence naming a base attacked in the sentence before, with no date of its own,
/// took the last date of that sentence ("officials said on Wednesday") rather than the day the attack on that base was
/// told ("on Tuesday evening"), and so became a second, wrongly dated report.
/// </summary>
public sealed class A_claim_without_a_date_takes_the_day_its_base_was_attacked_not_the_day_officials_spoke
{
    [Theory]
    [InlineData("Rockets were fired at Harir base on Monday evening, US officials said on Wednesday. Kataib Hezbollah later claimed the strike on Harir.")]
    [InlineData("Rockets were fired at Harir base on Monday evening and a drone was downed near al-Tanf, US officials said on Wednesday. Kataib Hezbollah later claimed the strike on Harir.")]
    [InlineData("سقطت صواريخ على قاعدة حرير مساء الاثنين، بحسب ما أعلن مسؤولون أمريكيون يوم الأربعاء. وتبنت كتائب حزب الله لاحقا الهجوم على قاعدة حرير.")]
    public void The_claim_is_dated_by_the_attack(string text)
    {
        var claims = Read.Article(text, published: "2023-12-14").Candidates.Select(c => c.Report)
            .Where(r => r.Kind == ReportKind.Claim && r.Base == "harir").ToList();

        claims.ShouldHaveSingleItem().OccurredAt!.Value.Day.ShouldBe(11);
    }

    [Fact]
    public void The_claim_also_takes_the_weapon_of_that_attack()
    {
        var claim = Read.Article(
                "Rockets were fired at Harir base on Monday evening and a drone was downed near al-Tanf, US officials said on Wednesday. Kataib Hezbollah later claimed the strike on Harir.",
                published: "2023-12-14")
            .Candidates.Select(c => c.Report).Single(r => r.Kind == ReportKind.Claim && r.Base == "harir");

        claim.Weapon.ShouldBe(Weapon.Rocket);
    }
}

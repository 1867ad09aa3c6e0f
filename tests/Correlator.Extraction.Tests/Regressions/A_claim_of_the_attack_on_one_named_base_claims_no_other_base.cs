using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing with a new article: "X claimed the strike on &lt;base&gt;" after a sentence telling of attacks on two
/// bases gave a claim for both bases, though the claim names one.
/// </summary>
public sealed class A_claim_of_the_attack_on_one_named_base_claims_no_other_base
{
    [Theory]
    [InlineData("Two rockets struck Harir base on Monday night, and a drone was downed near al-Tanf on Tuesday, US officials said on Wednesday. Kataib Hezbollah claimed the attack on Harir.", "harir", "al-tanf")]
    [InlineData("A drone was downed near al-Tanf on Tuesday, and two rockets struck Harir base on Monday night, US officials said on Wednesday. Kataib Hezbollah claimed the strike against the al-Tanf garrison.", "al-tanf", "harir")]
    [InlineData("Two rockets struck Harir base on Monday night, and a drone was downed near al-Tanf on Tuesday, US officials said on Wednesday. Kataib Hezbollah claimed the strike on the US-run Harir base.", "harir", "al-tanf")]
    [InlineData("استهدفت طائرة مسيرة قاعدة حرير مساء الاثنين، وسقط صاروخان قرب قاعدة التنف يوم الثلاثاء، بحسب مسؤولين أمريكيين. وتبنت كتائب حزب الله الهجوم على قاعدة حرير.", "harir", "al-tanf")]
    public void Only_the_named_base_is_claimed(string text, string claimed, string notClaimed)
    {
        var claims = Read.Article(text, published: "2023-12-14").Candidates.Select(c => c.Report).Where(r => r.Kind == ReportKind.Claim).ToList();

        claims.ShouldNotBeEmpty();
        claims.ShouldAllBe(c => c.Base == claimed && c.Group == "kataib-hezbollah");
        claims.ShouldNotContain(c => c.Base == notClaimed);
    }

    [Fact]
    public void A_claim_of_the_attack_that_goes_on_to_name_another_base_still_claims_the_earlier_attack()
    {
        var claims = Read.Article(
                "Two drones targeted al-Tanf on Thursday, a U.S. official said. Kataib Hezbollah claimed the attack, saying it had also targeted Harir base.",
                published: "2023-12-09")
            .Candidates.Select(c => c.Report).Where(r => r.Kind == ReportKind.Claim).Select(r => r.Base).ToList();

        claims.ShouldContain("al-tanf");
    }
}

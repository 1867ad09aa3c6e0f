using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing with a new article: "The Pentagon denied that Harir base was hit by drones on Monday" gave an official
/// incident at Harir, which would confirm any claim of that attack; "denied reports that Ain al-Asad had been attacked"
/// gave a media report of the attack. Only a word right before the attack word ("no attack") counted as negation.
/// </summary>
public sealed class A_denied_attack_is_not_reported_as_an_attack
{
    [Theory]
    [InlineData("The Pentagon denied that Harir base was hit by drones on Monday.")]
    [InlineData("Iraq's Security Media Cell denied reports that Ain al-Asad had been attacked on Sunday, calling them fabricated.")]
    [InlineData("US officials on Tuesday dismissed reports of a drone strike on al-Tanf on Monday.")]
    [InlineData("نفت خلية الإعلام الأمني في العراق تعرض قاعدة عين الأسد لأي هجوم يوم الأحد.")]
    [InlineData("ونفى مسؤول أمريكي استهداف قاعدة حرير بطائرات مسيرة يوم الاثنين.")]
    public void No_incident_is_read_from_the_denial(string text)
    {
        Read.Article(text, published: "2024-02-07").Candidates.Where(c => c.Report.Tally is null).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Kataib Hezbollah denied responsibility for the attack on Tower 22 on Sunday.", "tower-22")]
    [InlineData("Two drones struck Harir base on Monday, officials said, though the group denied any role.", "harir")]
    [InlineData("نفت كتائب حزب الله مسؤوليتها عن الهجوم على البرج 22 يوم الأحد.", "tower-22")]
    public void An_attack_whose_authorship_is_denied_is_still_an_attack(string text, string @base)
    {
        Read.Article(text, published: "2024-02-07").Candidates.ShouldContain(c => c.Report.Base == @base);
    }

    [Fact]
    public void An_attack_told_after_a_denial_in_another_clause_is_still_an_attack()
    {
        Read.Article("The Pentagon denied earlier reports, but said a rocket struck Harir base on Monday.", published: "2024-02-07")
            .Candidates.ShouldContain(c => c.Report.Base == "harir");
    }
}

using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing with a new article: "Rockets were fired at A on Tuesday, and a drone was shot down near B, officials
/// said" gave A the interception told of B (the first outcome of the sentence went to every base in it), which would
/// raise a false outcome conflict against any claim that A was hit.
/// </summary>
public sealed class An_outcome_told_of_one_base_is_not_given_to_another_base_in_the_same_sentence
{
    [Theory]
    [InlineData("Rockets were fired at Harir base on Monday evening, and a separate drone was shot down near al-Tanf, two US officials said on Wednesday.")]
    [InlineData("A drone was shot down near al-Tanf on Monday, while rockets were fired at Harir base the same evening, US officials said.")]
    [InlineData("سقطت صواريخ على قاعدة حرير مساء الاثنين، فيما اعترضت الدفاعات الجوية طائرة مسيرة استهدفت قاعدة التنف، بحسب مسؤولين أمريكيين.")]
    public void The_interception_belongs_to_the_base_it_was_told_of(string text)
    {
        var reports = Read.Article(text, published: "2023-12-14").Candidates.Select(c => c.Report).ToList();

        reports.ShouldContain(r => r.Base == "al-tanf" && r.Outcome == Outcome.Intercepted);
        reports.ShouldContain(r => r.Base == "harir");
        reports.Where(r => r.Base == "harir").ShouldAllBe(r => r.Outcome == null);
    }
}

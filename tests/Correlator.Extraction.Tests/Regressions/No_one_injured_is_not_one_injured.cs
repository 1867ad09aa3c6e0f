using Correlator.Domain.Reports;
using Correlator.Extraction.Rules;
using Correlator.Extraction.Tests.Support;
using Correlator.Extraction.Text;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing with a new article: "The Pentagon had earlier said no one was injured" gave an official tally of
/// exactly one injured: the "one" of "no one" read as a figure.
/// </summary>
public sealed class No_one_injured_is_not_one_injured
{
    [Theory]
    [InlineData("Eight US service members were hurt when a drone struck al-Tanf on Sunday, officials said. The Pentagon had earlier said no one was injured.")]
    [InlineData("A rocket landed near Harir base on Sunday, and not one soldier was killed, officials said.")]
    public void No_figure_of_one_is_read(string text)
    {
        var reports = Read.Article(text, published: "2024-02-07").Candidates.Select(c => c.Report).ToList();

        reports.ShouldNotContain(r => r.Tally != null && r.Tally.Value == 1);
        reports.ShouldNotContain(r => r.Casualties != null && (r.Casualties.Injured == 1 || r.Casualties.Killed == 1));
    }

    [Theory]
    [InlineData("no one was injured", new int[0])]
    [InlineData("not one soldier was killed", new int[0])]
    [InlineData("one was injured", new[] { 1 })]
    [InlineData("no fewer than 3 attacks", new[] { 3 })]
    public void The_number_words_read(string text, int[] values)
    {
        Numbers.Find(FoldedText.Of(text, 0, text.Length)).Select(n => n.Value).ShouldBe(values);
    }
}

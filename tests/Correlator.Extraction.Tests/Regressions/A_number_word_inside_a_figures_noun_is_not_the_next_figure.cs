using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found by the robustness property: in "12 one-way attacks in Iraq" the word between the figure and its noun is
/// itself a number; the region was then looked for between the noun's end and that number, which lies before it,
/// and the extractor threw.
/// </summary>
public sealed class A_number_word_inside_a_figures_noun_is_not_the_next_figure
{
    [Theory]
    [InlineData("U.S. forces have faced 12 one-way attacks in Iraq since October 17, the Pentagon said.", 12)]
    [InlineData("U.S. forces have faced 4 one-off attacks in Iraq since October 17, the Pentagon said.", 4)]
    public void The_figure_is_read_with_its_region(string text, int value)
    {
        var tally = Read.Article(text).Candidates.Select(c => c.Report.Tally).OfType<Tally>().ShouldHaveSingleItem();

        tally.Value.ShouldBe(value);
        tally.Region.ShouldBe(Region.Iraq);
    }
}

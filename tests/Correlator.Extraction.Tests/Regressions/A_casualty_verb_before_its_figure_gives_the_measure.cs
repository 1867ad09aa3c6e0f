using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing: "A drone attack on Tower 22 ... killed three U.S. soldiers and wounded more than 40" gave the
/// killed only: a figure was read as casualties only with a noun after it ("40 wounded", "40 troops").
/// </summary>
public sealed class A_casualty_verb_before_its_figure_gives_the_measure
{
    [Theory]
    [InlineData("A drone attack on Tower 22 in Jordan on Sunday killed three U.S. soldiers and wounded more than 40, U.S. Central Command said.", 40)]
    [InlineData("A drone attack on Tower 22 in Jordan on Sunday killed three U.S. soldiers, injuring 34, U.S. Central Command said.", 34)]
    public void The_attack_has_its_injured(string text, int injured)
    {
        var casualties = Read.Single(text, published: "2024-01-30").Report.Casualties;

        casualties.ShouldNotBeNull();
        casualties.Killed.ShouldBe(3);
        casualties.Injured.ShouldBe(injured);
    }

    [Fact]
    public void A_time_after_the_verb_is_no_figure() =>
        Read.Article("Two soldiers were wounded 3 days ago near Harir base, officials said on Monday.").Candidates
            .ShouldAllBe(c => c.Report.Tally == null || c.Report.Tally.Value != 3 || c.Report.Tally.Metric != TallyMetric.Injured);
}

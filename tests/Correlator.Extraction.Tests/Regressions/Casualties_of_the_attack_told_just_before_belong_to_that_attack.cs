using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing with a new article: "... drone attack on Tower 22 ... Three soldiers were killed in the attack" gave a
/// theatre-wide tally of exactly three killed instead of the casualties of the Tower 22 attack: only a figure in the
/// attack's own sentence was attached to it, though "the attack" points back to it.
/// </summary>
public sealed class Casualties_of_the_attack_told_just_before_belong_to_that_attack
{
    [Theory]
    [InlineData("A drone struck Tower 22 in Jordan on Sunday, US officials said. Three soldiers were killed in the attack.")]
    [InlineData("استهدفت طائرة مسيرة البرج 22 في الأردن يوم الأحد، بحسب مسؤولين أمريكيين. وقتل ثلاثة جنود في الهجوم.")]
    public void The_attack_carries_the_casualties(string text)
    {
        var reports = Read.Article(text, published: "2024-02-07").Candidates.Select(c => c.Report).ToList();

        reports.ShouldNotContain(r => r.Tally != null);
        reports.Single(r => r.Base == "tower-22").Casualties.ShouldBe(new Casualties(3, null, Qualifier.Exact));
    }

    [Fact]
    public void A_figure_that_points_to_no_attack_stays_a_tally()
    {
        var reports = Read.Article("A drone struck Tower 22 in Jordan on Sunday, US officials said. Three soldiers have been killed in Jordan since October.", published: "2024-02-07")
            .Candidates.Select(c => c.Report).ToList();

        reports.ShouldContain(r => r.Tally != null && r.Tally.Metric == TallyMetric.Killed && r.Tally.Value == 3);
    }
}

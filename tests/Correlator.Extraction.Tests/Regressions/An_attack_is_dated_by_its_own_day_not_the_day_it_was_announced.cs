using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing with a new article: "Kataib Hizbullah said in a statement on Monday it had struck Al-Asad air base
/// with drones on Sunday night" dated the claim Monday, the day of the statement, because that date stood nearer the
/// base's name than the attack's own "on Sunday night".
/// </summary>
public sealed class An_attack_is_dated_by_its_own_day_not_the_day_it_was_announced
{
    // Published Wednesday 7 February 2024: Sunday is the 4th, Monday the 5th.
    [Theory]
    [InlineData("Kataib Hizbullah said in a statement on Monday it had struck Al-Asad air base with drones on Sunday night.")]
    [InlineData("US officials said on Monday that a drone struck Harir base on Sunday.")]
    [InlineData("أعلنت كتائب حزب الله في بيان يوم الاثنين أنها استهدفت قاعدة حرير بطائرة مسيرة يوم الأحد.")]
    public void The_report_takes_the_day_of_the_attack(string text)
    {
        var report = Read.Article(text, published: "2024-02-07").Candidates.Select(c => c.Report).ShouldHaveSingleItem();

        report.OccurredAt!.Value.Day.ShouldBe(4);
    }

    [Fact]
    public void A_sentence_whose_only_date_follows_the_statement_still_takes_it()
    {
        var report = Read.Article("أعلنت كتائب حزب الله، فجر الأحد، أنها استهدفت قاعدة حرير بطائرة مسيرة.", published: "2024-02-07")
            .Candidates.Select(c => c.Report).ShouldHaveSingleItem();

        report.OccurredAt!.Value.Day.ShouldBe(4);
    }
}

using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing new articles: "on Saturday and again on Sunday" gave Saturday's attack only, and «يومي السبت والأحد»
/// was read as one day: the days named together were one date, or the nearest one won.
/// </summary>
public sealed class An_attack_told_on_two_days_is_one_attack_each_day
{
    [Theory]
    [InlineData("Rockets struck Ain al-Asad air base on Saturday and again on Sunday, officials said.", "ain-al-asad", 21, 22)]
    [InlineData("استهدفت طائرات مسيرة قاعدة حرير يومي السبت والأحد.", "harir", 21, 22)]
    [InlineData("Drones attacked al-Tanf on Monday and Tuesday.", "al-tanf", 23, 24)]
    [InlineData("قصفت صواريخ قاعدة عين الأسد يوم الاثنين ثم يوم الثلاثاء.", "ain-al-asad", 23, 24)]
    public void Each_day_named_has_its_attack(string text, string baseId, int firstDay, int secondDay)
    {
        var reports = Read.Article(text, published: "2023-10-25").Candidates.Select(c => c.Report).ToList();

        reports.ShouldAllBe(r => r.Base == baseId);
        reports.Select(r => r.OccurredAt!.Value.Day).ShouldBe([firstDay, secondDay], ignoreOrder: true);
    }

    [Theory]
    [InlineData("Rockets struck Ain al-Asad air base on Saturday, officials said on Monday.")]
    [InlineData("Rockets struck Ain al-Asad air base on Saturday or Sunday.")]
    [InlineData("قصفت صواريخ قاعدة عين الأسد أمس الثلاثاء.")]
    public void A_day_not_joined_by_and_is_no_second_attack(string text) =>
        Read.Article(text, published: "2023-10-25").Candidates.ShouldHaveSingleItem();
}

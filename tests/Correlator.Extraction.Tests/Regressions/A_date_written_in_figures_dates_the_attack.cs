using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing a Telegram claim: «استهدف مجاهدونا بتاريخ 2024/1/20 قاعدة عين الأسد ... وفي يوم الأحد 21-1-2024
/// استهدفوا قاعدة حرير» dated both attacks Sunday: dates written in figures were not read.
/// </summary>
public sealed class A_date_written_in_figures_dates_the_attack
{
    [Theory]
    [InlineData("استهدف مجاهدو المقاومة الإسلامية في العراق بتاريخ 2024/1/20 قاعدة عين الأسد بصواريخ باليستية.")]
    [InlineData("استهدفت المقاومة الإسلامية في العراق قاعدة عين الأسد يوم 20-1-2024.")]
    [InlineData("Rockets struck Ain al-Asad on 20.01.2024, officials said.")]
    [InlineData("Rockets struck Ain al-Asad on 1/20/2024, officials said.")]
    public void The_attack_is_dated_that_day(string text)
    {
        var report = Read.Single(text, published: "2024-01-24").Report;

        report.OccurredAt!.Value.Date.ShouldBe(new DateTime(2024, 1, 20));
    }

    [Fact]
    public void Figures_that_make_no_date_date_nothing() =>
        Read.Article("Rockets struck Ain al-Asad on 31/2/2024.", published: "2024-03-01").Candidates.ShouldBeEmpty();
}

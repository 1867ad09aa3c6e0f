using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;

namespace Correlator.Extraction.Tests.Regressions;

/// <summary>
/// Found probing the articles endpoint: "February 30, 2024", "1 January 0001", a publication date in the year 1 or
/// 9999, or "the last 99999999 days" threw inside date resolution (a null resolver, DateOnly and DateTime overflow),
/// and the endpoint answered 500.
/// </summary>
public sealed class An_impossible_date_is_no_date_and_never_a_server_error
{
    [Theory]
    [InlineData("Rockets hit Ain al-Asad on February 30, 2024.")]
    [InlineData("Rockets hit Ain al-Asad on 30 February.")]
    [InlineData("سقطت صواريخ على قاعدة عين الأسد يوم 31 نيسان 2024.")]
    [InlineData("Rockets hit Ain al-Asad on 1 January 0001 and on Dec 31 9999.")]
    public void An_impossible_date_dates_nothing(string text)
    {
        Read.Article(text, published: "2024-03-01").Candidates.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00+00:00")]
    [InlineData("9999-12-31T23:00:00+00:00")]
    public void A_publication_date_out_of_range_is_not_used_and_says_so(string published)
    {
        var extraction = new ArticleExtractor(Repo.Gazetteer).Extract(new Article(
            "Rockets hit Ain al-Asad yesterday, and US forces were attacked 60 times in the last week.",
            new Source("Test Wire", SourceType.Media, null, DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture))));

        extraction.Warnings.ShouldContain(w => w.Contains("outside the years 1900 to 2200", StringComparison.Ordinal));
        extraction.Candidates.ShouldAllBe(c => c.Report.OccurredAt == null);
    }

    [Theory]
    [InlineData("US forces were attacked 60 times in the last 99999999 days, officials said.")]
    [InlineData("US forces were attacked 60 times over the past 0 months, officials said.")]
    public void A_window_of_no_plausible_length_bounds_nothing(string text)
    {
        var tally = Read.Single(text).Report.Tally;

        tally.ShouldNotBeNull();
        tally.Value.ShouldBe(60);
        tally.From.ShouldBeNull();
    }
}

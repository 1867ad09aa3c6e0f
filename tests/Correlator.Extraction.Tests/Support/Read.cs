using Correlator.Domain.Reports;

namespace Correlator.Extraction.Tests.Support;

/// <summary>Runs the extractor on a sentence of a test, as a media article published on a given day.</summary>
public static class Read
{
    private static readonly ArticleExtractor Extractor = new(Repo.Gazetteer);

    public static Extraction Article(string text, string? published = "2023-12-12", string source = "Test Wire") =>
        Extractor.Extract(new Article(
            text,
            new Source(source, SourceType.Media, "https://example.test/a", published is null ? null : DateTimeOffset.Parse(published + "T00:00:00+03:00", System.Globalization.CultureInfo.InvariantCulture))));

    public static Candidate Single(string text, string? published = "2023-12-12") => Article(text, published).Candidates.ShouldHaveSingleItem();
}

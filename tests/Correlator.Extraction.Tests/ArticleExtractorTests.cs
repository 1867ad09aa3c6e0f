using Correlator.Domain.Reports;
using Correlator.Extraction.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Correlator.Extraction.Tests;

public sealed class ArticleExtractorTests
{
    private const string Article =
        "أعلنت المقاومة الإسلامية في العراق، مساء الخميس، استهداف قاعدة حرير بطائرة مسيرة.\n" +
        "وقال مسؤول أمريكي إن القوات الأمريكية تعرضت لأكثر من 60 هجومًا منذ 17 أكتوبر.";

    [Fact]
    public void Extracting_twice_gives_the_same_candidates_with_the_same_ids()
    {
        var first = Read.Article(Article).Candidates.Select(c => ReportJson.Serialize(c.Report));
        var second = Read.Article(Article).Candidates.Select(c => ReportJson.Serialize(c.Report));

        second.ShouldBe(first);
    }

    [Fact]
    public void Every_candidate_is_a_valid_report_marked_as_extracted_with_its_exact_quote()
    {
        var candidates = Read.Article(Article).Candidates;

        candidates.Count.ShouldBe(2);
        foreach (var candidate in candidates)
        {
            ReportValidator.Validate(candidate.Report, new DateTimeOffset(2023, 12, 12, 0, 0, 0, TimeSpan.Zero)).ShouldBeEmpty();
            candidate.Report.Extracted.ShouldBe(candidate.Report.Extracted! with { SpanStart = candidate.Start, SpanLength = candidate.Length });
            Article.Substring(candidate.Start, candidate.Length).ShouldBe(candidate.Quote);
            candidate.Rules.ShouldNotBeEmpty();
        }
    }

    [Fact]
    public void Ids_differ_by_kind_and_subject_within_one_sentence()
    {
        var candidates = Read.Article("وقال المتحدث باسم البنتاغون إن القوات تعرضت إلى 12 هجومًا في العراق و4 في سوريا خلال الأسبوع الماضي.").Candidates;

        candidates.Select(c => c.Report.Id).Distinct().Count().ShouldBe(candidates.Count);
    }

    [Fact]
    public void A_missing_publication_date_leaves_relative_dates_unresolved_and_warns()
    {
        var extraction = Read.Article(Article, published: null);

        extraction.Warnings.ShouldContain(w => w.Contains("publication date"));
        var claim = extraction.Candidates.Single(c => c.Report.Kind == ReportKind.Claim);
        claim.Report.OccurredAt.ShouldBeNull();
        claim.Confidence.ShouldBeLessThanOrEqualTo(0.5);
    }

    [Fact]
    public void Any_text_is_read_without_failing_and_every_quote_is_the_text_at_its_span() =>
        Prop.ForAll(
            Gen.Elements("قاعدة عين الأسد", "أمس", "بطائرتين مسيرتين", "أكثر من 60 هجومًا", "في العراق و4 في سوريا", "منذ", "Pentagon said",
                "attack on al-Tanf", ".", "،", "\n", "أعلنت المقاومة", "استهداف", "٣", "on Monday", "\"", " ").ListOf().Select(parts => string.Join(' ', parts)).ToArbitrary(),
            text => Read.Article(text).Candidates.All(c => text.Substring(c.Start, c.Length) == c.Quote)).QuickCheckThrowOnFailure();
}

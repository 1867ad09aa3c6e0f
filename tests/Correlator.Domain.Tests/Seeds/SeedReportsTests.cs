using System.Text.Json;
using System.Text.Json.Nodes;
using Correlator.Domain.Reports;

namespace Correlator.Domain.Tests.Seeds;

/// <summary>
/// seeds/reports.json is the analysts' reading of seeds/articles and the extractor's gold file, so it must stay
/// faithful to the model and to the articles' own words.
/// </summary>
public sealed class SeedReportsTests
{
    private static readonly string RepositoryRoot = FindRepositoryRoot();
    private static readonly string SeedsFolder = Path.Combine(RepositoryRoot, "seeds");
    private static readonly string ReportsJson = File.ReadAllText(Path.Combine(SeedsFolder, "reports.json"));
    private static readonly Report[] Reports =
        JsonSerializer.Deserialize<Report[]>(ReportsJson, ReportJson.Options) ?? [];

    [Fact]
    public void The_seed_file_parses_into_reports_with_the_report_json_options()
    {
        Reports.Length.ShouldBeInRange(30, 60);
        Reports.ShouldAllBe(report => report != null);
    }

    [Fact]
    public void The_seed_file_holds_nothing_the_report_model_would_drop()
    {
        // Unknown or misspelt property names are silently ignored on read, so write each report back and compare.
        var original = JsonNode.Parse(ReportsJson)!.AsArray();
        for (var i = 0; i < Reports.Length; i++)
        {
            var rewritten = JsonNode.Parse(ReportJson.Serialize(Reports[i]));
            JsonNode.DeepEquals(original[i], rewritten).ShouldBeTrue($"report {Reports[i].Id} does not round-trip");
        }
    }

    [Fact]
    public void Every_report_id_is_unique()
    {
        var duplicates = Reports.GroupBy(report => report.Id).Where(group => group.Count() > 1).Select(group => group.Key);

        duplicates.ShouldBeEmpty();
    }

    [Fact]
    public void Every_quote_is_copied_verbatim_from_its_article()
    {
        var articles = new Dictionary<string, string>();
        foreach (var report in Reports)
        {
            report.Article.ShouldNotBeNullOrWhiteSpace(report.Id);
            report.Quote.ShouldNotBeNullOrWhiteSpace(report.Id);
            var path = Path.Combine(SeedsFolder, "articles", report.Article);
            File.Exists(path).ShouldBeTrue($"{report.Id} names a missing article {report.Article}");
            if (!articles.TryGetValue(report.Article, out var text))
            {
                text = File.ReadAllText(path);
                articles[report.Article] = text;
            }

            text.Contains(report.Quote, StringComparison.Ordinal).ShouldBeTrue($"{report.Id}: quote is not in {report.Article}");
        }
    }

    [Fact]
    public void Every_report_is_in_arabic_and_has_a_source_publication_date()
    {
        Reports.ShouldAllBe(report => report.Language == "ar");
        Reports.Where(report => report.Source.PublishedAt == null).Select(report => report.Id).ShouldBeEmpty();
    }

    [Fact]
    public void Every_dated_report_happened_before_its_article_was_published()
    {
        // Publication dates are whole days at midnight, while an event on that same day is entered at noon or later.
        var late = Reports
            .Where(report => report.OccurredAt > report.Source.PublishedAt!.Value.AddDays(1))
            .Select(report => report.Id);

        late.ShouldBeEmpty();
    }

    [Fact]
    public void Every_tally_window_ends_after_it_starts_and_by_publication()
    {
        foreach (var report in Reports.Where(report => report.Tally != null))
        {
            var tally = report.Tally!;
            tally.From.ShouldNotBeNull(report.Id);
            tally.From!.Value.ShouldBeLessThan(tally.To, report.Id);
            tally.To.ShouldBeLessThanOrEqualTo(report.Source.PublishedAt!.Value, report.Id);
        }
    }

    [Fact]
    public void Only_tally_reports_carry_a_tally()
    {
        var tallyKinds = new[] { ReportKind.OfficialTally, ReportKind.MediaTally };

        Reports.Where(report => tallyKinds.Contains(report.Kind) != (report.Tally != null)).Select(report => report.Id).ShouldBeEmpty();
    }

    [Fact]
    public void The_erbil_claim_and_the_pentagon_statement_disagree_on_the_outcome()
    {
        var erbil = Reports.Where(report => report.Base == "erbil-air-base" && report.OccurredAt?.Date == new DateTime(2023, 10, 26)).ToArray();

        var claim = erbil.Where(report => report.Kind == ReportKind.Claim).ShouldHaveSingleItem();
        claim.Outcome.ShouldBe(Outcome.Hit);
        claim.WeaponCount.ShouldBe(2);
        erbil.ShouldContain(report => report.Kind == ReportKind.OfficialIncident && report.Outcome == Outcome.Intercepted);
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Correlator.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Correlator.sln not found above " + AppContext.BaseDirectory);
    }
}

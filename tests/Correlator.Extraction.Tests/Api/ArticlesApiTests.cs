using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Correlator.Domain.Reports;
using Correlator.Extraction.Requests;

namespace Correlator.Extraction.Tests.Api;

public sealed class ArticlesApiTests(LiveServer server) : IClassFixture<LiveServer>
{
    private const string Claim =
        "أعلنت المقاومة الإسلامية في العراق، مساء الخميس، استهداف قاعدة عين الأسد غرب العراق بطائرتين مسيرتين، وأصابت أهدافها بشكل مباشر.";

    private static object Body(string text, string? published = "2023-11-03T00:00:00+03:00", string? language = null) => new
    {
        text,
        language,
        source = new { name = "Test Wire", type = "media", url = "https://example.test/a", publishedAt = published },
    };

    [Fact]
    public async Task An_article_is_answered_with_candidates_in_the_report_schema()
    {
        var response = await server.PostArticle(Body(Claim));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var answer = (await response.Content.ReadFromJsonAsync<ArticleAnswer>(LiveServer.Json))!;
        var candidate = answer.Candidates.ShouldHaveSingleItem();
        candidate.Report.Kind.ShouldBe(ReportKind.Claim);
        candidate.Report.Base.ShouldBe("ain-al-asad");
        candidate.Report.Extracted.ShouldNotBeNull();
        Claim.Substring(candidate.Start, candidate.Length).ShouldBe(candidate.Quote);
    }

    [Fact]
    public async Task With_ingest_true_confident_candidates_are_logged_as_machine_extracted_and_retrying_is_idempotent()
    {
        var first = (await (await server.PostArticle(Body(Claim), ingest: true)).Content.ReadFromJsonAsync<ArticleAnswer>(LiveServer.Json))!;
        var again = (await (await server.PostArticle(Body(Claim), ingest: true)).Content.ReadFromJsonAsync<ArticleAnswer>(LiveServer.Json))!;

        var ingested = first.Ingested.ShouldNotBeNull().ShouldHaveSingleItem();
        ingested.Outcome.ShouldBe("appended");
        again.Ingested.ShouldNotBeNull().ShouldHaveSingleItem().Outcome.ShouldBe("duplicate");
        var stored = await server.Client.GetStringAsync($"/api/reports/{ingested.Id}");
        stored.ShouldContain("\"extracted\"");
    }

    [Theory]
    [InlineData("", HttpStatusCode.BadRequest)]
    [InlineData("   \n ", HttpStatusCode.BadRequest)]
    [InlineData("Это статья на русском языке о погоде в Москве и ничего больше.", HttpStatusCode.UnprocessableEntity)]
    [InlineData("这是一篇关于天气的中文文章，没有别的内容。", HttpStatusCode.UnprocessableEntity)]
    public async Task Unreadable_text_gets_a_problem_answer_not_a_server_error(string text, HttpStatusCode expected)
    {
        var response = await server.PostArticle(Body(text));

        response.StatusCode.ShouldBe(expected);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Text_over_the_configured_cap_is_refused_as_too_large()
    {
        var response = await server.PostArticle(Body(new string('ا', 50_001)));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Html_is_stripped_and_the_answer_carries_the_text_its_spans_refer_to()
    {
        var response = await server.PostArticle(Body("<html><body><p>" + Claim + "</p><script>var x = 1;</script></body></html>"));

        var answer = (await response.Content.ReadFromJsonAsync<ArticleAnswer>(LiveServer.Json))!;
        answer.Text.ShouldNotBeNull().ShouldNotContain("<");
        var candidate = answer.Candidates.ShouldHaveSingleItem();
        answer.Text.Substring(candidate.Start, candidate.Length).ShouldBe(candidate.Quote);
        answer.Warnings.ShouldContain(w => w.Contains("HTML"));
    }

    [Fact]
    public async Task A_missing_publication_date_leaves_relative_dates_unresolved_and_says_so()
    {
        var response = await server.PostArticle(Body(Claim, published: null), ingest: true);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var answer = (await response.Content.ReadFromJsonAsync<ArticleAnswer>(LiveServer.Json))!;
        answer.Warnings.ShouldContain(w => w.Contains("publication date"));
        answer.Candidates.ShouldHaveSingleItem().Report.OccurredAt.ShouldBeNull();
        answer.Ingested.ShouldNotBeNull().ShouldBeEmpty();
        answer.Review.ShouldNotBeNull().ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("{\"text\": \"x\"}")]
    [InlineData("{\"text\": 12, \"source\": {\"name\": \"A\", \"type\": \"media\"}}")]
    [InlineData("[1, 2]")]
    [InlineData("{\"text\": \"hello\", \"source\": {\"name\": \"A\", \"type\": \"spaceship\"}}")]
    public async Task Malformed_bodies_get_a_bad_request(string json)
    {
        var response = await server.Client.PostAsync("/api/articles", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("detail").GetString().ShouldNotBeNullOrEmpty();
    }
}

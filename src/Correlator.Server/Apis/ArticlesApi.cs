using System.Text.Json;
using Correlator.Domain.Reports;
using Correlator.Extraction;
using Correlator.Extraction.Input;
using Correlator.Extraction.Requests;
using Correlator.Grains.Routing;
using Correlator.Server.Ingest;
using Correlator.Server.Security;
using Correlator.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Correlator.Server.Apis;

/// <summary>
/// POST /api/articles: reads an article and answers with candidate reports; with ?ingest=true the candidates at or
/// above the configured confidence go through the one ingest path as machine-extracted reports.
/// </summary>
public static class ArticlesApi
{
    public static IServiceCollection AddArticlesApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ExtractionOptions>(configuration.GetSection(ExtractionOptions.Section));
        services.AddSingleton<ArticleExtractors>();
        return services;
    }

    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/articles").WithTags("Articles").MapPost("/", PostArticle).Accepts<ArticleRequest>("application/json")
            .RequireAuthorization(Roles.WritePolicy);
        return app;
    }

    /// <remarks><paramref name="ingest"/> is parsed here rather than bound, so a malformed one is a problem naming it.</remarks>
    public static async Task<Results<Ok<ArticleAnswer>, ProblemHttpResult>> PostArticle(
        HttpRequest request, string? ingest, ArticleExtractors extractors, EntityDirectory entities, ReportIngest reportIngest,
        IOptions<ExtractionOptions> options, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var ingesting = false;
        if (ingest is not null && !bool.TryParse(ingest, out ingesting))
        {
            return Problems.Field("ingest", "must be true or false");
        }
        ArticleRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<ArticleRequest>(request.Body, ReportJson.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            return Problems.Malformed(ex);
        }
        if (body is null)
        {
            return Problems.Field("body", "must be an article object: { text, language?, source { name, type, url, publishedAt } }");
        }
        if (body.Source is not { } source || string.IsNullOrWhiteSpace(source.Name))
        {
            return Problems.Field(body.Source is null ? "source" : "source.name", "is required: who published the article");
        }
        var (input, refusal) = ArticleCheck.Check(body.Text, body.Language, options.Value.MaxTextLength);
        if (refusal is not null)
        {
            return refusal.Kind switch
            {
                RefusalKind.TooLong => Problems.Refused(StatusCodes.Status413PayloadTooLarge, "Article too long", $"{refusal.Field} {refusal.Reason}"),
                RefusalKind.UnsupportedLanguage => Problems.Refused(StatusCodes.Status422UnprocessableEntity, "Unsupported language", $"{refusal.Field} {refusal.Reason}"),
                _ => Problems.Field(refusal.Field, refusal.Reason),
            };
        }
        var extraction = extractors.For(entities.Current).Extract(new Article(input!.Text, source, input.Language, body.Name));
        var warnings = input.Warnings.Concat(extraction.Warnings).ToList();
        var text = input.Changed ? input.Text : null;
        loggers.CreateLogger(typeof(ArticlesApi)).LogInformation(
            "Read article {Article} from {Source}: {Candidates} candidates, {Warnings} warnings", body.Name, source.Name, extraction.Candidates.Count, warnings.Count);
        if (!ingesting)
        {
            return TypedResults.Ok(new ArticleAnswer(extraction.Candidates, warnings, text));
        }

        var threshold = options.Value.IngestThreshold;
        var review = new List<ReviewCandidate>();
        var eligible = new List<Report>();
        foreach (var candidate in extraction.Candidates)
        {
            var problems = ReportValidator.Validate(candidate.Report, time.GetUtcNow());
            if (candidate.Confidence < threshold)
            {
                review.Add(new ReviewCandidate(candidate.Report.Id, candidate.Confidence, $"confidence {candidate.Confidence:0.00} is below the ingest threshold {threshold:0.00}"));
            }
            else if (problems.Count > 0)
            {
                review.Add(new ReviewCandidate(candidate.Report.Id, candidate.Confidence, string.Join("; ", problems.Select(p => $"{p.Field} {p.Reason}"))));
            }
            else
            {
                eligible.Add(candidate.Report);
            }
        }
        var ingested = new List<IngestedCandidate>();
        if (eligible.Count > 0)
        {
            var result = await reportIngest.IngestAsync(eligible, request.HttpContext.User.Identity?.Name ?? "extractor", cancellationToken);
            if (!result.IsValid)
            {
                return Problems.Invalid(result.Problems);
            }
            ingested.AddRange(result.Results.Select(r => new IngestedCandidate(r.Id, JsonNamingPolicy.CamelCase.ConvertName(r.Outcome.ToString()))));
            var conflicts = result.Results.Where(r => r.Outcome == AppendOutcome.Conflict).Select(r => r.Id).ToHashSet();
            review.AddRange(extraction.Candidates.Where(c => conflicts.Contains(c.Report.Id))
                .Select(c => new ReviewCandidate(c.Report.Id, c.Confidence, "a different report is already logged under this id")));
        }
        return TypedResults.Ok(new ArticleAnswer(extraction.Candidates, warnings, text, ingested, review));
    }
}

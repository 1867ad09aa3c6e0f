using System.Text.Json;
using Correlator.Domain.Reports;
using Correlator.Server.Hosting;
using Correlator.Server.Ingest;
using Correlator.Server.Security;
using Correlator.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Correlator.Server.Apis;

public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").WithTags("Reports");
        api.MapPost("/", PostReports).Accepts<Report>("application/json").RequireAuthorization(Roles.WritePolicy);
        api.MapGet("/{id}", GetReport).RequireAuthorization(Roles.ReadPolicy);
        return app;
    }

    /// <summary>One report or an array of them; 201 once every new report is durable.</summary>
    public static async Task<Results<Created<IReadOnlyList<AppendResult>>, Ok<IReadOnlyList<AppendResult>>, ProblemHttpResult>> PostReports(
        HttpRequest request, ReportIngest ingest, IOptions<CorrelatorOptions> options, CancellationToken cancellationToken)
    {
        List<Report> reports;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 32 }, cancellationToken);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                var count = root.GetArrayLength();
                if (count == 0 || count > options.Value.MaxReportsPerPost)
                {
                    return Problems.Field("body", $"must hold between 1 and {options.Value.MaxReportsPerPost} reports, not {count}");
                }
                reports = new List<Report>(count);
                var i = 0;
                foreach (var element in root.EnumerateArray())
                {
                    var (report, problem) = Parse(element, $"[{i++}].");
                    if (problem is not null)
                    {
                        return problem;
                    }
                    reports.Add(report!);
                }
            }
            else if (root.ValueKind == JsonValueKind.Object)
            {
                var (report, problem) = Parse(root, "");
                if (problem is not null)
                {
                    return problem;
                }
                reports = [report!];
            }
            else
            {
                return Problems.Field("body", "must be a report object or an array of reports");
            }
        }
        catch (JsonException ex)
        {
            return Problems.Malformed(ex);
        }

        var result = await ingest.IngestAsync(reports, request.HttpContext.User.Identity?.Name, cancellationToken);
        if (!result.IsValid)
        {
            return Problems.Invalid(result.Problems);
        }
        if (result.HasConflict)
        {
            var ids = result.Results.Where(r => r.Outcome == AppendOutcome.Conflict).Select(r => r.Id).ToList();
            return TypedResults.Problem(title: "Conflicting report id", statusCode: StatusCodes.Status409Conflict,
                detail: $"A different report is already logged under the id {string.Join(", ", ids.Select(i => $"'{i}'"))}; a correction needs an id of its own.",
                extensions: new Dictionary<string, object?> { ["results"] = result.Results });
        }
        return result.Results.All(r => r.Outcome == AppendOutcome.Duplicate)
            ? TypedResults.Ok(result.Results)
            : TypedResults.Created("/api/reports", result.Results);
    }

    public static async Task<Results<Ok<StoredReport>, ProblemHttpResult>> GetReport(string id, IReportLog log, CancellationToken cancellationToken) =>
        await log.FindAsync(id, cancellationToken) is { } stored ? TypedResults.Ok(stored) : Problems.NotFound("report", id);

    private static (Report?, ProblemHttpResult?) Parse(JsonElement element, string prefix)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return (null, Problems.Field(prefix.TrimEnd('.') is { Length: > 0 } p ? p : "body", "must be a report object"));
        }
        try
        {
            return (element.Deserialize<Report>(ReportJson.Options), null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.Malformed(ex, prefix));
        }
    }
}

using System.Text.Json;
using Correlator.Domain.Reports;
using Correlator.Server.Hosting;
using Correlator.Server.Ingest;
using Correlator.Server.Security;
using Correlator.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Correlator.Server.Apis;

public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").WithTags("Reports");
        api.MapPost("/", PostReports).Accepts<Report>("application/json").RequireAuthorization(Roles.WritePolicy);
        api.MapRead("/{id}", GetReport).RequireAuthorization(Roles.ReadPolicy);
        return app;
    }

    /// <summary>One report or an array of them; 201 once every new report is durable.</summary>
    public static async Task<Results<Created<IReadOnlyList<AppendResult>>, Ok<IReadOnlyList<AppendResult>>, ProblemHttpResult>> PostReports(
        HttpRequest request, ReportIngest ingest, IOptions<CorrelatorOptions> options, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, cancellationToken);
        // The common cases, one well-formed report or a well-formed array of them, are deserialised straight from the
        // body; anything else (an error whose problem document must name the field) goes through the document below.
        if (StartsWith(body.Span, (byte)'{') && TryDeserialize<Report>(body) is { } single)
        {
            return await IngestAsync([single], request, ingest, cancellationToken);
        }
        if (StartsWith(body.Span, (byte)'[') && TryDeserialize<List<Report>>(body) is { } many
            && many.Count > 0 && many.Count <= options.Value.MaxReportsPerPost && many.TrueForAll(r => r is not null))
        {
            return await IngestAsync(many, request, ingest, cancellationToken);
        }
        List<Report> reports;
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
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

        return await IngestAsync(reports, request, ingest, cancellationToken);
    }

    private static async Task<Results<Created<IReadOnlyList<AppendResult>>, Ok<IReadOnlyList<AppendResult>>, ProblemHttpResult>> IngestAsync(
        List<Report> reports, HttpRequest request, ReportIngest ingest, CancellationToken cancellationToken)
    {
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

    /// <remarks>
    /// The id is read from the request as sent: routing leaves an encoded slash (%2F) undecoded but decodes the rest, so
    /// its value cannot tell "a/b" from "a%2Fb", and a client's id may hold either.
    /// </remarks>
    public static async Task<Results<Ok<StoredReport>, ProblemHttpResult>> GetReport(string id, HttpContext http, IReportLog log, CancellationToken cancellationToken)
    {
        var sent = AsSent(http) ?? id;
        return await log.FindAsync(sent, cancellationToken) is { } stored ? TypedResults.Ok(stored) : Problems.NotFound("report", sent);
    }

    private static string? AsSent(HttpContext http)
    {
        if (http.Features.Get<IHttpRequestFeature>()?.RawTarget is not { Length: > 0 } target)
        {
            return null;
        }
        var path = target.Split('?', 2)[0].TrimEnd('/');
        return Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // The declared length only sizes the first buffer, and never beyond 1 MiB: the body limit is enforced while reading.
        using var buffer = new MemoryStream(request.ContentLength is > 0 ? (int)Math.Min(request.ContentLength.Value, 1 << 20) : 1024);
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        // A UTF-8 byte order mark is skipped, as reading the document from the stream did.
        return body.Span.StartsWith("\uFEFF"u8) ? body[3..] : body;
    }

    private static bool StartsWith(ReadOnlySpan<byte> body, byte token)
    {
        var start = body.TrimStart(" \t\r\n"u8);
        return start.Length > 0 && start[0] == token;
    }

    private static T? TryDeserialize<T>(ReadOnlyMemory<byte> body)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body.Span, ReportJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

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

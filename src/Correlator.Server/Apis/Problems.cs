using System.Text.Json;
using Correlator.Domain.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Correlator.Server.Apis;

/// <summary>RFC 7807 answers that name the field and the reason.</summary>
public static class Problems
{
    public static ProblemHttpResult Invalid(IReadOnlyList<ReportProblem> problems)
    {
        var unknown = problems.Any(p => p.IsUnknownEntity) && problems.All(p => p.IsUnknownEntity);
        var extensions = new Dictionary<string, object?>
        {
            ["errors"] = problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Reason).ToArray()),
        };
        var nearest = problems.Where(p => p.Nearest is not null).ToDictionary(p => p.Field, p => p.Nearest);
        if (nearest.Count > 0)
        {
            extensions["nearest"] = nearest;
        }
        return TypedResults.Problem(
            title: unknown ? "Unknown entity" : "Invalid report",
            detail: string.Join("; ", problems.Take(5).Select(p => $"{p.Field}: {p.Reason}")),
            statusCode: unknown ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest,
            extensions: extensions);
    }

    public static ProblemHttpResult Field(string field, string reason) => Invalid([new ReportProblem(field, reason)]);

    public static ProblemHttpResult Refused(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);

    /// <summary>A request refused for one of its headers, named as the field.</summary>
    public static ProblemHttpResult Header(int status, string header, string reason) =>
        TypedResults.Problem(title: "Request refused", detail: $"{header}: {reason}", statusCode: status,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [header] = [reason] } });

    /// <summary>What a client sent, quoted in a reason: at most 60 characters, so a huge value cannot fill the answer or the log.</summary>
    public static string Echo(string? sent) => sent is null ? "" : sent.Length > 60 ? sent[..60] + "…" : sent;

    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(title: "Not found", detail: $"No {what} '{id}'.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>Names the field of a JSON error by its path, without echoing internals.</summary>
    public static ProblemHttpResult Malformed(JsonException ex, string prefix = "")
    {
        var (field, reason) = Describe(ex, prefix);
        return Field(field, reason);
    }

    /// <summary>The field a JSON error is about and why, in the words of a problem document.</summary>
    public static (string Field, string Reason) Describe(JsonException ex, string prefix = "")
    {
        var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "" : ex.Path.TrimStart('$', '.');
        const string missing = "missing required properties including:";
        var at = ex.Message.IndexOf(missing, StringComparison.Ordinal);
        if (at >= 0)
        {
            var names = ex.Message[(at + missing.Length)..].Trim().TrimEnd('.').Replace("'", "", StringComparison.Ordinal);
            return (prefix + (path.Length > 0 ? path + "." : "") + names.Split(',')[0].Trim(), "is required");
        }
        var field = prefix + (path.Length > 0 ? path : "body");
        return (field, ex.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? "has a value of the wrong type or an unknown name"
            : "is not well-formed JSON");
    }
}

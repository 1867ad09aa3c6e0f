
namespace Correlator.Server.Apis;

/// <summary>
/// The problem documents of requests routing refuses before any endpoint runs (a method or a media type the endpoint
/// does not take), which would otherwise carry only their status: they name the header or method and the reason.
/// </summary>
public static class StatusProblems
{
    public static void Explain(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Detail is not null || problem.Extensions.ContainsKey("errors"))
        {
            return;
        }
        var http = context.HttpContext;
        var (field, reason) = problem.Status switch
        {
            StatusCodes.Status405MethodNotAllowed =>
                ("method", $"{http.Request.Method} is not allowed on {http.Request.Path}; use {(http.Response.Headers.Allow is { Count: > 0 } allow ? allow.ToString() : "another method")}"),
            StatusCodes.Status415UnsupportedMediaType =>
                ("Content-Type", $"'{http.Request.ContentType}' is not accepted; send application/json"),
            _ => (null, null),
        };
        if (field is null)
        {
            return;
        }
        problem.Detail = $"{field}: {reason}";
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [reason!] };
    }
}

using Correlator.Server.Live;
using Correlator.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Correlator.Server.Apis;

public static class DiscrepanciesApi
{
    public static IEndpointRouteBuilder MapDiscrepanciesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/discrepancies", GetDiscrepancies).WithTags("Discrepancies").RequireAuthorization(Roles.ReadPolicy);
        return app;
    }

    /// <summary>The newest state of every discrepancy changed after a sequence, in sequence order; ?status=open also takes updated ones.</summary>
    public static Results<Ok<DiscrepancyView[]>, ProblemHttpResult> GetDiscrepancies(long? after, string? status, LiveFeed feed)
    {
        if (after is < 0)
        {
            return Problems.Field("after", "must not be negative");
        }
        DiscrepancyStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.TryParse<DiscrepancyStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
            {
                return Problems.Field("status", "must be one of open, updated, resolved");
            }
            wanted = parsed;
        }
        var views = feed.Discrepancies()
            .Where(d => d.Sequence > (after ?? 0))
            .Where(d => wanted is null || d.Status == wanted || (wanted == DiscrepancyStatus.Open && d.Status == DiscrepancyStatus.Updated))
            .OrderBy(d => d.Sequence)
            .ToArray();
        return TypedResults.Ok(views);
    }
}

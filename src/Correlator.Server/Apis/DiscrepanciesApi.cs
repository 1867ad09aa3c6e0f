using System.Globalization;
using Correlator.Server.Live;
using Correlator.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Correlator.Server.Apis;

public static class DiscrepanciesApi
{
    public static IEndpointRouteBuilder MapDiscrepanciesApi(this IEndpointRouteBuilder app)
    {
        app.MapRead("/api/discrepancies", GetDiscrepancies).WithTags("Discrepancies").RequireAuthorization(Roles.ReadPolicy);
        return app;
    }

    /// <summary>The newest state of every discrepancy changed after a sequence, in sequence order; ?status=open also takes updated ones.</summary>
    /// <remarks><paramref name="after"/> is parsed here rather than bound, so a malformed one is a problem naming it.</remarks>
    public static Results<Ok<DiscrepancyView[]>, ProblemHttpResult> GetDiscrepancies(string? after, string? status, LiveFeed feed)
    {
        long afterSequence = 0;
        if (after is not null && !long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out afterSequence))
        {
            return Problems.Field("after", "must be a sequence number: a whole number, not negative");
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
            .Where(d => d.Sequence > afterSequence)
            .Where(d => wanted is null || d.Status == wanted || (wanted == DiscrepancyStatus.Open && d.Status == DiscrepancyStatus.Updated))
            .OrderBy(d => d.Sequence)
            .ToArray();
        return TypedResults.Ok(views);
    }
}

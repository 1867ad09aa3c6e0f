using Correlator.Domain.Reports;
using Correlator.Domain.Tallies;
using Correlator.Grains.Regions;
using Correlator.Grains.Routing;
using Correlator.Runtime;
using Correlator.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Correlator.Server.Apis;

public static class TalliesApi
{
    public static IEndpointRouteBuilder MapTalliesApi(this IEndpointRouteBuilder app)
    {
        app.MapRead("/api/tallies", GetTallies).WithTags("Tallies").RequireAuthorization(Roles.ReadPolicy);
        return app;
    }

    /// <summary>Each region's series (official figures, logged counts, reconciled band); one region with ?region=.</summary>
    public static async Task<Results<Ok<TallySeries[]>, ProblemHttpResult>> GetTallies(string? region, IGrainFactory grains)
    {
        Region[] regions;
        if (region is null)
        {
            regions = Enum.GetValues<Region>();
        }
        else if (Enum.TryParse<Region>(region, ignoreCase: true, out var one) && !int.TryParse(region, out _))
        {
            regions = [one];
        }
        else
        {
            return Problems.Field("region", "must be one of iraq, syria, jordan, all");
        }
        var states = await Task.WhenAll(regions.Select(r =>
            grains.Get<RegionGrain>(ReportRouting.RegionId(r)).CallAsync(static g => g.State())));
        return TypedResults.Ok(states.SelectMany(s => s.Series).ToArray());
    }
}

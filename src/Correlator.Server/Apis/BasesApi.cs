using Correlator.Domain.Entities;
using Correlator.Grains.Bases;
using Correlator.Grains.Routing;
using Correlator.Runtime;
using Correlator.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Correlator.Server.Apis;

public static class BasesApi
{
    public static IEndpointRouteBuilder MapBasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/bases").WithTags("Bases").RequireAuthorization(Roles.ReadPolicy);
        api.MapRead("/", ListBases);
        api.MapRead("/{id}", GetBase);
        return app;
    }

    public static async Task<Ok<BaseOverview[]>> ListBases(EntityDirectory entities, IGrainFactory grains) =>
        TypedResults.Ok(await Task.WhenAll(entities.Current.Bases.Select(async b =>
            BaseOverview.Of(b, await grains.Get<BaseGrain>(b.Id).CallAsync(static g => g.Summary())))));

    /// <summary>The base's incidents in time order and its open discrepancies; any alias of the base finds it.</summary>
    public static async Task<Results<Ok<BaseDetail>, ProblemHttpResult>> GetBase(string id, EntityDirectory entities, IGrainFactory grains)
    {
        var gazetteer = entities.Current;
        if (gazetteer.ResolveBase(id) is not { } baseId || gazetteer.FindBase(baseId) is not { } entity)
        {
            return Problems.NotFound("base", id);
        }
        var state = await grains.Get<BaseGrain>(baseId).CallAsync(static g => g.State());
        return TypedResults.Ok(new BaseDetail(entity, state.Incidents.Select(IncidentView.Of).ToList(), state.Discrepancies));
    }
}

using Correlator.Domain.Entities;
using Correlator.Grains.Groups;
using Correlator.Grains.Routing;
using Correlator.Runtime;
using Correlator.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Correlator.Server.Apis;

public static class GroupsApi
{
    public static IEndpointRouteBuilder MapGroupsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/groups").WithTags("Groups").RequireAuthorization(Roles.ReadPolicy);
        api.MapRead("/", ListGroups);
        api.MapRead("/{id}", GetGroup);
        return app;
    }

    public static async Task<Ok<GroupOverview[]>> ListGroups(EntityDirectory entities, IGrainFactory grains) =>
        TypedResults.Ok(await Task.WhenAll(entities.Current.Groups.Select(async g =>
        {
            var (claims, attributions) = await grains.Get<GroupGrain>(g.Id).CallAsync(static grain => (grain.ClaimCount, grain.AttributionCount));
            return new GroupOverview(g.Id, g.Name, g.NameAr, g.Umbrella, claims, attributions);
        })));

    public static async Task<Results<Ok<GroupDetail>, ProblemHttpResult>> GetGroup(string id, EntityDirectory entities, IGrainFactory grains)
    {
        var gazetteer = entities.Current;
        if (gazetteer.ResolveGroup(id) is not { } groupId || gazetteer.FindGroup(groupId) is not { } entity)
        {
            return Problems.NotFound("group", id);
        }
        var state = await grains.Get<GroupGrain>(groupId).CallAsync(static g => g.State());
        return TypedResults.Ok(new GroupDetail(entity, state.Claims, state.ClaimsByBase, state.Attributions, state.Other));
    }
}

using System.Text.Json;
using Correlator.Domain.Entities;
using Correlator.Domain.Reports;
using Correlator.Grains.Routing;
using Correlator.Server.Security;
using Correlator.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Correlator.Server.Apis;

/// <summary>Operators add bases, groups and aliases; every edit is logged before it takes effect.</summary>
public static class EntitiesApi
{
    private static readonly SemaphoreSlim Editing = new(1, 1);

    public static IEndpointRouteBuilder MapEntitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/entities").WithTags("Gazetteer");
        var edits = api.MapGroup("/").RequireAuthorization(Roles.WritePolicy);
        api.MapRead("/", (EntityDirectory entities) => TypedResults.Text(entities.Current.ToJson(), "application/json")).RequireAuthorization(Roles.ReadPolicy);
        edits.MapPost("/bases", (BaseEntity entity, HttpContext http, EntityDirectory entities, IEntityLog log, TimeProvider time, CancellationToken ct) =>
            EditAsync(EntityEdits.BaseKind, JsonSerializer.Serialize(entity, ReportJson.Options), http, entities, log, time, ct));
        edits.MapPost("/groups", (GroupEntity entity, HttpContext http, EntityDirectory entities, IEntityLog log, TimeProvider time, CancellationToken ct) =>
            EditAsync(EntityEdits.GroupKind, JsonSerializer.Serialize(entity, ReportJson.Options), http, entities, log, time, ct));
        edits.MapPost("/aliases", (AliasEdit alias, HttpContext http, EntityDirectory entities, IEntityLog log, TimeProvider time, CancellationToken ct) =>
            EditAsync(EntityEdits.AliasKind, JsonSerializer.Serialize(alias, ReportJson.Options), http, entities, log, time, ct));
        return app;
    }

    private static async Task<Results<Created, ProblemHttpResult>> EditAsync(
        string kind, string json, HttpContext http, EntityDirectory entities, IEntityLog log, TimeProvider time, CancellationToken ct)
    {
        await Editing.WaitAsync(ct);
        try
        {
            Gazetteer edited;
            try
            {
                edited = EntityEdits.Apply(entities.Current, kind, json);
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException)
            {
                return Problems.Field(kind, ex.Message);
            }
            await log.AppendAsync(kind, json, http.User.Identity?.Name, time.GetUtcNow(), ct);
            entities.Replace(edited);
            return TypedResults.Created($"/api/entities");
        }
        finally
        {
            Editing.Release();
        }
    }
}

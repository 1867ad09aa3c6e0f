using Correlator.Runtime;
using Correlator.Server.Live;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Correlator.Server.Apis;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapRead("/healthz", Health).WithTags("Health");
        return app;
    }

    public static Ok<Health> Health(LiveFeed feed, GrainRuntime grains) =>
        TypedResults.Ok(new Health("ok", feed.LastSequence, grains.ActivationCount, feed.SubscriberCount));
}

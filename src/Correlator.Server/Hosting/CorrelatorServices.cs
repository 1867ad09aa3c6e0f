using Correlator.Domain.Entities;
using Correlator.Domain.Reports;
using Correlator.Grains.Routing;
using Correlator.Runtime;
using Correlator.Server.Apis;
using Correlator.Server.Ingest;
using Correlator.Server.Live;
using Correlator.Server.Security;
using Correlator.Server.Seeding;
using Correlator.Storage;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Correlator.Server.Hosting;

public static class CorrelatorServices
{
    /// <summary>Everything a node needs: storage, gazetteer, grains, ingest, live feed, JSON conventions.</summary>
    public static WebApplicationBuilder AddCorrelator(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<CorrelatorOptions>(builder.Configuration.GetSection(CorrelatorOptions.Section));
        // Kestrel reads only its endpoints from configuration by itself; the body size cap in "Kestrel:Limits" needs binding.
        services.Configure<KestrelServerOptions>(builder.Configuration.GetSection("Kestrel"));
        services.AddSingleton(TimeProvider.System);
        services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.Section));
        var clustered = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>()?.Provider == StorageProvider.Postgres;
        services.AddSingleton(sp => NodeStorage.OpenAsync(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<IOptions<CorrelatorOptions>>().Value,
            sp.GetRequiredService<ILoggerFactory>(), CancellationToken.None).GetAwaiter().GetResult());
        services.AddSingleton(sp => sp.GetRequiredService<NodeStorage>().Reports);
        services.AddSingleton(sp => sp.GetRequiredService<NodeStorage>().Events);
        services.AddSingleton(sp => sp.GetRequiredService<NodeStorage>().Entities);
        services.AddSingleton(sp => sp.GetRequiredService<NodeStorage>().Changes);
        services.AddSingleton(sp => sp.GetRequiredService<NodeStorage>().Keys);
        if (clustered)
        {
            // Several nodes: the reconciler publishes only while this node has taken the lease and caught up.
            services.AddSingleton<Leadership>();
            services.AddSingleton<ILeaderLease>(sp => sp.GetRequiredService<Leadership>());
        }
        else
        {
            services.AddSingleton(sp => sp.GetRequiredService<NodeStorage>().Lease);
        }
        services.AddSingleton(sp => new SeedFiles(sp.GetRequiredService<IOptions<CorrelatorOptions>>().Value.ResolveSeedsPath()));
        services.AddSingleton(new EntityDirectory(Gazetteer.Empty));
        services.AddSingleton<GazetteerFollower>();
        services.AddSingleton<LogReportSource>();
        services.AddSingleton<IReportSource>(sp => sp.GetRequiredService<LogReportSource>());
        services.AddSingleton(sp => new GrainRuntime(
            (type, key) => (IGrain)ActivatorUtilities.CreateInstance(sp, type, key),
            new GrainRuntimeOptions { IdleTimeout = sp.GetRequiredService<IOptions<CorrelatorOptions>>().Value.GrainIdleTimeout },
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<GrainRuntime>>()));
        services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
        services.AddSingleton<LiveFeed>();
        services.AddSingleton<Reconciler>();
        services.AddSingleton<ReportIngest>();
        services.AddArticlesApi(builder.Configuration);
        services.AddHostedService<CorrelatorNode>();
        if (clustered)
        {
            // After the node: it tries for the lease once the grains are rebuilt, and follows other nodes' gazetteer edits.
            services.AddHostedService(sp => sp.GetRequiredService<Leadership>());
            services.AddHostedService(sp => sp.GetRequiredService<GazetteerFollower>());
        }
        builder.AddCorrelatorSecurity();

        services.AddProblemDetails(o => o.CustomizeProblemDetails = StatusProblems.Explain);
        // Binding failures throw rather than answer a bare 400, so RefusedRequests can name the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<RefusedRequests>();
        services.ConfigureHttpJsonOptions(o => ReportJson.Configure(o.SerializerOptions));
        services.AddSignalR(RefusedHubCalls.Configure).AddJsonProtocol(o => ReportJson.Configure(o.PayloadSerializerOptions));
        RefusedHubCalls.Configure(builder.Logging);
        // SignalR's lifetime manager for this hub, keeping the connections so the live feed can write to them directly.
        services.AddSingleton<DashboardConnections>();
        services.AddSingleton<HubLifetimeManager<CorrelatorHub>>(sp => sp.GetRequiredService<DashboardConnections>());
        services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapCorrelator(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseCorrelatorSecurity();
        app.UseRequestBodies();
        app.MapOpenApi();
        app.MapReportsApi().MapBasesApi().MapGroupsApi().MapTalliesApi().MapDiscrepanciesApi().MapEntitiesApi().MapArticlesApi().MapHealthApi();
        app.MapHub<CorrelatorHub>("/hubs/correlator").RequireAuthorization(Roles.ReadPolicy);
        return app;
    }
}

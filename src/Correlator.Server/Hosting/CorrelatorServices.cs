using Correlator.Domain.Entities;
using Correlator.Domain.Reports;
using Correlator.Grains.Routing;
using Correlator.Runtime;
using Correlator.Server.Apis;
using Correlator.Server.Ingest;
using Correlator.Server.Live;
using Correlator.Server.Seeding;
using Correlator.Storage;
using Correlator.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace Correlator.Server.Hosting;

public static class CorrelatorServices
{
    /// <summary>Everything a node needs: storage, gazetteer, grains, ingest, live feed, JSON conventions.</summary>
    public static WebApplicationBuilder AddCorrelator(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<CorrelatorOptions>(builder.Configuration.GetSection(CorrelatorOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CorrelatorOptions>>().Value;
            return SqliteStore.OpenAsync(new SqliteStoreOptions { Path = options.ResolveStoragePath() },
                sp.GetRequiredService<ILogger<SqliteStore>>(), CancellationToken.None).GetAwaiter().GetResult();
        });
        services.AddSingleton<IReportLog>(sp => sp.GetRequiredService<SqliteStore>());
        services.AddSingleton<IEventLog>(sp => sp.GetRequiredService<SqliteStore>());
        services.AddSingleton<IEntityLog>(sp => sp.GetRequiredService<SqliteStore>());
        services.AddSingleton(sp => new SeedFiles(sp.GetRequiredService<IOptions<CorrelatorOptions>>().Value.ResolveSeedsPath()));
        services.AddSingleton(new EntityDirectory(Gazetteer.Empty));
        services.AddSingleton<IReportSource, LogReportSource>();
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

        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => ReportJson.Configure(o.SerializerOptions));
        services.AddSignalR().AddJsonProtocol(o => ReportJson.Configure(o.PayloadSerializerOptions));
        services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapCorrelator(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();
        app.MapReportsApi().MapBasesApi().MapGroupsApi().MapTalliesApi().MapDiscrepanciesApi().MapEntitiesApi().MapHealthApi().MapArticlesApi();
        app.MapHub<CorrelatorHub>("/hubs/correlator");
        return app;
    }
}

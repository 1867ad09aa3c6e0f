using System.Net.Http.Json;
using System.Text.Json;
using Correlator.Domain.Reports;
using Correlator.Server.Hosting;
using Correlator.Extraction.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Correlator.Extraction.Tests.Api;

/// <summary>A real Correlator node on Kestrel at 127.0.0.1:0 with an empty log in a temporary folder, shared by the API tests.</summary>
public sealed class LiveServer : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "correlator-extraction-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public HttpClient Client { get; private set; } = new();

    public static JsonSerializerOptions Json => ReportJson.Options;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Correlator:StoragePath"] = Path.Combine(folder, "test.db");
        builder.Configuration["Correlator:SeedsPath"] = Repo.Seed();
        builder.Configuration["Correlator:LoadSeedsWhenEmpty"] = "false";
        builder.Configuration["Correlator:Extraction:MaxTextLength"] = "50000";
        builder.AddCorrelator();
        app = builder.Build();
        app.MapCorrelator();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
        // Posting articles is an operator's job: use the key the server made on its first start.
        Client.DefaultRequestHeaders.Add("X-Api-Key", File.ReadAllText(Path.Combine(folder, "operator.key")).Trim());
    }

    public Task<HttpResponseMessage> PostArticle(object body, bool ingest = false) =>
        Client.PostAsJsonAsync(ingest ? "/api/articles?ingest=true" : "/api/articles", body, Json);

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold its files a moment longer; a stray temp folder is harmless.
        }
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Correlator.Domain.Reports;
using Correlator.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Correlator.Server.Tests.Hosting;

/// <summary>
/// The real app on real Kestrel (a free loopback port) over a real SQLite file in a fresh temp folder. It can be
/// stopped and started again on the same file, as an operator restarting the service would.
/// </summary>
public class CorrelatorServer : IAsyncLifetime, IAsyncDisposable
{
    private readonly bool loadSeeds;
    private WebApplication? app;

    public CorrelatorServer() : this(loadSeeds: true)
    {
    }

    protected CorrelatorServer(bool loadSeeds)
    {
        this.loadSeeds = loadSeeds;
        Folder = Path.Combine(Path.GetTempPath(), "correlator-server-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string StoragePath => Path.Combine(Folder, "correlator.db");

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public HttpClient Client { get; private set; } = new();

    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("The server is not running.");

    public async Task StartAsync()
    {
        if (app is not null)
        {
            throw new InvalidOperationException("The server is running already.");
        }
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args =
            [
                $"--Correlator:StoragePath={StoragePath}",
                $"--Correlator:SeedsPath={RepositoryFolder.Seeds}",
                $"--Correlator:LoadSeedsWhenEmpty={loadSeeds}",
                // The tests read answers, not logs; warnings and errors still show when a test fails.
                "--Logging:LogLevel:Default=Warning",
                .. Settings,
            ],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddCorrelator();
        AddServices(builder.Services);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var started = builder.Build();
        started.MapCorrelator();
        await started.StartAsync();
        app = started;

        var address = started.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Address = new Uri(address);
        Client.Dispose();
        Client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        // Tests act as the operator whose key the server made on its first start.
        Client.DefaultRequestHeaders.Add("X-Api-Key", OperatorKey);
    }

    /// <summary>Command-line settings a kind of server adds to those every test server has.</summary>
    protected virtual IEnumerable<string> Settings => [];

    /// <summary>Lets a kind of server replace a service, registered after the app's own.</summary>
    protected virtual void AddServices(IServiceCollection services)
    {
    }

    public string OperatorKey => File.ReadAllText(Path.Combine(Folder, "operator.key")).Trim();

    public async Task StopAsync()
    {
        if (app is null)
        {
            return;
        }
        var stopping = app;
        app = null;
        await stopping.StopAsync();
        await stopping.DisposeAsync();
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    /// <summary>Posts any JSON value (one report, an array, or something that is neither) in the report JSON shape.</summary>
    public Task<HttpResponseMessage> PostAsync(object body) =>
        Client.PostAsJsonAsync("/api/reports", body, ReportJson.Options);

    /// <summary>The newest event sequence, from /healthz.</summary>
    public async Task<long> LastSequenceAsync() => (await GetJsonAsync("/healthz")).GetProperty("lastSequence").GetInt64();

    public Task<HttpResponseMessage> PostRawAsync(string json) =>
        PostBytesAsync(System.Text.Encoding.UTF8.GetBytes(json));

    public Task<HttpResponseMessage> PostBytesAsync(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        return Client.PostAsync("/api/reports", content);
    }

    /// <summary>The body of a GET as it was sent, for comparing states byte for byte.</summary>
    public async Task<string> GetTextAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"GET {path} answered {(int)response.StatusCode}: {text}");
        return text;
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var document = JsonDocument.Parse(await GetTextAsync(path));
        return document.RootElement.Clone();
    }

    Task IAsyncLifetime.InitializeAsync() => StartAsync();

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Client.Dispose();
        // WAL and shared-memory files may still be closing for a moment after the store is disposed.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

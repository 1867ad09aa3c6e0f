using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using Correlator.Domain.Reports;

namespace Correlator.Server.Tests.Processes;

/// <summary>A server configured so that reading needs a key too, browsers may call from one origin, and keys are rate-limited.</summary>
public sealed class AccessTests : IAsyncLifetime
{
    private const string Origin = "https://newsroom.example";
    private const int PerMinute = 30;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "correlator-access-tests", Guid.NewGuid().ToString("N"));
    private ServerProcess server = null!;

    public async Task InitializeAsync() => server = await ServerProcess.StartAsync(folder,
        "--Correlator:Security:RequireKeyForReading=true",
        $"--Correlator:Security:CorsOrigins:0={Origin}",
        $"--Correlator:Security:RequestsPerMinute={PerMinute}");

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Reading_and_subscribing_need_a_key_when_so_configured_and_the_hub_takes_it_as_access_token()
    {
        using var anonymous = new HttpClient { BaseAddress = server.Address };
        (await anonymous.GetAsync("/api/bases")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await server.Client.GetAsync("/api/bases")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Should.ThrowAsync<WebSocketException>(() => HubSocket.ConnectAsync(server.Address));
        await using var hub = await HubSocket.ConnectAsync(server.Address, server.OperatorKey);
        (await hub.InvokeAsync("Subscribe", new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonArray("all"), null)))!["result"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Browsers_may_call_from_the_configured_origin_only()
    {
        (await Preflight(Origin)).ShouldBe(Origin);
        (await Preflight("https://elsewhere.example")).ShouldBeNull();
    }

    [Fact]
    public async Task A_key_over_its_rate_is_told_to_retry_later_with_a_problem_document()
    {
        using var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.Add("X-Api-Key", server.OperatorKey);
        HttpResponseMessage? refused = null;
        for (var i = 0; i < PerMinute * 2 && refused is null; i++)
        {
            var response = await client.PostAsJsonAsync("/api/reports", CrashReports.Next(new Random(i), $"rate-{i}"), ReportJson.Options);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
        }
        refused.ShouldNotBeNull();
        refused.Headers.RetryAfter.ShouldNotBeNull();
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    private async Task<string?> Preflight(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/reports");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key,content-type");
        using var anonymous = new HttpClient { BaseAddress = server.Address };
        using var response = await anonymous.SendAsync(request);
        return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
    }
}

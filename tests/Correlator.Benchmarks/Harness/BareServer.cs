using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Correlator.Benchmarks.Harness;

/// <summary>
/// The machine's limit for the ingest comparison: Kestrel on the same address and route, reading the whole JSON body
/// and throwing it away. Whatever Correlator does beyond this (parse, validate, resolve, hash, commit, reconcile) is
/// what the ratio measures.
/// </summary>
public static class BareServer
{
    public const string Command = "bare-server";

    public static async Task RunAsync(int port)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/healthz", () => "ok");
        app.MapPost("/api/reports", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            return Results.StatusCode(StatusCodes.Status201Created);
        });
        await app.RunAsync();
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Correlator.Domain.Reports;
using Xunit.Abstractions;

namespace Correlator.Server.Tests.Processes;

public sealed class GracefulShutdownTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "correlator-shutdown-tests", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SIGTERM_under_load_exits_cleanly_and_keeps_every_acknowledged_report()
    {
        var acknowledged = new ConcurrentBag<string>();
        var refused = 0;
        int exitCode;
        await using (var server = await ServerProcess.StartAsync(folder))
        {
            using var load = new CancellationTokenSource();
            var posters = Enumerable.Range(0, 8).Select(p => Task.Run(async () =>
            {
                var random = new Random(p);
                for (var n = 0; !load.IsCancellationRequested; n++)
                {
                    var report = CrashReports.Next(random, $"term-{p}-{n}");
                    try
                    {
                        using var response = await server.Client.PostAsJsonAsync("/api/reports", report, ReportJson.Options);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            acknowledged.Add(report.Id);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref refused);
                        return;
                    }
                }
            })).ToList();
            await Task.Delay(800);
            exitCode = await server.StopAsync(TimeSpan.FromSeconds(30));
            await load.CancelAsync();
            await Task.WhenAll(posters);
        }
        exitCode.ShouldBe(0);

        await using var restarted = await ServerProcess.StartAsync(folder);
        var missing = new List<string>();
        foreach (var id in acknowledged)
        {
            if ((await restarted.Client.GetAsync($"/api/reports/{id}")).StatusCode != HttpStatusCode.OK)
            {
                missing.Add(id);
            }
        }
        output.WriteLine($"SIGTERM under load: exit code {exitCode}, acknowledged {acknowledged.Count}, missing after restart {missing.Count}, posters refused afterwards {refused}");
        acknowledged.ShouldNotBeEmpty();
        missing.ShouldBeEmpty();
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Correlator.Domain.Reports;

namespace Correlator.Server.Tests.Processes;

/// <summary>Keys issued and revoked with the command-line tool take effect on a running server.</summary>
public sealed class ApiKeyTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "correlator-key-tests", Guid.NewGuid().ToString("N"));
    private ServerProcess server = null!;

    public async Task InitializeAsync() => server = await ServerProcess.StartAsync(folder);

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_first_start_leaves_an_operator_key_readable_only_by_its_user()
    {
        var file = Path.Combine(folder, "operator.key");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        (await Post(server.OperatorKey, "first-key")).ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Writing_without_a_key_or_with_a_wrong_one_is_refused_and_reading_is_open()
    {
        (await Post(null, "no-key")).ShouldBe(HttpStatusCode.Unauthorized);
        (await Post("cor_not-a-key", "wrong-key")).ShouldBe(HttpStatusCode.Unauthorized);
        using var anonymous = new HttpClient { BaseAddress = server.Address };
        (await anonymous.GetAsync("/api/bases")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_viewer_key_cannot_write_and_a_revoked_operator_key_stops_working()
    {
        var viewer = Cli("keys", "add", "wall-screen", "--role", "viewer").Trim();
        (await Eventually(async n => await Post(viewer, $"viewer-{n}") != HttpStatusCode.Unauthorized)).ShouldBeTrue();
        (await Post(viewer, "viewer-post")).ShouldBe(HttpStatusCode.Forbidden);

        var night = Cli("keys", "add", "night-desk").Trim();
        var accepted = "";
        (await Eventually(async n => await Post(night, accepted = $"night-{n}") == HttpStatusCode.Created)).ShouldBeTrue("a new operator key should work within seconds");
        (await server.Client.GetFromJsonAsync<StoredBy>($"/api/reports/{accepted}"))!.EnteredBy.ShouldBe("night-desk");

        Cli("keys", "revoke", "night-desk");
        (await Eventually(async n => await Post(night, $"late-{n}") == HttpStatusCode.Unauthorized)).ShouldBeTrue("a revoked key should be refused within seconds");
        Cli("keys", "list").ShouldContain("revoked");
    }

    /// <summary>A key change reaches the server within a few seconds (it rereads its keys); tries once a quarter second.</summary>
    private static async Task<bool> Eventually(Func<int, Task<bool>> attempt)
    {
        for (var n = 0; n < 40; n++)
        {
            if (await attempt(n))
            {
                return true;
            }
            await Task.Delay(250);
        }
        return false;
    }

    private async Task<HttpStatusCode> Post(string? key, string id)
    {
        using var client = new HttpClient { BaseAddress = server.Address };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }
        var report = CrashReports.Next(new Random(id.GetHashCode(StringComparison.Ordinal)), id);
        using var response = await client.PostAsJsonAsync("/api/reports", report, ReportJson.Options);
        return response.StatusCode;
    }

    private string Cli(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(ServerProcess.BuildOutput("Correlator.Cli"), "correlator.dll"));
        foreach (var argument in arguments.Append("--db").Append(Path.Combine(folder, "correlator.db")))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, error);
        return output;
    }

    private sealed record StoredBy(string EnteredBy);
}

using System.Net;
using FsCheck;
using FsCheck.Fluent;
using Correlator.Server.Tests.BadInput;
using Correlator.Server.Tests.Hosting;

namespace Correlator.Server.Tests.RandomInput;

public sealed class RandomInputTests(UnseededServer server) : IClassFixture<UnseededServer>
{
    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(100);

    [Fact]
    public async Task Random_JSON_posted_as_reports_never_yields_a_server_error()
    {
        await Task.Run(() => Prop.ForAll(RandomBodies.Json, body => Answer(server.PostRawAsync(body))).Check(Cases));

        await ServerStillAnswers();
    }

    [Fact]
    public async Task Random_bytes_posted_as_reports_never_yield_a_server_error()
    {
        await Task.Run(() => Prop.ForAll(RandomBodies.Bytes, body => Answer(server.PostBytesAsync(body))).Check(Cases));

        await ServerStillAnswers();
    }

    /// <summary>Every answer is a success or a problem document for a client error; a success is in the log.</summary>
    private void Answer(Task<HttpResponseMessage> posting)
    {
        using var response = posting.GetAwaiter().GetResult();
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        ((int)response.StatusCode).ShouldBeLessThan(500, text);
        if (!response.IsSuccessStatusCode)
        {
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
            ProblemText.ShouldNotLeakInternals(text, server.Folder);
            return;
        }
        using var results = System.Text.Json.JsonDocument.Parse(text);
        foreach (var result in results.RootElement.EnumerateArray())
        {
            var id = result.GetProperty("id").GetString()!;
            using var stored = server.Client.GetAsync($"/api/reports/{Uri.EscapeDataString(id)}").GetAwaiter().GetResult();
            stored.StatusCode.ShouldBe(HttpStatusCode.OK, $"report {id} was acknowledged but is not in the log");
        }
    }

    private async Task ServerStillAnswers()
    {
        (await server.GetJsonAsync("/healthz")).GetProperty("status").GetString().ShouldBe("ok");
        await server.GetJsonAsync("/api/discrepancies");
        await server.GetJsonAsync("/api/tallies");
        await server.GetJsonAsync("/api/bases");
    }
}

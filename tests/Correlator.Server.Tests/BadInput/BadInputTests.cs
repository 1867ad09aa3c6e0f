using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Correlator.Server.Tests.Hosting;
using Correlator.Server.Tests.Reports;

namespace Correlator.Server.Tests.BadInput;

public sealed class BadInputTests(UnseededServer server) : IClassFixture<UnseededServer>
{
    [Theory]
    [MemberData(nameof(BadBodies.Names), MemberType = typeof(BadBodies))]
    public async Task A_bad_report_is_answered_with_a_problem_naming_the_field(string name)
    {
        var bad = BadBodies.Named(name);

        using var response = await server.PostBytesAsync(bad.Bytes);

        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBeInRange(400, 499, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        var problem = JsonDocument.Parse(text).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe((int)response.StatusCode);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(bad.Field, text);
        ProblemText.ShouldNotLeakInternals(text, server.Folder);
    }

    [Fact]
    public async Task A_bad_report_is_not_logged()
    {
        var bad = JsonNode.Parse(BadBodies.Named("a negative count of killed").Bytes)!;
        var id = SampleReports.NewId("bad");
        bad["id"] = id;

        using var response = await server.PostRawAsync(bad.ToJsonString());

        response.IsSuccessStatusCode.ShouldBeFalse();
        using var lookup = await server.Client.GetAsync($"/api/reports/{id}");
        ((int)lookup.StatusCode).ShouldBe(404);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_with_a_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
        {
            // With its length declared, the server can refuse the body before any of it is sent.
            Content = new StringContent($$"""{"id":"huge","note":"{{new string('x', 9 * 1024 * 1024)}}"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        // Waiting for "100 Continue" lets the server refuse before the body is sent, so the answer can be read.
        request.Headers.ExpectContinue = true;

        using var response = await server.Client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(413, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        ProblemText.ShouldNotLeakInternals(text, server.Folder);
    }

    [Theory]
    [InlineData("/api/discrepancies?status=closed", "status")]
    [InlineData("/api/discrepancies?status=1", "status")]
    [InlineData("/api/discrepancies?after=-1", "after")]
    [InlineData("/api/discrepancies?after=yesterday", "after")]
    [InlineData("/api/tallies?region=lebanon", "region")]
    [InlineData("/api/tallies?region=2", "region")]
    public async Task A_bad_query_is_a_400_problem_naming_the_parameter(string path, string field)
    {
        using var response = await server.Client.GetAsync(path);

        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(400, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field, text);
    }

    [Theory]
    [InlineData("/api/bases/no-such-base")]
    [InlineData("/api/groups/no-such-group")]
    [InlineData("/api/reports/no-such-report")]
    public async Task An_unknown_id_is_a_404_problem(string path)
    {
        using var response = await server.Client.GetAsync(path);

        ((int)response.StatusCode).ShouldBe(404);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }
}

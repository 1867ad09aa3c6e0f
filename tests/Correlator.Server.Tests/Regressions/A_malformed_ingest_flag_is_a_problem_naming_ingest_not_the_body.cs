using System.Net.Http.Json;
using System.Text.Json;
using Correlator.Server.Tests.Hosting;

namespace Correlator.Server.Tests.Regressions;

/// <summary>
/// Found probing: POST /api/articles?ingest=maybe was refused as "body: could not be read as the request this endpoint
/// takes", sending the client to look for a fault in a body that was fine.
/// </summary>
public sealed class A_malformed_ingest_flag_is_a_problem_naming_ingest_not_the_body(UnseededServer server) : IClassFixture<UnseededServer>
{
    private static readonly object Article = new
    {
        text = "Two rockets struck Harir base on Monday, US officials said.",
        source = new { name = "Test Wire", type = "media", publishedAt = "2023-12-14T00:00:00+03:00" },
    };

    [Theory]
    [InlineData("maybe")]
    [InlineData("1")]
    [InlineData("")]
    public async Task The_problem_names_the_ingest_parameter(string flag)
    {
        using var response = await server.Client.PostAsJsonAsync($"/api/articles?ingest={flag}", Article);

        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(400, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["ingest"], text);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("False")]
    public async Task A_true_or_false_flag_is_still_taken(string flag)
    {
        using var response = await server.Client.PostAsJsonAsync($"/api/articles?ingest={flag}", Article);

        ((int)response.StatusCode).ShouldBe(200, await response.Content.ReadAsStringAsync());
    }
}

using Correlator.Server.Tests.Hosting;

namespace Correlator.Server.Tests.Regressions;

/// <summary>
/// Found probing with curl -I: HEAD on /healthz and every read endpoint answered 405, though RFC 9110 asks every
/// resource that answers GET to answer HEAD, and monitors and link checkers use it.
/// </summary>
public sealed class A_HEAD_request_answers_wherever_GET_does(CorrelatorServer server, KeyedReadingServer keyed)
    : IClassFixture<CorrelatorServer>, IClassFixture<KeyedReadingServer>
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/api/bases")]
    [InlineData("/api/bases/harir")]
    [InlineData("/api/groups")]
    [InlineData("/api/tallies")]
    [InlineData("/api/discrepancies")]
    [InlineData("/api/entities")]
    [InlineData("/api/reports/no-such-report")]
    public async Task HEAD_has_the_status_and_content_type_of_GET_and_no_body(string path)
    {
        using var get = await server.Client.GetAsync(path);
        using var head = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        head.StatusCode.ShouldBe(get.StatusCode);
        head.Content.Headers.ContentType?.MediaType.ShouldBe(get.Content.Headers.ContentType?.MediaType);
        (await head.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/api/bases")]
    [InlineData("/api/reports/no-such-report")]
    public async Task HEAD_needs_a_key_where_GET_does(string path)
    {
        using var anonymous = new HttpClient { BaseAddress = keyed.Address };

        using var head = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        ((int)head.StatusCode).ShouldBe(401);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_GET_only()
    {
        var paths = (await server.GetJsonAsync("/openapi/v1.json")).GetProperty("paths");

        paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => o.Name)).ShouldNotContain("head");
        paths.GetProperty("/api/bases").TryGetProperty("get", out _).ShouldBeTrue();
    }
}

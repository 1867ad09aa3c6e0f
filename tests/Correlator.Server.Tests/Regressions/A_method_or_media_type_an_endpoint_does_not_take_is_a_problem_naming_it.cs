using System.Text;
using System.Text.Json;
using Correlator.Server.Tests.Hosting;

namespace Correlator.Server.Tests.Regressions;

/// <summary>
/// Found probing with curl: PUT /api/reports (405) and a report sent as text/plain (415) were answered with problem
/// documents that held only their status: no detail, no errors naming what was wrong.
/// </summary>
public sealed class A_method_or_media_type_an_endpoint_does_not_take_is_a_problem_naming_it(UnseededServer server) : IClassFixture<UnseededServer>
{
    [Fact]
    public async Task A_method_not_allowed_names_the_method_and_those_allowed()
    {
        using var response = await server.Client.PutAsync("/api/reports", new StringContent("{}", Encoding.UTF8, "application/json"));

        var reason = await ReasonAsync(response, 405, "method");
        reason.ShouldContain("PUT");
        reason.ShouldContain("POST");
    }

    [Theory]
    [InlineData("/api/reports")]
    [InlineData("/api/articles")]
    public async Task A_body_that_is_not_json_names_content_type(string path)
    {
        using var response = await server.Client.PostAsync(path, new StringContent("{}", Encoding.UTF8, "text/plain"));

        (await ReasonAsync(response, 415, "Content-Type")).ShouldContain("text/plain");
    }

    private static async Task<string> ReasonAsync(HttpResponseMessage response, int status, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        var problem = JsonDocument.Parse(text).RootElement;
        problem.GetProperty("detail").GetString().ShouldStartWith($"{field}: ", customMessage: text);
        return problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
    }
}

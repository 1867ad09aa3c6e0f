using System.Net;
using System.Text.Json;
using Correlator.Server.Tests.Hosting;
using Correlator.Server.Tests.Reports;

namespace Correlator.Server.Tests.Regressions;

/// <summary>
/// Found probing: a report with the id "wire/2024/01/16-a" was accepted (201) but GET /api/reports/wire%2F2024%2F01%2F16-a
/// answered 404: routing leaves an encoded slash undecoded, so the id looked up was "wire%2F2024...". Clients' ids are
/// their own idempotency keys, and paths are a natural shape for them.
/// </summary>
public sealed class A_report_whose_id_holds_a_slash_can_be_read_back_by_its_id(UnseededServer server) : IClassFixture<UnseededServer>
{
    [Theory]
    [InlineData("wire/2024/01/16-a")]
    [InlineData("a%2Fb/c")]
    [InlineData("percent%41-and?query#hash")]
    [InlineData("عربي/١")]
    public async Task The_report_is_found(string prefix)
    {
        var id = $"{prefix}-{Guid.NewGuid():N}";
        (await server.PostAsync(SampleReports.Claim(id))).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var response = await server.Client.GetAsync("/api/reports/" + Uri.EscapeDataString(id));

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        JsonDocument.Parse(text).RootElement.GetProperty("report").GetProperty("id").GetString().ShouldBe(id);
    }

    [Fact]
    public async Task An_unknown_id_with_a_slash_is_a_404_problem()
    {
        using var response = await server.Client.GetAsync("/api/reports/" + Uri.EscapeDataString("no/such/report"));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Correlator.Domain.Reports;
using Correlator.Server.Tests.Hosting;
using Correlator.Server.Tests.Reports;

namespace Correlator.Server.Tests.Regressions;

/// <summary>
/// Found probing with curl: a body declared "application/json; charset=iso-8859-1" was read as UTF-8 whatever it said,
/// so an id with an "é" was refused as "id: has a value of the wrong type", and a UTF-16 body as "not well-formed JSON".
/// </summary>
public sealed class A_body_in_another_charset_is_read_in_that_charset(UnseededServer server) : IClassFixture<UnseededServer>
{
    static A_body_in_another_charset_is_read_in_that_charset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [Theory]
    [InlineData("iso-8859-1", "café-", "harir", "Attaque déjouée à Harir")]
    [InlineData("latin1", "straße-", "harir", "Angriff auf die Basis, Schäden gemeldet")]
    [InlineData("utf-16", "عين-", "قاعدة عين الأسد", "استهدفنا القاعدة بطائرتين مسيرتين")]
    [InlineData("windows-1256", "حرير-", "قاعدة حرير", "استهدفنا القاعدة بطائرتين مسيرتين")]
    public async Task The_report_is_logged_with_its_characters_intact(string charset, string idPrefix, string @base, string quote)
    {
        var report = SampleReports.Claim(id: SampleReports.NewId(idPrefix), @base: @base) with { Quote = quote };
        var json = JsonSerializer.Serialize(report, new JsonSerializerOptions(ReportJson.Options) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        using var response = await PostAsync(Encoding.GetEncoding(charset).GetBytes(json), charset);

        ((int)response.StatusCode).ShouldBe(201, await response.Content.ReadAsStringAsync());
        var stored = (await server.GetJsonAsync($"/api/reports/{Uri.EscapeDataString(report.Id)}")).GetProperty("report");
        stored.GetProperty("id").GetString().ShouldBe(report.Id);
        stored.GetProperty("quote").GetString().ShouldBe(report.Quote);
    }

    [Fact]
    public async Task A_charset_the_server_does_not_know_is_a_415_naming_content_type()
    {
        using var response = await PostAsync(JsonSerializer.SerializeToUtf8Bytes(SampleReports.Claim(), ReportJson.Options), "klingon");

        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(415, text);
        JsonDocument.Parse(text).RootElement.GetProperty("errors").GetProperty("Content-Type")[0].GetString()!.ShouldContain("klingon");
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] body, string charset)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = charset };
        return await server.Client.PostAsync("/api/reports", content);
    }
}

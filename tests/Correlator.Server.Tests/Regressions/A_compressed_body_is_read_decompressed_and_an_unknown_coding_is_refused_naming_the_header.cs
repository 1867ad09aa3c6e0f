using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Correlator.Domain.Reports;
using Correlator.Server.Tests.Hosting;
using Correlator.Server.Tests.Reports;

namespace Correlator.Server.Tests.Regressions;

/// <summary>
/// Found probing with curl: a report sent with Content-Encoding: gzip was read as if it were plain JSON and refused as
/// "body: is not well-formed JSON", sending the client to look for a fault in JSON that was fine, and any other coding
/// was treated the same way.
/// </summary>
public sealed class A_compressed_body_is_read_decompressed_and_an_unknown_coding_is_refused_naming_the_header(UnseededServer server)
    : IClassFixture<UnseededServer>
{
    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task A_report_compressed_in_an_accepted_coding_is_logged_and_reads_back(string coding)
    {
        var report = SampleReports.Claim();

        using var response = await PostAsync(Compress(JsonSerializer.SerializeToUtf8Bytes(report, ReportJson.Options), coding), coding);

        ((int)response.StatusCode).ShouldBe(201, await response.Content.ReadAsStringAsync());
        (await server.GetJsonAsync($"/api/reports/{report.Id}")).GetProperty("report").GetProperty("id").GetString().ShouldBe(report.Id);
    }

    [Theory]
    [InlineData("zstd")]
    [InlineData("gzip, gzip")]
    public async Task A_coding_the_server_cannot_undo_is_a_415_naming_content_encoding(string coding)
    {
        using var response = await PostAsync(JsonSerializer.SerializeToUtf8Bytes(SampleReports.Claim(), ReportJson.Options), coding);

        var problem = await ProblemAsync(response, 415);
        problem.GetProperty("errors").GetProperty("Content-Encoding")[0].GetString()!.ShouldContain("is not accepted");
    }

    [Fact]
    public async Task A_body_that_is_not_in_its_declared_coding_is_a_400_saying_so()
    {
        using var response = await PostAsync(JsonSerializer.SerializeToUtf8Bytes(SampleReports.Claim(), ReportJson.Options), "gzip");

        var problem = await ProblemAsync(response, 400);
        problem.GetProperty("errors").GetProperty("body")[0].GetString().ShouldBe("is not valid gzip data");
    }

    [Fact]
    public async Task A_body_that_inflates_beyond_the_size_limit_is_a_413()
    {
        // 20 MB of spaces inside an array: twenty kilobytes compressed, more than twice the 8 MiB limit once inflated.
        var inflated = Encoding.ASCII.GetBytes("[" + new string(' ', 20_000_000) + "]");

        using var response = await PostAsync(Compress(inflated, "gzip"), "gzip");

        var problem = await ProblemAsync(response, 413);
        problem.GetProperty("errors").GetProperty("body")[0].GetString().ShouldBe("is larger than the server accepts");
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] body, string coding)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        // Unvalidated: "gzip, gzip" is two codings in one header value, as a client may send them.
        content.Headers.TryAddWithoutValidation("Content-Encoding", coding).ShouldBeTrue();
        return await server.Client.PostAsync("/api/reports", content);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static byte[] Compress(byte[] bytes, string coding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = coding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Fastest),
            "deflate" => new ZLibStream(output, CompressionLevel.Fastest),
            "br" => new BrotliStream(output, CompressionLevel.Fastest),
            _ => throw new ArgumentOutOfRangeException(nameof(coding)),
        })
        {
            compressor.Write(bytes);
        }
        return output.ToArray();
    }
}

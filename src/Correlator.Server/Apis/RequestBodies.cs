using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Correlator.Server.Apis;

/// <summary>
/// Request bodies as clients other than ours send them: compressed (gzip, deflate, br) or in a charset other than
/// UTF-8. Both are decoded before any endpoint reads the body, which then only ever sees UTF-8 JSON; an encoding or a
/// charset the server cannot decode is refused with a problem naming the header, rather than read as if it were
/// UTF-8 JSON and answered as a malformed field.
/// </summary>
public static class RequestBodies
{
    private static readonly Dictionary<string, Func<Stream, Stream>> Decompressors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gzip"] = body => new GZipStream(body, CompressionMode.Decompress),
        ["x-gzip"] = body => new GZipStream(body, CompressionMode.Decompress),
        // HTTP's "deflate" is the zlib format (RFC 9110, 8.4.1.2), not raw deflate.
        ["deflate"] = body => new ZLibStream(body, CompressionMode.Decompress),
        ["br"] = body => new BrotliStream(body, CompressionMode.Decompress),
    };

    private static readonly string Accepted = string.Join(", ", Decompressors.Keys.Where(k => k != "x-gzip"));

    static RequestBodies()
    {
        // Legacy code pages (windows-1256 for Arabic, among others) beside the few .NET knows by itself.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static WebApplication UseRequestBodies(this WebApplication app)
    {
        app.Use(DecodeAsync);
        return app;
    }

    private static async Task DecodeAsync(HttpContext http, RequestDelegate next)
    {
        var request = http.Request;
        var codings = request.Headers.ContentEncoding.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(c => !c.Equals("identity", StringComparison.OrdinalIgnoreCase)).ToList();
        Func<Stream, Stream>? decompress = null;
        if (codings.Count > 1 || (codings.Count == 1 && !Decompressors.TryGetValue(codings[0], out decompress)))
        {
            await Problems.Header(StatusCodes.Status415UnsupportedMediaType, "Content-Encoding",
                $"'{Problems.Echo(string.Join(", ", codings))}' is not accepted; send the body as it is or in one of {Accepted}").ExecuteAsync(http);
            return;
        }
        Encoding? charset = null;
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) && mediaType.Charset.HasValue)
        {
            var name = mediaType.Charset.Value.Trim('"');
            try
            {
                charset = Encoding.GetEncoding(name);
            }
            catch (ArgumentException)
            {
                await Problems.Header(StatusCodes.Status415UnsupportedMediaType, "Content-Type",
                    $"charset '{Problems.Echo(name)}' is not known; send UTF-8").ExecuteAsync(http);
                return;
            }
        }
        if (decompress is not null)
        {
            var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            request.Body = new DecodedBody(decompress(request.Body), codings[0], limit);
            request.Headers.ContentEncoding = default;
            // The length sent is the compressed one; what the endpoint reads is longer.
            request.ContentLength = null;
        }
        if (charset is not null && charset.CodePage != Encoding.UTF8.CodePage)
        {
            request.Body = Encoding.CreateTranscodingStream(request.Body, charset, Encoding.UTF8);
            mediaType!.Charset = "utf-8";
            request.ContentType = mediaType.ToString();
            request.ContentLength = null;
        }
        await next(http);
    }
}

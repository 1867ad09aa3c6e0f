using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Correlator.Server.Apis;

/// <summary>
/// Requests refused before an endpoint could look at them (a body too large, not JSON, or not of the endpoint's
/// shape, or sent too slowly) answered like every other client error: a problem document naming the field, never a 500.
/// </summary>
public sealed class RefusedRequests(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException refused)
        {
            return false;
        }
        var (field, reason) = exception.InnerException switch
        {
            JsonException json => Problems.Describe(json),
            // Compressed data that does not decompress: DecodedBody's message says which coding.
            InvalidDataException => ("body", refused.Message),
            _ => ("body", refused.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => "is larger than the server accepts",
                StatusCodes.Status408RequestTimeout => "arrived too slowly; send it without pausing",
                _ => "could not be read as the request this endpoint takes",
            }),
        };
        http.Response.StatusCode = refused.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = refused.StatusCode,
                Title = "Request refused",
                Detail = $"{field}: {reason}",
                Extensions = { ["errors"] = new Dictionary<string, string[]> { [field] = [reason] } },
            },
        });
    }
}

namespace Correlator.Server.Apis;

public static class ReadRoutes
{
    /// <summary>
    /// A GET endpoint that answers HEAD too (RFC 9110 9.3.2: the same headers, no body; Kestrel drops the body), as
    /// monitors and link checkers send it; MapGet alone answers HEAD with 405. Conventions added to the result
    /// (authorization, tags) apply to both; only GET is described in the OpenAPI document.
    /// </summary>
    public static RouteHandlerBuilder MapRead(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        new([app.MapGet(pattern, handler), app.MapMethods(pattern, [HttpMethods.Head], handler).ExcludeFromDescription()]);
}

namespace Correlator.Server.Apis;

public static class ReadRoutes
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// A GET endpoint that answers HEAD too (RFC 9110 9.3.2: the same headers, no body; Kestrel drops the body), as
    /// monitors and link checkers send it; MapGet alone answers HEAD with 405.
    /// </summary>
    public static RouteHandlerBuilder MapRead(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapMethods(pattern, GetAndHead, handler);
}

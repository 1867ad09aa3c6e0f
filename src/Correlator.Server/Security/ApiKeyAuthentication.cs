using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Correlator.Server.Security;

/// <summary>
/// Reads the key from the X-Api-Key header, or as a bearer token in Authorization, or from access_token on the hub.
/// The SignalR JavaScript client given an accessTokenFactory sends the key as a bearer token wherever it can set
/// headers (negotiation, long polling, Node's WebSockets and server-sent events) and in access_token where it cannot
/// (a browser's WebSocket and EventSource).
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, KeyRing keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? key = Request.Headers[Header];
        if (string.IsNullOrEmpty(key))
        {
            key = Bearer(Request.Headers.Authorization.ToString());
        }
        if (string.IsNullOrEmpty(key) && Request.Path.StartsWithSegments("/hubs"))
        {
            key = Request.Query["access_token"];
        }
        if (string.IsNullOrEmpty(key))
        {
            return AuthenticateResult.NoResult();
        }
        if (await keys.FindAsync(key, Context.RequestAborted) is not { } found)
        {
            return AuthenticateResult.Fail("The API key is not valid or has been revoked.");
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, found.Name), new Claim(ClaimTypes.Role, found.Role)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Request.Headers.ContainsKey(Header) || Bearer(Request.Headers.Authorization.ToString()) is not null || Request.Query.ContainsKey("access_token")
            ? Problem(StatusCodes.Status401Unauthorized, "Invalid API key", "The API key is not valid or has been revoked.")
            : Problem(StatusCodes.Status401Unauthorized, "An API key is required", $"Send an operator key in the {Header} header.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problem(StatusCodes.Status403Forbidden, "Not allowed", "This key's role does not allow this request; writing needs an operator key.");

    private static string? Bearer(string authorization) =>
        authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization[7..].Trim() is { Length: > 0 } token ? token : null;

    private Task Problem(int status, string title, string detail)
    {
        Response.StatusCode = status;
        return Response.WriteAsJsonAsync(new { type = "about:blank", title, status, detail }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}

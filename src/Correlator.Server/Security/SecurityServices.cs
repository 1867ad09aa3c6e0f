using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;

namespace Correlator.Server.Security;

public static class SecurityServices
{
    /// <summary>API keys (operator writes, viewer reads), CORS for configured origins, per-key rate limits.</summary>
    public static WebApplicationBuilder AddCorrelatorSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(SecurityOptions.Section);
        var security = section.Get<SecurityOptions>() ?? new SecurityOptions();
        services.Configure<SecurityOptions>(section);
        services.AddSingleton<KeyRing>();
        services.AddSingleton<FirstOperatorKey>();

        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.WritePolicy, p => p.RequireRole(Roles.Operator))
            .AddPolicy(Roles.ReadPolicy, p =>
            {
                if (security.RequireKeyForReading)
                {
                    p.RequireRole(Roles.Operator, Roles.Viewer);
                }
                else
                {
                    p.RequireAssertion(_ => true);
                }
            });

        services.AddCors(o => o.AddDefaultPolicy(p =>
        {
            if (security.CorsOrigins.Length > 0)
            {
                p.WithOrigins(security.CorsOrigins).AllowAnyHeader().AllowAnyMethod().AllowCredentials();
            }
        }));

        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var name = http.User.Identity?.Name;
                var (partition, limit) = name is not null
                    ? ("key:" + name, security.RequestsPerMinute)
                    : ("ip:" + http.Connection.RemoteIpAddress, security.AnonymousRequestsPerMinute);
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = async (context, cancellationToken) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = Math.Ceiling(retry.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await response.WriteAsJsonAsync(
                    new { type = "about:blank", title = "Too many requests", status = 429, detail = $"Rate limit reached; retry after {Math.Ceiling(retry.TotalSeconds)} s." },
                    (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
            };
        });
        return builder;
    }

    public static WebApplication UseCorrelatorSecurity(this WebApplication app)
    {
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }
}

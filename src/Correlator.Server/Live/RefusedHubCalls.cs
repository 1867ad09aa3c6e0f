using Microsoft.AspNetCore.SignalR;

namespace Correlator.Server.Live;

/// <summary>
/// Logs a failed hub call at the level of whose fault it is: a call the hub refused (a <see cref="HubException"/>,
/// whose message the client gets) is the client's mistake and a warning; anything else is a server fault and an error.
/// SignalR's dispatcher logs every failure as an error, so its error entries are turned off (see <see cref="DispatcherCategory"/>).
/// </summary>
public sealed class RefusedHubCalls(ILogger<RefusedHubCalls> logger) : IHubFilter
{
    /// <summary>The dispatcher's log category; its only error entry is the failed invocation this filter logs instead.</summary>
    public const string DispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocation);
        }
        catch (HubException refused)
        {
            logger.LogWarning("Refused hub call {Method} from {ConnectionId}: {Reason}",
                invocation.HubMethodName, invocation.Context.ConnectionId, refused.Message);
            throw;
        }
        catch (OperationCanceledException) when (invocation.Context.ConnectionAborted.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Hub call {Method} from {ConnectionId} failed", invocation.HubMethodName, invocation.Context.ConnectionId);
            throw;
        }
    }

    /// <summary>
    /// Keeps the dispatcher's warnings and above except its errors. A rule for the category replaces the configured
    /// level rather than adding to it, so it states the level too: warnings, as appsettings has for ASP.NET Core.
    /// </summary>
    public static void Configure(ILoggingBuilder logging) =>
        logging.AddFilter(DispatcherCategory, level => level >= LogLevel.Warning && level != LogLevel.Error);
}

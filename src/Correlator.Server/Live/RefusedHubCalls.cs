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
            // Detailed errors are on (see Configure): the client learns the call failed on the server, not why.
            throw new HubException($"{invocation.HubMethodName} failed on the server; the fault is logged");
        }
    }

    /// <summary>
    /// Adds the filter, and detailed errors, so that a client's own mistakes which never reach a hub method (arguments
    /// of the wrong type or number, malformed or oversized messages) are answered with SignalR's reason rather than
    /// "due to an error on the server"; a server fault inside a hub method still tells the client nothing (above).
    /// </summary>
    public static void Configure(HubOptions hub)
    {
        hub.AddFilter<RefusedHubCalls>();
        hub.EnableDetailedErrors = true;
    }

    /// <summary>
    /// Keeps the dispatcher's warnings and above except its errors. A rule for the category replaces the configured
    /// level rather than adding to it, so it states the level too: warnings, as appsettings has for ASP.NET Core.
    /// </summary>
    public static void Configure(ILoggingBuilder logging) =>
        logging.AddFilter(DispatcherCategory, level => level >= LogLevel.Warning && level != LogLevel.Error);
}

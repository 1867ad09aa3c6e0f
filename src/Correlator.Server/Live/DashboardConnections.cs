using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Correlator.Server.Live;

/// <summary>
/// The hub's connections on this node, by id. SignalR's own lifetime manager, which also keeps each connection's
/// context so that the live feed can write an event it serialised once straight to every connection, instead of
/// sending through <c>Clients.Client(id)</c>, which serialises it again for each one.
/// </summary>
public sealed class DashboardConnections(ILogger<DefaultHubLifetimeManager<CorrelatorHub>> logger) : DefaultHubLifetimeManager<CorrelatorHub>(logger)
{
    private readonly ConcurrentDictionary<string, HubConnectionContext> open = new(StringComparer.Ordinal);

    public HubConnectionContext? Find(string connectionId) => open.GetValueOrDefault(connectionId);

    public override Task OnConnectedAsync(HubConnectionContext connection)
    {
        open[connection.ConnectionId] = connection;
        return base.OnConnectedAsync(connection);
    }

    public override Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        open.TryRemove(connection.ConnectionId, out _);
        return base.OnDisconnectedAsync(connection);
    }
}

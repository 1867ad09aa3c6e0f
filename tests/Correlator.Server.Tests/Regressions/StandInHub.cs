using Microsoft.AspNetCore.SignalR;

namespace Correlator.Server.Tests.Regressions;

/// <summary>A hub whose method a hub filter can be shown calling, outside any server.</summary>
public sealed class StandInHub : Hub
{
    public static void Ping()
    {
    }
}

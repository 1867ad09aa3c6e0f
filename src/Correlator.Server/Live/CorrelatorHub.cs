using Correlator.Grains.Routing;
using Microsoft.AspNetCore.SignalR;

namespace Correlator.Server.Live;

/// <summary>Read-only: a dashboard can subscribe to topics and nothing else.</summary>
public sealed class CorrelatorHub(LiveFeed feed, EntityDirectory entities) : Hub
{
    public const int MaxTopics = 200;

    public SubscribeResult Subscribe(string[] topics, long? afterSequence)
    {
        if (topics is null || topics.Length == 0 || topics.Length > MaxTopics)
        {
            throw new HubException($"topics: give between 1 and {MaxTopics} topics, such as \"all\" or \"base:ain-al-asad\"");
        }
        if (afterSequence is < 0)
        {
            throw new HubException("afterSequence: must not be negative");
        }
        foreach (var topic in topics)
        {
            if (!IsKnown(topic))
            {
                throw new HubException($"topics: '{Truncate(topic)}' is not a topic; use all, base:{{id}}, group:{{id}} or region:{{iraq|syria|jordan|all}}");
            }
        }
        var liveFrom = feed.Subscribe(Context, topics.ToHashSet(StringComparer.Ordinal), afterSequence);
        return new SubscribeResult(liveFrom);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        feed.Unsubscribe(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    private bool IsKnown(string? topic)
    {
        if (topic == "all")
        {
            return true;
        }
        var colon = topic?.IndexOf(':') ?? -1;
        if (colon <= 0)
        {
            return false;
        }
        var (kind, id) = (topic![..colon], topic[(colon + 1)..]);
        var gazetteer = entities.Current;
        return kind switch
        {
            GrainScope.BaseKind => gazetteer.FindBase(id) is not null,
            GrainScope.GroupKind => gazetteer.FindGroup(id) is not null,
            GrainScope.RegionKind => id is "iraq" or "syria" or "jordan" or "all",
            _ => false,
        };
    }

    private static string Truncate(string? s) => s is null ? "" : s.Length > 60 ? s[..60] + "…" : s;
}

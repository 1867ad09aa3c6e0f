using Correlator.Grains.Routing;
using Correlator.Server.Apis;
using Correlator.Storage;
using Microsoft.AspNetCore.SignalR;

namespace Correlator.Server.Live;

/// <summary>Read-only: a dashboard can subscribe to topics and nothing else.</summary>
public sealed class CorrelatorHub(LiveFeed feed, EntityDirectory entities, IEventLog events) : Hub
{
    public const int MaxTopics = 200;

    public async Task<SubscribeResult> Subscribe(string[] topics, long? afterSequence)
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
                throw new HubException($"topics: '{Problems.Echo(topic)}' is not a topic; use all, base:{{id}}, group:{{id}} or region:{{iraq|syria|jordan|all}}");
            }
        }
        // Beyond this node's feed is fine while it catches up with the shared log; beyond the log itself is a sequence
        // from other data (kept across a reset): every live event would sort below it and be dropped as already sent.
        if (afterSequence > feed.LastSequence && await events.LastSequenceAsync(Context.ConnectionAborted) is var last && afterSequence > last)
        {
            throw new HubException($"afterSequence: {afterSequence} is beyond the last event, {last}, so it is not from this log; resume with {last} or less, or without it");
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
}

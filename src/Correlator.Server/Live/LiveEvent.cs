using System.Text.Json;

namespace Correlator.Server.Live;

/// <summary>What a dashboard receives: one change, numbered in the order of the whole system.</summary>
public sealed record LiveEvent(long Sequence, string Type, string Key, IReadOnlyList<string> Topics, DateTimeOffset At, JsonElement Data)
{
    public const string DiscrepancyType = "discrepancy";
    public const string TallyType = "tally";
}

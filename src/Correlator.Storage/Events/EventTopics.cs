namespace Correlator.Storage;

public static class EventTopics
{
    /// <summary>The topic a dashboard subscribes to for everything, whatever topics the events carry.</summary>
    public const string All = "all";
}

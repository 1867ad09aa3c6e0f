using Microsoft.Extensions.Logging;

namespace Correlator.Storage;

/// <summary>Hands what a commit stored to this node's followers (<see cref="IAppendedReports"/>, <see cref="IAppendedEvents"/>), for every store.</summary>
internal static class HandOver
{
    public static void Raise<T>(Action<IReadOnlyList<T>>? handler, IReadOnlyList<T> entries, ILogger logger)
    {
        if (handler is null || entries.Count == 0)
        {
            return;
        }

        try
        {
            handler(entries);
        }
        catch (Exception exception)
        {
            // The entries are committed whatever a follower makes of them; it reads them from the log instead.
            logger.LogError(exception, "Handing over {Entries} appended {Kind} failed", entries.Count, typeof(T).Name);
        }
    }
}

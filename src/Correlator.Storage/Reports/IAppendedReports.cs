namespace Correlator.Storage;

/// <summary>
/// Hands over the reports this process has just appended, as stored, so a follower of the log on the same node need
/// not read back and parse what it wrote. An optimisation only: the log stays the truth, and a store that cannot
/// tell (one shared by several nodes) simply does not offer it.
/// </summary>
public interface IAppendedReports
{
    /// <summary>
    /// Raised on the writer once each commit is durable, before its appenders are answered and before followers are
    /// told the log grew; the reports of one commit in sequence order. Handlers must be quick and must not throw.
    /// </summary>
    event Action<IReadOnlyList<StoredReport>>? Appended;
}

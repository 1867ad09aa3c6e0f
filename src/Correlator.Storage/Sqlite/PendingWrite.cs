namespace Correlator.Storage.Sqlite;

/// <summary>One caller's write, queued for the next group commit.</summary>
internal abstract class PendingWrite(CancellationToken cancellationToken)
{
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Rows it writes, counted against the batch limit of a group commit.</summary>
    public abstract int Rows { get; }

    /// <summary>The log this write makes grow, announced to followers after the commit; null for other tables.</summary>
    public virtual LogStream? Stream => null;

    /// <summary>Writes inside the open transaction; may run again if the group is retried write by write.</summary>
    public abstract void Apply(SqliteWriter writer);

    /// <summary>Tells the caller, once the transaction holding the write has committed.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception exception);

    public abstract void Cancel();
}
